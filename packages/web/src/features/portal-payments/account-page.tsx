import { CreditCardOutlined, LeftOutlined, WalletOutlined } from '@ant-design/icons';
import { Button, Empty, Progress, Skeleton, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { can, useMe } from '../../app/auth.ts';
import { formatDate, formatDateTime } from '../../lib/dates.ts';
import { formatMoney } from '../../lib/money.ts';
import '../cart/ordering.css';
import { isOnline } from './pay-methods.ts';
import { type PaySheetRequest, usePaySheet } from './pay-sheet.tsx';
import { PaymentStateTag } from './payment-tags.tsx';
import type { AccountEntry, Credit, Payment } from './payment-types.ts';
import './portal-payments.css';
import { useCredit, usePendingAccountPayments, useWallet } from './use-payments.ts';

/** 我的账户: the wallet (预存款) with 充值 and its entries; credit (账期) with ageing, open receivables and 还款. */
export function AccountPage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const customerId = me?.customerId ?? 0;
  const { openSheet, sheet } = usePaySheet();
  return (
    <div className="ordering-narrow" data-testid="account-page">
      <div className="portal-page-head">
        <Link to="/portal/me" className="portal-back-link">
          <LeftOutlined /> {t('portalPay.accountTitle')}
        </Link>
        <Link to="/portal/bills">{t('portalPay.billsTitle')}</Link>
      </div>
      {customerId ? (
        <>
          <WalletCard customerId={customerId} onPay={openSheet} />
          <PendingAccountPayments customerId={customerId} onPay={openSheet} />
          <CreditSection customerId={customerId} onPay={openSheet} />
        </>
      ) : null}
      {sheet}
    </div>
  );
}

type OnPay = (request: PaySheetRequest) => void;

function WalletCard({ customerId, onPay }: { customerId: number; onPay: OnPay }) {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const wallet = useWallet(customerId);
  const first = wallet.data?.pages[0];
  const entries = wallet.data?.pages.flatMap((page) => page.entries) ?? [];
  return (
    <section className="ordering-card account-card" data-testid="wallet-card">
      <div className="account-hero account-hero-wallet">
        <div>
          <div className="account-hero-label">
            <WalletOutlined /> {t('portalPay.walletTitle')}
          </div>
          <div className="account-hero-amount" data-testid="wallet-balance">
            {first ? formatMoney(first.balance) : '—'}
          </div>
        </div>
        {can(me, 'payments:create') ? (
          <Button
            shape="round"
            onClick={() => onPay({ title: t('portalPay.topUpTitle'), payFor: { purpose: 'top_up', customerId } })}
            data-testid="wallet-top-up"
          >
            {t('portalPay.topUp')}
          </Button>
        ) : null}
      </div>
      <div className="account-body">
        <div className="account-section-title">{t('portalPay.walletEntries')}</div>
        {wallet.isPending ? (
          <Skeleton active paragraph={{ rows: 3 }} />
        ) : entries.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('portalPay.noEntries')} />
        ) : (
          <>
            <ul className="entry-list" data-testid="wallet-entries">
              {entries.map((entry) => (
                <EntryRow key={entry.id} entry={entry} />
              ))}
            </ul>
            {wallet.hasNextPage ? (
              <Button block type="link" loading={wallet.isFetchingNextPage} onClick={() => void wallet.fetchNextPage()}>
                {t('portalOrders.loadMore')}
              </Button>
            ) : null}
          </>
        )}
      </div>
    </section>
  );
}

function EntryRow({ entry }: { entry: AccountEntry }) {
  const { t } = useTranslation();
  // Staff write the reason of an adjustment or a refund; other notes only repeat the kind and the order.
  const note = entry.kind === 'adjustment' || entry.kind === 'refund' ? entry.note : '';
  return (
    <li className="entry-row" data-testid="wallet-entry" data-kind={entry.kind}>
      <div className="entry-main">
        <span className="entry-kind">{t(`portalPay.entryKinds.${entry.kind}`)}</span>
        <span className={entry.amount > 0 ? 'entry-amount entry-amount-in' : 'entry-amount'}>
          {entry.amount > 0 ? '+' : ''}
          {formatMoney(entry.amount)}
        </span>
      </div>
      <div className="entry-meta">
        <span>
          {formatDateTime(entry.createdAt)}
          {entry.orderId && entry.orderNumber ? (
            <>
              {' · '}
              <Link to={`/portal/orders/${entry.orderId}`}>{entry.orderNumber}</Link>
            </>
          ) : null}
        </span>
        <span>{t('portalPay.balanceAfter', { amount: formatMoney(entry.balanceAfter) })}</span>
      </div>
      {note ? <div className="entry-note">{note}</div> : null}
    </li>
  );
}

/** Top-ups and repayments still pending: a QR code to finish paying, a transfer waiting for finance. */
function PendingAccountPayments({ customerId, onPay }: { customerId: number; onPay: OnPay }) {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const pending = usePendingAccountPayments();
  if (!pending.data?.length) return null;
  const mayPay = can(me, 'payments:create');
  return (
    <section className="ordering-card" data-testid="account-pending">
      <div className="ordering-card-title">{t('portalPay.pendingTitle')}</div>
      {pending.data.map((payment) => (
        <div key={payment.id} className="bill-row" data-testid="account-pending-payment">
          <div className="bill-row-main">
            <span>
              {t(`portalPay.subject.${payment.purpose}`)} · {t(`portalPay.methods.${payment.method}`)}
            </span>
            <span className="bill-row-amount">{formatMoney(payment.amount)}</span>
          </div>
          <div className="bill-row-meta">
            <span>{formatDateTime(payment.createdAt)}</span>
            <PaymentStateTag payment={payment} />
          </div>
          {mayPay ? <ResumeButton payment={payment} customerId={customerId} onPay={onPay} /> : null}
        </div>
      ))}
    </section>
  );
}

function ResumeButton({ payment, customerId, onPay }: { payment: Payment; customerId: number; onPay: OnPay }) {
  const { t } = useTranslation();
  if (isOnline(payment.method) && !payment.codeUrl) return null;
  const target =
    payment.purpose === 'repayment'
      ? ({ purpose: 'repayment', customerId, owed: payment.amount, overdue: 0 } as const)
      : ({ purpose: 'top_up', customerId } as const);
  return (
    <Button
      size="small"
      className="bill-row-action"
      onClick={() =>
        onPay({
          title: t(payment.purpose === 'repayment' ? 'portalPay.repayTitle' : 'portalPay.topUpTitle'),
          payFor: target,
          resume: payment,
        })
      }
      data-testid="account-pending-resume"
    >
      {isOnline(payment.method)
        ? t('portalPay.resumeOnline')
        : t(payment.vouchers.length ? 'portalPay.addMoreVoucher' : 'portalPay.addVoucher')}
    </Button>
  );
}

function CreditSection({ customerId, onPay }: { customerId: number; onPay: OnPay }) {
  const credit = useCredit(customerId);
  if (credit.isPending) return <Skeleton active />;
  const data = credit.data;
  // A customer without credit terms and nothing owed has no 账期 to show.
  if (!data || (data.creditLimit <= 0 && data.outstanding <= 0)) return null;
  return <CreditCard credit={data} onPay={onPay} />;
}

const ageingBuckets = ['notDue', 'd1_30', 'd31_60', 'd61_90', 'd90plus'] as const;

function CreditCard({ credit, onPay }: { credit: Credit; onPay: OnPay }) {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const used = credit.outstanding + credit.committed;
  const percent = credit.creditLimit > 0 ? Math.min(100, Math.round((used / credit.creditLimit) * 100)) : 100;
  const stats = [
    { key: 'creditLimit', amount: credit.creditLimit },
    { key: 'used', amount: used },
    { key: 'available', amount: credit.available },
    { key: 'overdue', amount: credit.overdue },
  ] as const;
  return (
    <section className="ordering-card account-card" data-testid="credit-card">
      <div className="account-hero account-hero-credit">
        <div>
          <div className="account-hero-label">
            <CreditCardOutlined /> {t('portalPay.creditTitle')}
            <Tag className="mini-tag account-term" data-testid="credit-term">
              {t('portalPay.termDays', { count: credit.paymentTermDays })}
            </Tag>
          </div>
          <div className="account-hero-amount" data-testid="credit-available">
            {formatMoney(credit.available)}
          </div>
          <div className="account-hero-sub">{t('portalPay.credit.availableHint')}</div>
        </div>
        {can(me, 'payments:create') && credit.outstanding > 0 ? (
          <Button
            shape="round"
            onClick={() =>
              onPay({
                title: t('portalPay.repayTitle'),
                payFor: {
                  purpose: 'repayment',
                  customerId: credit.customerId,
                  owed: credit.outstanding,
                  overdue: credit.overdue,
                },
              })
            }
            data-testid="credit-repay"
          >
            {t('portalPay.repay')}
          </Button>
        ) : null}
      </div>

      <div className="account-body">
        <div className="credit-stats">
          {stats.map(({ key, amount }) => (
            <div
              key={key}
              className={key === 'overdue' && amount > 0 ? 'credit-stat credit-stat-overdue' : 'credit-stat'}
              data-testid={`credit-${key}`}
            >
              <div className="credit-stat-label">{t(`portalPay.credit.${key}`)}</div>
              <div className="credit-stat-value">{formatMoney(amount)}</div>
            </div>
          ))}
        </div>
        <Progress
          percent={percent}
          showInfo={false}
          size="small"
          status={credit.overdue > 0 ? 'exception' : 'normal'}
          aria-label={t('portalPay.credit.used')}
        />
        <div className="credit-used-split muted">
          {t('portalPay.credit.usedSplit', {
            outstanding: formatMoney(credit.outstanding),
            committed: formatMoney(credit.committed),
          })}
        </div>

        {credit.outstanding > 0 ? (
          <>
            <div className="account-section-title">{t('portalPay.credit.ageing')}</div>
            <div className="ageing" data-testid="credit-ageing">
              {ageingBuckets.map((bucket) => (
                <div
                  key={bucket}
                  className={
                    bucket !== 'notDue' && credit.ageing[bucket] > 0 ? 'ageing-cell ageing-cell-overdue' : 'ageing-cell'
                  }
                >
                  <div className="ageing-label">{t(`portalPay.ageing.${bucket}`)}</div>
                  <div className="ageing-value">{formatMoney(credit.ageing[bucket])}</div>
                </div>
              ))}
            </div>
          </>
        ) : null}

        <div className="account-section-title">{t('portalPay.credit.receivables')}</div>
        {credit.receivables.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('portalPay.credit.noReceivables')} />
        ) : (
          <ul className="entry-list" data-testid="credit-receivables">
            {credit.receivables.map((receivable) => (
              <li key={receivable.id} className="entry-row" data-testid="credit-receivable">
                <div className="entry-main">
                  <Link to={`/portal/orders/${receivable.orderId}`} className="entry-kind">
                    {receivable.orderNumber}
                  </Link>
                  <span className="entry-amount">{formatMoney(receivable.open)}</span>
                </div>
                <div className="entry-meta">
                  <span>
                    {receivable.dueAt
                      ? t('portalPay.credit.dueAt', { date: formatDate(receivable.dueAt) })
                      : t('portalPay.credit.dueAfterShipment')}
                    {receivable.overdueDays > 0 ? (
                      <Tag color="red" className="mini-tag receivable-overdue">
                        {t('portalPay.credit.overdueDays', { count: receivable.overdueDays })}
                      </Tag>
                    ) : null}
                  </span>
                  {receivable.settled > 0 ? (
                    <span>{t('portalPay.credit.ofAmount', { amount: formatMoney(receivable.amount) })}</span>
                  ) : null}
                </div>
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
