import { LeftOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Empty, Input, Skeleton } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ApiError, api, unwrap } from '../../api/client.ts';
import { useApiError } from '../../components/use-api-error.ts';
import { formatMoney } from '../../lib/money.ts';
import { myOrdersKey } from '../portal-orders/use-my-orders.ts';
import { type CheckoutPayBy, CheckoutPaymentChoice, CheckoutPayStep } from '../portal-payments/checkout-pay-step.tsx';
import { AddressPicker, useMyAddresses } from './address-picker.tsx';
import { CartLine } from './cart-line.tsx';
import { isOrderable, plannedItemIds, problemHints } from './cart-problems.ts';
import type { CheckoutBody } from './cart-types.ts';
import { createCheckoutSession } from './checkout-session.ts';
import { MayOrder } from './may-order.tsx';
import './ordering.css';
import { type ShortLine, shortLinesOf } from './short-lines.ts';
import { cartKey, useCart } from './use-cart.ts';

/**
 * 结算: address (default chosen), remark, payment (立即支付, or 账期 when the customer has credit), lines
 * and total; 提交订单 with one Idempotency-Key for the whole visit, so retries never place it twice.
 * Then the pay step (`?pay=<order id>`, so a reload stays on it): pay now, or 稍后支付 to the order.
 */
export function CheckoutPage() {
  return (
    <MayOrder>
      <CheckoutView />
    </MayOrder>
  );
}

function CheckoutView() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const showError = useApiError();
  const client = useQueryClient();
  const [params, setParams] = useSearchParams();
  const cart = useCart();
  const [session] = useState(() => createCheckoutSession());
  const [addressId, setAddressId] = useState<number>();
  const [remark, setRemark] = useState('');
  const [payBy, setPayBy] = useState<CheckoutPayBy>('now');
  const [short, setShort] = useState<ShortLine[]>([]);

  const { addresses } = useMyAddresses();
  const chosenAddress =
    addressId ?? addresses.data?.find((address) => address.isDefault)?.id ?? addresses.data?.[0]?.id;

  const planned = useRef<number[]>(undefined);
  if (!planned.current && cart.data) planned.current = plannedItemIds(cart.data.items, params.get('items'));
  const ids = new Set(planned.current);
  const lines = (cart.data?.items ?? []).filter((item) => ids.has(item.id));
  const blocked = lines.some((item) => !isOrderable(item));
  const total = lines.reduce((sum, item) => sum + (item.amount ?? 0), 0);

  const place = useMutation({
    mutationFn: (body: CheckoutBody) =>
      session.submit((key) =>
        unwrap(api.POST('/api/cart/checkout', { body, params: { header: { 'idempotency-key': key } } })),
      ),
    onSuccess: (order) => {
      message.success(t('checkout.placed'));
      void client.invalidateQueries({ queryKey: cartKey });
      void client.invalidateQueries({ queryKey: myOrdersKey });
      setParams({ pay: String(order.id) }, { replace: true });
    },
    onError: (error) => {
      if (error instanceof ApiError && error.code === 'INSUFFICIENT_STOCK') {
        setShort(shortLinesOf(error));
        void client.invalidateQueries({ queryKey: cartKey });
        return;
      }
      if (error instanceof ApiError && error.code === 'CONFLICT' && error.details?.header === 'Idempotency-Key') {
        message.warning(t('checkout.alreadyPlaced'));
        return;
      }
      showError(error);
    },
  });

  const paying = Number(params.get('pay'));
  if (paying > 0) return <CheckoutPayStep orderId={paying} />;
  if (cart.isPending) return <Skeleton active data-testid="checkout-loading" />;
  if (lines.length === 0 && !place.isSuccess) {
    return (
      <div className="ordering-narrow" data-testid="checkout-page">
        <Empty className="portal-empty" description={t('checkout.nothing')}>
          <Button onClick={() => navigate('/portal/cart')}>{t('checkout.backToCart')}</Button>
        </Empty>
      </div>
    );
  }

  const submit = () =>
    place.mutate({
      itemIds: lines.filter(isOrderable).map((item) => item.id),
      ...(chosenAddress ? { addressId: chosenAddress } : {}),
      ...(remark.trim() ? { remark: remark.trim() } : {}),
      ...(payBy === 'credit' ? { paymentMethod: 'credit' as const } : {}),
    });

  return (
    <div className="ordering-narrow" data-testid="checkout-page">
      <div className="portal-page-head">
        <Link to="/portal/cart" className="portal-back-link" data-testid="checkout-back">
          <LeftOutlined /> {t('checkout.title')}
        </Link>
      </div>

      {short.length ? (
        <Alert
          type="error"
          showIcon
          className="checkout-short"
          data-testid="checkout-short"
          title={t('checkout.shortTitle')}
          description={
            <>
              <ul>
                {short.map((line) => {
                  const item = lines.find((candidate) => candidate.skuId === line.skuId);
                  return (
                    <li key={line.skuId} data-testid={`short-${line.skuId}`}>
                      <strong>{line.productName}</strong>（{line.skuCode}）：
                      {line.available === null
                        ? t('checkout.shortLineHidden', { ...line })
                        : item && item.unitFactor > 1 && line.requested % item.unitFactor === 0
                          ? t('checkout.shortLineInUnit', {
                              ...line,
                              quantity: line.requested / item.unitFactor,
                              unitName: item.unitName,
                            })
                          : t('checkout.shortLine', { ...line })}
                    </li>
                  );
                })}
              </ul>
              <Button size="small" onClick={() => navigate('/portal/cart')} style={{ marginTop: 8 }}>
                {t('checkout.editCart')}
              </Button>
            </>
          }
        />
      ) : null}

      <AddressPicker
        testId="checkout-address"
        title={t('checkout.address')}
        value={chosenAddress}
        onChange={setAddressId}
        empty={
          <div className="muted">
            {t('checkout.noAddress')} <Link to="/portal/me/addresses">{t('checkout.addAddress')}</Link>
          </div>
        }
      />

      <section className="ordering-card checkout-lines" data-testid="checkout-lines">
        <div className="ordering-card-title">
          <span>{t('checkout.lines')}</span>
          <span className="muted">{t('cart.itemCount', { count: lines.length })}</span>
        </div>
        {lines.map((item) => (
          <CartLine
            key={item.id}
            thumbUrl={item.thumbUrl}
            name={item.productName}
            spec={`${item.skuName} · ${item.skuCode}`}
            testId={`checkout-line-${item.skuId}`}
          >
            <div className="checkout-line-qty">
              <span>
                {formatMoney(item.unitPrice ?? 0)}/{item.unitName} × {item.quantity}
              </span>
              <strong>{formatMoney(item.amount ?? 0)}</strong>
            </div>
            {problemHints(item, cart.data?.items).map((hint) => (
              <div key={hint.problem} className={`cart-problem cart-problem-${hint.problem}`}>
                {t(hint.key, hint.values)}
              </div>
            ))}
          </CartLine>
        ))}
      </section>

      <section className="ordering-card">
        <div className="ordering-card-title">{t('checkout.payment')}</div>
        <CheckoutPaymentChoice value={payBy} onChange={setPayBy} total={total} />
      </section>

      <section className="ordering-card">
        <div className="ordering-card-title">{t('checkout.remark')}</div>
        <Input.TextArea
          value={remark}
          onChange={(event) => setRemark(event.target.value)}
          maxLength={500}
          showCount
          autoSize={{ minRows: 2, maxRows: 5 }}
          placeholder={t('checkout.remarkPlaceholder')}
          data-testid="checkout-remark"
        />
      </section>

      <section className="ordering-card">
        <div className="checkout-summary-row">
          <span className="muted">{t('checkout.goodsAmount')}</span>
          <span>{formatMoney(total)}</span>
        </div>
      </section>

      <div className="portal-action-bar">
        <div className="portal-action-bar-total">
          <span>{t('checkout.payable')}</span>
          <span className="price-value-sm" data-testid="checkout-total">
            {formatMoney(total)}
          </span>
        </div>
        <Button
          type="primary"
          size="large"
          shape="round"
          loading={place.isPending}
          disabled={place.isSuccess || blocked}
          onClick={submit}
          data-testid="checkout-submit"
        >
          {t('checkout.submit')}
        </Button>
      </div>
    </div>
  );
}
