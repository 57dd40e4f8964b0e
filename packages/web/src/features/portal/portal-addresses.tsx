import { LeftOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { can, useMe } from '../../app/auth.ts';
import { AddressBook } from '../customers/address-book.tsx';

/** 我的 → 收货地址: the company's delivery addresses; a viewer (查看者) reads them only. */
export function PortalAddresses() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  if (!me?.customerId) return null;
  return (
    <div data-testid="portal-addresses" style={{ maxWidth: 640, margin: '0 auto' }}>
      <div className="portal-section-title" style={{ marginTop: 4 }}>
        <Link to="/portal/me" className="portal-back-link" data-testid="addresses-back">
          <LeftOutlined /> {t('addresses.title')}
        </Link>
      </div>
      <AddressBook customerId={me.customerId} editable={can(me, 'orders:create')} />
    </div>
  );
}
