import { LeftOutlined } from '@ant-design/icons';
import { Button, Empty, Skeleton, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { can, useMe } from '../../app/auth.ts';
import { formatDateTime } from '../../lib/dates.ts';
import { formatMoney } from '../../lib/money.ts';
import '../cart/ordering.css';
import { orderStatusKey } from '../orders/order-status.ts';
import { PaymentStatusTag } from '../orders/order-status-tag.tsx';
import '../portal-orders/portal-orders.css';
import type { OrderStatus } from '../portal-orders/order-types.ts';
import { leftAfterTransfers } from './pay-amount.ts';
import { type PaySheetRequest, usePaySheet } from './pay-sheet.tsx';
import type { BillSummary } from './payment-types.ts';
import './portal-payments.css';
import { type BillTab, useBills, usePendingTransfers } from './use-payments.ts';

/** 我的账单: what is still to pay first (待付款, with 去付款), then every order's bill (全部). */
export function BillsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const tab: BillTab = params.get('tab') === 'all' ? 'all' : 'due';
  const due = useBills('due');
  const bills = useBills(tab);
  const items = bills.data?.pages.flatMap((page) => page.items) ?? [];
  const dueSummary = due.data?.pages[0];
  const { openSheet, sheet } = usePaySheet();
  const transfers = usePendingTransfers();

  return (
    <div className="ordering-narrow" data-testid="bills-page">
      <div className="portal-page-head">
        <Link to="/portal/me" className="portal-back-link">
          <LeftOutlined /> {t('portalPay.billsTitle')}
        </Link>
        <Link to="/portal/account" className="bills-account-link">
          {t('portalPay.accountTitle')}
        </Link>
      </div>

      <section
        className={dueSummary?.dueTotal === 0 ? 'bills-summary bills-summary-clear' : 'bills-summary'}
        data-testid="bills-summary"
      >
        <div className="bills-summary-label">{t('portalPay.dueTotal')}</div>
        <div className="bills-summary-amount" data-testid="bills-due-total">
          {dueSummary ? formatMoney(dueSummary.dueTotal) : '—'}
        </div>
        <div className="bills-summary-count">
          {dueSummary
            ? dueSummary.total
              ? t('portalPay.dueCount', { count: dueSummary.total })
              : t('portalPay.allPaid')
            : null}
        </div>
      </section>

      <Tabs
        className="order-tabs"
        activeKey={tab}
        onChange={(key) => setParams(key === 'due' ? {} : { tab: key }, { replace: true })}
        items={(['due', 'all'] as const).map((key) => ({
          key,
          label: <span data-testid={`bills-tab-${key}`}>{t(`portalPay.billTabs.${key}`)}</span>,
        }))}
      />
      {bills.isPending ? (
        <Skeleton active />
      ) : items.length === 0 ? (
        <Empty
          className="portal-empty"
          description={t(tab === 'due' ? 'portalPay.noDueBills' : 'portalPay.noBills')}
          data-testid="bills-empty"
        />
      ) : (
        <div className="order-cards">
          {items.map((bill) => (
            <BillCard
              key={bill.orderId}
              bill={bill}
              pendingTransfer={transfers.data?.get(bill.orderId) ?? 0}
              onPay={openSheet}
            />
          ))}
          <div className="product-grid-end">
            {bills.hasNextPage ? (
              <Button loading={bills.isFetchingNextPage} onClick={() => void bills.fetchNextPage()}>
                {t('portalOrders.loadMore')}
              </Button>
            ) : (
              t('portalOrders.noMore')
            )}
          </div>
        </div>
      )}
      {sheet}
    </div>
  );
}

function BillCard({
  bill,
  pendingTransfer,
  onPay,
}: {
  bill: BillSummary;
  /** Fen of transfers reported for it that finance has not confirmed. */
  pendingTransfer: number;
  onPay: (request: PaySheetRequest) => void;
}) {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const left = leftAfterTransfers(bill.dueAmount, pendingTransfer);
  const mayPay = can(me, 'payments:create') && left > 0 && bill.status !== 'cancelled';
  return (
    <article className="order-card" data-testid={`bill-card-${bill.orderId}`}>
      <Link to={`/portal/orders/${bill.orderId}`} className="order-card-link" data-testid="bill-card-link">
        <div className="order-card-head">
          <span className="order-card-number">{bill.orderNumber}</span>
          <span data-testid="bill-card-status" data-status={bill.paymentStatus}>
            <PaymentStatusTag status={bill.paymentStatus} />
          </span>
        </div>
        <div className="order-card-meta">
          <span>{formatDateTime(bill.createdAt)}</span>
          <span>{t(orderStatusKey(bill.status as OrderStatus))}</span>
        </div>
        <div className="bill-card-sums">
          <span>
            <span className="muted">{t('portalPay.bill.total')}</span>{' '}
            {formatMoney(bill.totalAmount - bill.creditedAmount)}
          </span>
          <span>
            <span className="muted">{t('portalPay.bill.paid')}</span>{' '}
            {formatMoney(bill.paidAmount - bill.refundedAmount)}
          </span>
          {bill.dueAmount > 0 ? (
            <span>
              <span className="muted">{t('portalPay.bill.due')}</span>{' '}
              <span className="price-value-sm" data-testid="bill-card-due">
                {formatMoney(bill.dueAmount)}
              </span>
            </span>
          ) : null}
        </div>
      </Link>
      {mayPay || pendingTransfer > 0 ? (
        <div className="order-card-actions">
          {pendingTransfer > 0 ? (
            <span className="bill-card-pending" data-testid="bill-card-pending">
              {t('portalPay.transferPending', { amount: formatMoney(pendingTransfer) })}
            </span>
          ) : null}
          {mayPay ? (
            <Button
              type="primary"
              onClick={() =>
                onPay({
                  title: t('portalPay.sheetTitle', { number: bill.orderNumber }),
                  payFor: { purpose: 'order', orderId: bill.orderId },
                })
              }
              data-testid="bill-card-pay"
            >
              {t('portalPay.goPayShort')}
            </Button>
          ) : null}
        </div>
      ) : null}
    </article>
  );
}
