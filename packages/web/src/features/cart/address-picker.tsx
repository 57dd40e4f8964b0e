import { useQuery } from '@tanstack/react-query';
import { Radio, Skeleton, Tag } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client.ts';
import { useMe } from '../../app/auth.ts';
import { formatRegion } from '../../lib/regions.ts';

/** The signed-in buyer's delivery addresses (none for a user without a customer). */
export function useMyAddresses() {
  const { data: me } = useMe();
  const customerId = me?.customerId ?? 0;
  const addresses = useQuery({
    queryKey: ['customers', customerId, 'addresses'],
    queryFn: async () =>
      (await unwrap(api.GET('/api/customers/{id}/addresses', { params: { path: { id: customerId } } }))).items,
    enabled: customerId > 0,
  });
  return { addresses, loading: addresses.isPending && customerId > 0 };
}

/**
 * 收货地址 on checkout and on editing an order: the buyer's addresses to choose one from, with a
 * link to manage them. Test ids are `${testId}` on the card and `${testId}-<address id>` per choice.
 */
export function AddressPicker({
  testId,
  title,
  value,
  onChange,
  empty,
}: {
  testId: string;
  title: string;
  value: number | undefined;
  onChange: (addressId: number) => void;
  /** What shows when the buyer has no address. */
  empty: ReactNode;
}) {
  const { t } = useTranslation();
  const { addresses, loading } = useMyAddresses();
  return (
    <section className="ordering-card" data-testid={testId}>
      <div className="ordering-card-title">
        <span>{title}</span>
        <Link to="/portal/me/addresses">{t('checkout.manageAddresses')}</Link>
      </div>
      {loading ? (
        <Skeleton active paragraph={{ rows: 1 }} />
      ) : addresses.data?.length ? (
        <Radio.Group className="address-choice" value={value} onChange={(e) => onChange(e.target.value)}>
          {addresses.data.map((address) => (
            <Radio key={address.id} value={address.id} data-testid={`${testId}-${address.id}`}>
              <div>
                <span className="address-choice-name">{address.contactName}</span>
                <span className="address-choice-phone">{address.phone}</span>
                {address.isDefault ? (
                  <Tag color="blue" className="mini-tag" style={{ marginInlineStart: 8 }}>
                    {t('checkout.defaultAddress')}
                  </Tag>
                ) : null}
              </div>
              <div className="address-choice-text">{formatRegion(address, address.address)}</div>
            </Radio>
          ))}
        </Radio.Group>
      ) : (
        empty
      )}
    </section>
  );
}
