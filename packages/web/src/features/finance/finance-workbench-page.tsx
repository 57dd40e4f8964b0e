import { RightOutlined } from '@ant-design/icons';
import { Alert, Card, Col, Empty, Row, Skeleton, Space, Statistic, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { can, useMe } from '../../app/auth.ts';
import { Forbidden } from '../../components/forbidden.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { formatDate, formatDateTime, inShanghai } from '../../lib/dates.ts';
import { formatMoney } from '../../lib/money.ts';
import { type Payment, type Refund, useAgeing, useAllPayments, useRefunds } from './finance-api.ts';
import { type MethodSum, oldestFirst, receivedTotal, sumByMethod } from './finance-rules.ts';
import { PaymentActions } from './payment-actions.tsx';
import { RefundActions } from './refund-actions.tsx';
import { VoucherThumbs } from './voucher-thumbs.tsx';
import './finance.css';

const OVERDUE_SHOWN = 10;
/** A transfer a buyer reports is not on the live stream (only money that moved is), so the queues look again every minute. */
const QUEUE_REFRESH_MS = 60_000;

/** 财务工作台: the transfers to confirm (oldest first), refunds to finish, overdue customers and today's money. */
export function FinanceWorkbenchPage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const allowed = can(me, 'payments:view');
  const today = inShanghai(new Date()).format('YYYY-MM-DD');
  const transfers = useAllPayments({ status: 'pending', method: 'offline' }, allowed, QUEUE_REFRESH_MS);
  const pendingRefunds = useRefunds({ status: 'pending', pageSize: 100 }, allowed, QUEUE_REFRESH_MS);
  const failedRefunds = useRefunds({ status: 'failed', pageSize: 100 }, allowed, QUEUE_REFRESH_MS);
  const overdue = useAgeing({ overdueOnly: true }, allowed);
  const received = useAllPayments({ status: 'succeeded', from: today, to: today }, allowed, QUEUE_REFRESH_MS);
  if (!allowed) return <Forbidden />;

  const queue = oldestFirst(transfers.data ?? []);
  const refunds = oldestFirst([...(pendingRefunds.data?.items ?? []), ...(failedRefunds.data?.items ?? [])]);
  const refundsTotal = (pendingRefunds.data?.total ?? 0) + (failedRefunds.data?.total ?? 0);
  const sums = sumByMethod(received.data ?? []);
  const inToday = receivedTotal(sums);
  const failed = [transfers, pendingRefunds, failedRefunds, overdue, received].some((q) => q.isError);

  return (
    <div data-testid="finance-workbench">
      <PageHeader
        title={t('finance.workbench.title')}
        extra={<Typography.Text type="secondary">{t('workbench.today', { date: today })}</Typography.Text>}
      />
      {failed ? <Alert type="error" showIcon title={t('common.loadFailed')} style={{ marginBottom: 16 }} /> : null}
      <Row gutter={[16, 16]}>
        <Figure
          testId="figure-transfers"
          title={t('finance.workbench.pendingTransfers')}
          loading={transfers.isPending}
          value={formatMoney(queue.reduce((sum, p) => sum + p.amount, 0))}
          note={t('finance.workbench.count', { count: queue.length })}
          warn={queue.length > 0}
        />
        <Figure
          testId="figure-refunds"
          title={t('finance.workbench.openRefunds')}
          loading={pendingRefunds.isPending || failedRefunds.isPending}
          value={formatMoney(refunds.reduce((sum, r) => sum + r.amount, 0))}
          note={t('finance.workbench.count', { count: refundsTotal })}
          warn={refundsTotal > 0}
        />
        <Figure
          testId="figure-overdue"
          title={t('finance.workbench.overdueTotal')}
          loading={overdue.isPending}
          value={formatMoney(overdue.data?.totals.overdue ?? 0)}
          note={t('finance.workbench.customers', { count: overdue.data?.items.length ?? 0 })}
          warn={(overdue.data?.totals.overdue ?? 0) > 0}
        />
        <Figure
          testId="figure-received"
          title={t('finance.workbench.receivedToday')}
          loading={received.isPending}
          value={formatMoney(inToday.amount)}
          note={t('finance.workbench.count', { count: inToday.count })}
        />
      </Row>
      <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
        <Col span={16}>
          <Card
            title={
              <Space size={8}>
                {t('finance.workbench.pendingTransfers')}
                {queue.length ? <Tag color="gold">{queue.length}</Tag> : null}
              </Space>
            }
            extra={<AllLink to="/admin/payments?status=pending&method=offline" />}
            loading={transfers.isPending}
            data-testid="pending-transfers"
          >
            {queue.length ? (
              <ul className="finance-queue">
                {queue.map((payment) => (
                  <TransferRow key={payment.id} payment={payment} />
                ))}
              </ul>
            ) : (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('finance.workbench.noTransfers')} />
            )}
          </Card>
        </Col>
        <Col span={8}>
          <Card
            title={t('finance.workbench.todayReceipts')}
            extra={<AllLink to={`/admin/payments?status=succeeded&from=${today}&to=${today}`} />}
            loading={received.isPending}
            data-testid="today-receipts"
          >
            <TodayReceipts sums={sums} />
          </Card>
        </Col>
        <Col span={16}>
          <Card
            title={
              <Space size={8}>
                {t('finance.workbench.openRefunds')}
                {refundsTotal ? <Tag color="gold">{refundsTotal}</Tag> : null}
              </Space>
            }
            extra={<AllLink to="/admin/refunds?status=pending" />}
            loading={pendingRefunds.isPending || failedRefunds.isPending}
            data-testid="open-refunds"
          >
            {refunds.length ? (
              <ul className="finance-queue">
                {refunds.map((refund) => (
                  <RefundRow key={refund.id} refund={refund} />
                ))}
              </ul>
            ) : (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('finance.workbench.noRefunds')} />
            )}
          </Card>
        </Col>
        <Col span={8}>
          <Card
            title={t('finance.workbench.overdueCustomers')}
            extra={<AllLink to="/admin/receivables?overdue=1" />}
            loading={overdue.isPending}
            data-testid="overdue-customers"
          >
            {overdue.data?.items.length ? (
              <ul className="finance-overdue">
                {overdue.data.items.slice(0, OVERDUE_SHOWN).map((row) => (
                  <li key={row.customerId}>
                    <span className="finance-overdue-name">
                      <Link to={`/admin/customers/${row.customerId}/account`}>{row.customerName}</Link>
                      <Typography.Text type="secondary">
                        {t('finance.workbench.oldestDue', { date: formatDate(row.oldestDueAt) })}
                      </Typography.Text>
                    </span>
                    <span className="finance-overdue-amount">
                      <strong className="finance-money finance-overdue-money">{formatMoney(row.overdue)}</strong>
                      <Typography.Text type="secondary">
                        {t('finance.workbench.ofOutstanding', { amount: formatMoney(row.outstanding) })}
                      </Typography.Text>
                    </span>
                  </li>
                ))}
              </ul>
            ) : (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('finance.workbench.noOverdue')} />
            )}
          </Card>
        </Col>
      </Row>
    </div>
  );
}

function Figure(props: {
  testId: string;
  title: string;
  value: string;
  note: string;
  loading: boolean;
  warn?: boolean;
}) {
  return (
    <Col span={6}>
      <Card className="figure-card" data-testid={props.testId}>
        {props.loading ? (
          <Skeleton active paragraph={false} />
        ) : (
          <Statistic
            title={props.title}
            value={props.value}
            suffix={<span className="finance-figure-note">{props.note}</span>}
            styles={{ content: props.warn ? { color: '#d46b08' } : {} }}
          />
        )}
      </Card>
    </Col>
  );
}

function AllLink({ to }: { to: string }) {
  const { t } = useTranslation();
  return (
    <Link to={to}>
      {t('common.viewAll')} <RightOutlined />
    </Link>
  );
}

/** One reported transfer: who, for what, when, the vouchers, the amount and 确认 / 驳回. */
function TransferRow({ payment }: { payment: Payment }) {
  const { t } = useTranslation();
  return (
    <li className="finance-queue-row" data-testid={`pending-transfer-${payment.id}`}>
      <div className="finance-queue-main">
        <div className="finance-queue-title">
          <strong>{payment.customerName}</strong>
          {payment.orderId ? (
            <Link to={`/admin/orders/${payment.orderId}`}>{payment.orderNumber}</Link>
          ) : (
            <Tag>{t(`finance.purposes.${payment.purpose}`)}</Tag>
          )}
        </div>
        <Typography.Text type="secondary" className="finance-queue-meta">
          {[
            t('finance.workbench.payerIs', { name: payment.payerName || '-' }),
            payment.providerTradeNo ? t('finance.workbench.tradeNoIs', { number: payment.providerTradeNo }) : null,
            formatDateTime(payment.createdAt),
          ]
            .filter(Boolean)
            .join(' · ')}
        </Typography.Text>
        {payment.note ? <div className="finance-queue-note">{payment.note}</div> : null}
      </div>
      <VoucherThumbs vouchers={payment.vouchers} size={48} />
      <div className="finance-queue-side">
        <strong className="finance-money finance-queue-amount">{formatMoney(payment.amount)}</strong>
        <PaymentActions payment={payment} />
      </div>
    </li>
  );
}

function RefundRow({ refund }: { refund: Refund }) {
  const { t } = useTranslation();
  return (
    <li className="finance-queue-row finance-queue-row-refund" data-testid={`open-refund-${refund.id}`}>
      <div className="finance-queue-main">
        <div className="finance-queue-title">
          <strong>{refund.customerName}</strong>
          {refund.orderId ? <Link to={`/admin/orders/${refund.orderId}`}>{refund.orderNumber}</Link> : null}
          <Tag>{t(`finance.refundSources.${refund.source}`)}</Tag>
          {refund.status === 'failed' ? <Tag color="red">{t('finance.refundStates.failed')}</Tag> : null}
        </div>
        <Typography.Text type="secondary" className="finance-queue-meta">
          {[
            refund.number,
            t('finance.refunds.backTo', { method: t(`orders.paymentMethods.${refund.method}`) }),
            formatDateTime(refund.createdAt),
          ].join(' · ')}
        </Typography.Text>
        {refund.reason ? <div className="finance-queue-note">{refund.reason}</div> : null}
        {refund.failureMessage ? (
          <Typography.Text type="danger" className="finance-queue-note">
            {refund.failureMessage}
          </Typography.Text>
        ) : null}
      </div>
      <div className="finance-queue-side">
        <strong className="finance-money finance-queue-amount">{formatMoney(refund.amount)}</strong>
        <RefundActions refund={refund} />
      </div>
    </li>
  );
}

/** Today's succeeded payments per method, and what of them is money that arrived. */
function TodayReceipts({ sums }: { sums: MethodSum[] }) {
  const { t } = useTranslation();
  const total = receivedTotal(sums);
  if (!sums.length)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('finance.workbench.noReceipts')} />;
  return (
    <>
      <Table<MethodSum>
        rowKey="method"
        size="small"
        pagination={false}
        dataSource={sums}
        columns={[
          {
            title: t('finance.payments.method'),
            dataIndex: 'method',
            render: (method: MethodSum['method']) => t(`orders.paymentMethods.${method}`),
          },
          { title: t('finance.workbench.countColumn'), dataIndex: 'count', align: 'right', width: 70 },
          {
            title: t('finance.payments.amount'),
            dataIndex: 'amount',
            align: 'right',
            render: (fen: number) => <span className="finance-money">{formatMoney(fen)}</span>,
          },
        ]}
        summary={() => (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0}>
              <strong>{t('finance.workbench.receivedTotal')}</strong>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={1} align="right">
              {total.count}
            </Table.Summary.Cell>
            <Table.Summary.Cell index={2} align="right">
              <strong className="finance-money" data-testid="today-received-total">
                {formatMoney(total.amount)}
              </strong>
            </Table.Summary.Cell>
          </Table.Summary.Row>
        )}
        data-testid="today-receipts-table"
      />
      <Typography.Paragraph type="secondary" className="finance-hint">
        {t('finance.workbench.receivedHint')}
      </Typography.Paragraph>
    </>
  );
}
