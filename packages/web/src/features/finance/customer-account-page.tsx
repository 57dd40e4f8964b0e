import { EditOutlined, LeftOutlined, PlusOutlined, TransactionOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import {
  Button,
  Card,
  Col,
  Result,
  Row,
  Skeleton,
  Space,
  Statistic,
  Table,
  Tabs,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { ApiError, api, unwrap } from '../../api/client.ts';
import { can, useMe } from '../../app/auth.ts';
import { Forbidden } from '../../components/forbidden.tsx';
import { NotFound } from '../../components/not-found.tsx';
import { formatDate, formatDateTime } from '../../lib/dates.ts';
import { formatMoney } from '../../lib/money.ts';
import { AdjustModal, ReceiveMoneyModal } from './account-dialogs.tsx';
import {
  type AccountEntry,
  type Credit,
  type Payment,
  type Receivable,
  useCredit,
  usePayments,
  useWallet,
} from './finance-api.ts';
import { ageingBuckets, ageingShares } from './finance-rules.ts';
import { PaymentStateTag } from './finance-tags.tsx';
import './finance.css';

type Dialog = { kind: 'topUp' } | { kind: 'repay' } | { kind: 'adjust'; account: 'wallet' | 'credit' };

const tabKeys = ['receivables', 'wallet', 'credit', 'payments'] as const;
type TabKey = (typeof tabKeys)[number];

/**
 * 客户账户: a customer's money with the supplier — the wallet (预存款) and its entries, credit
 * (账期: limit, owed, committed, available, overdue), the ageing of what is owed and the open
 * receivables — with 充值, 还款 and 调整 for finance.
 */
export function CustomerAccountPage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const id = Number(useParams().id);
  const [params, setParams] = useSearchParams();
  const [dialog, setDialog] = useState<Dialog>();
  const [walletPage, setWalletPage] = useState({ page: 1, pageSize: 10 });
  const [creditPage, setCreditPage] = useState({ page: 1, pageSize: 10 });
  const valid = Number.isInteger(id) && id > 0;
  const allowed = can(me, 'payments:view');
  const customer = useQuery({
    queryKey: ['customers', 'detail', id],
    queryFn: () => unwrap(api.GET('/api/customers/{id}', { params: { path: { id } } })),
    enabled: valid && can(me, 'customers:view'),
  });
  const wallet = useWallet(id, walletPage, allowed && valid);
  const credit = useCredit(id, creditPage, allowed && valid);
  if (!allowed) return <Forbidden />;
  const failure = wallet.error ?? credit.error;
  if (!valid || failure) {
    return !valid || (failure instanceof ApiError && failure.status === 404) ? (
      <NotFound home="/admin/customers" />
    ) : (
      <Result status="warning" title={t('common.loadFailed')} />
    );
  }
  const w = wallet.data;
  const c = credit.data;
  const name = customer.data?.name ?? `#${id}`;
  const finance = can(me, 'payments:confirm');
  const tab: TabKey = tabKeys.find((key) => key === params.get('tab')) ?? 'receivables';

  return (
    <div data-testid="customer-account">
      <Link to={`/admin/customers/${id}`} className="back-link" data-testid="account-back">
        <LeftOutlined /> {t('finance.account.back')}
      </Link>
      <div className="page-header">
        <Typography.Title level={4} style={{ margin: 0 }} data-testid="account-title">
          {t('finance.account.titleOf', { name })}
          {customer.data ? (
            <Typography.Text type="secondary" className="finance-title-code">
              {customer.data.code}
            </Typography.Text>
          ) : null}
        </Typography.Title>
        <Link to={`/admin/payments?customerId=${id}`}>
          <Button icon={<TransactionOutlined />}>{t('finance.account.allPayments')}</Button>
        </Link>
      </div>
      <Row gutter={16} style={{ marginBottom: 16 }}>
        <Col span={8}>
          <Card
            title={t('finance.account.wallet')}
            className="finance-account-card"
            data-testid="wallet-card"
            extra={
              finance ? (
                <Space size={8}>
                  <Button
                    type="primary"
                    icon={<PlusOutlined />}
                    onClick={() => setDialog({ kind: 'topUp' })}
                    data-testid="wallet-top-up"
                  >
                    {t('finance.account.topUp')}
                  </Button>
                  <Button
                    icon={<EditOutlined />}
                    onClick={() => setDialog({ kind: 'adjust', account: 'wallet' })}
                    data-testid="wallet-adjust"
                  >
                    {t('finance.account.adjust')}
                  </Button>
                </Space>
              ) : null
            }
          >
            {w ? (
              <Statistic
                title={t('finance.account.balance')}
                value={formatMoney(w.balance)}
                styles={{ content: { fontSize: 30 } }}
                data-testid="wallet-balance"
              />
            ) : (
              <Skeleton active paragraph={{ rows: 1 }} />
            )}
            <Typography.Paragraph type="secondary" className="finance-hint">
              {t('finance.account.walletHint')}
            </Typography.Paragraph>
          </Card>
        </Col>
        <Col span={16}>
          <Card
            title={t('finance.account.credit')}
            className="finance-account-card"
            data-testid="credit-card"
            extra={
              finance ? (
                <Space size={8}>
                  <Button
                    type="primary"
                    icon={<PlusOutlined />}
                    disabled={!c?.outstanding}
                    onClick={() => setDialog({ kind: 'repay' })}
                    data-testid="credit-repay"
                  >
                    {t('finance.account.repay')}
                  </Button>
                  <Button
                    icon={<EditOutlined />}
                    disabled={!c?.outstanding}
                    onClick={() => setDialog({ kind: 'adjust', account: 'credit' })}
                    data-testid="credit-adjust"
                  >
                    {t('finance.account.adjust')}
                  </Button>
                </Space>
              ) : null
            }
          >
            {c ? <CreditFigures credit={c} /> : <Skeleton active paragraph={{ rows: 1 }} />}
          </Card>
        </Col>
      </Row>
      {c ? <AgeingCard credit={c} /> : null}
      <Card styles={{ body: { paddingTop: 4 } }}>
        <Tabs
          activeKey={tab}
          onChange={(key) => setParams(key === 'receivables' ? {} : { tab: key }, { replace: true })}
          data-testid="account-tabs"
          items={[
            {
              key: 'receivables',
              label: t('finance.account.receivables', { count: c?.receivables.length ?? 0 }),
              children: <ReceivablesTable rows={c?.receivables} loading={credit.isPending} />,
            },
            {
              key: 'wallet',
              label: t('finance.account.walletEntries'),
              children: (
                <EntriesTable
                  testId="wallet-entries"
                  entries={w?.entries}
                  total={w?.total}
                  page={walletPage}
                  onPage={setWalletPage}
                  loading={wallet.isFetching}
                />
              ),
            },
            {
              key: 'credit',
              label: t('finance.account.creditEntries'),
              children: (
                <EntriesTable
                  testId="credit-entries"
                  entries={c?.entries}
                  total={c?.total}
                  page={creditPage}
                  onPage={setCreditPage}
                  loading={credit.isFetching}
                />
              ),
            },
            {
              key: 'payments',
              label: t('finance.account.payments'),
              children: <CustomerPayments customerId={id} />,
            },
          ]}
        />
      </Card>
      {dialog?.kind === 'topUp' || dialog?.kind === 'repay' ? (
        <ReceiveMoneyModal
          kind={dialog.kind}
          customerId={id}
          customerName={name}
          owed={c?.outstanding ?? 0}
          onClose={() => setDialog(undefined)}
        />
      ) : null}
      {dialog?.kind === 'adjust' ? (
        <AdjustModal
          customerId={id}
          customerName={name}
          account={dialog.account}
          balances={{ wallet: w?.balance ?? 0, credit: c?.outstanding ?? 0 }}
          onClose={() => setDialog(undefined)}
        />
      ) : null}
    </div>
  );
}

function CreditFigures({ credit: c }: { credit: Credit }) {
  const { t } = useTranslation();
  if (c.creditLimit === 0 && c.outstanding === 0 && c.committed === 0) {
    return (
      <Typography.Text type="secondary" data-testid="credit-none">
        {t('finance.account.noCredit')}
      </Typography.Text>
    );
  }
  const figures: { key: string; value: string; danger?: boolean; hint?: string }[] = [
    { key: 'creditLimit', value: formatMoney(c.creditLimit) },
    { key: 'outstanding', value: formatMoney(c.outstanding) },
    { key: 'committed', value: formatMoney(c.committed), hint: t('finance.account.committedHint') },
    { key: 'available', value: formatMoney(c.available) },
    { key: 'overdue', value: formatMoney(c.overdue), danger: c.overdue > 0 },
    { key: 'termDays', value: t('customers.days', { count: c.paymentTermDays }) },
  ];
  return (
    <div className="finance-credit-figures">
      {figures.map((f) => (
        <Statistic
          key={f.key}
          title={
            f.hint ? (
              <Tooltip title={f.hint}>
                <span className="finance-dotted">{t(`finance.account.${f.key}`)}</span>
              </Tooltip>
            ) : (
              t(`finance.account.${f.key}`)
            )
          }
          value={f.value}
          styles={{ content: f.danger ? { color: '#cf1322' } : {} }}
          data-testid={`credit-${f.key}`}
        />
      ))}
    </div>
  );
}

/** What is owed by age: each bucket's amount over a bar of their shares. */
function AgeingCard({ credit: c }: { credit: Credit }) {
  const { t } = useTranslation();
  const shares = ageingShares(c.ageing);
  const owed = ageingBuckets.some((b) => c.ageing[b] > 0);
  return (
    <Card title={t('finance.account.ageing')} style={{ marginBottom: 16 }} data-testid="ageing-card">
      <div className="finance-ageing">
        {ageingBuckets.map((bucket) => (
          <div key={bucket} className={`finance-ageing-bucket finance-ageing-${bucket}`}>
            <span className="finance-ageing-label">{t(`finance.ageing.${bucket}`)}</span>
            <span className="finance-money finance-ageing-amount" data-testid={`ageing-${bucket}`}>
              {formatMoney(c.ageing[bucket])}
            </span>
          </div>
        ))}
      </div>
      {owed ? (
        <div className="finance-ageing-bar">
          {ageingBuckets
            .filter((b) => shares[b] > 0)
            .map((bucket) => (
              <span
                key={bucket}
                className={`finance-ageing-${bucket}`}
                style={{ width: `${shares[bucket]}%` }}
                title={`${t(`finance.ageing.${bucket}`)} ${shares[bucket]}%`}
              />
            ))}
        </div>
      ) : null}
    </Card>
  );
}

function ReceivablesTable({ rows, loading }: { rows: Receivable[] | undefined; loading: boolean }) {
  const { t } = useTranslation();
  return (
    <Table<Receivable>
      rowKey="id"
      size="middle"
      loading={loading}
      dataSource={rows}
      pagination={false}
      locale={{ emptyText: t('finance.account.noReceivables') }}
      data-testid="account-receivables"
      columns={[
        {
          title: t('finance.account.order'),
          dataIndex: 'orderNumber',
          render: (number: string, r) => <Link to={`/admin/orders/${r.orderId}`}>{number}</Link>,
        },
        {
          title: t('finance.account.chargedAt'),
          dataIndex: 'createdAt',
          width: 150,
          render: (at: string) => formatDateTime(at),
        },
        {
          title: t('finance.account.amount'),
          dataIndex: 'amount',
          align: 'right',
          width: 130,
          render: (fen: number) => <span className="finance-money">{formatMoney(fen)}</span>,
        },
        {
          title: t('finance.account.settled'),
          dataIndex: 'settled',
          align: 'right',
          width: 130,
          render: (fen: number) => <span className="finance-money">{formatMoney(fen)}</span>,
        },
        {
          title: t('finance.account.open'),
          dataIndex: 'open',
          align: 'right',
          width: 130,
          render: (fen: number) => <strong className="finance-money">{formatMoney(fen)}</strong>,
        },
        {
          title: t('finance.account.dueAt'),
          dataIndex: 'dueAt',
          width: 120,
          render: (at: string | null) => formatDate(at),
        },
        {
          title: t('finance.account.overdueDays'),
          dataIndex: 'overdueDays',
          width: 120,
          render: (days: number, r) =>
            days > 0 ? (
              <Tag color={days > 60 ? 'red' : days > 30 ? 'volcano' : 'orange'}>
                {t('finance.account.daysOverdue', { count: days })}
              </Tag>
            ) : (
              <Tag color="green">{r.dueAt ? t('finance.account.notDueYet') : t('finance.account.noDueDate')}</Tag>
            ),
        },
      ]}
    />
  );
}

function EntriesTable({
  testId,
  entries,
  total,
  page,
  onPage,
  loading,
}: {
  testId: string;
  entries: AccountEntry[] | undefined;
  total: number | undefined;
  page: { page: number; pageSize: number };
  onPage: (page: { page: number; pageSize: number }) => void;
  loading: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Table<AccountEntry>
      rowKey="id"
      size="middle"
      loading={loading}
      dataSource={entries}
      data-testid={testId}
      pagination={{
        current: page.page,
        pageSize: page.pageSize,
        total: total ?? 0,
        showTotal: (count) => t('common.total', { count }),
        onChange: (p, pageSize) => onPage({ page: p, pageSize }),
      }}
      columns={[
        {
          title: t('finance.account.time'),
          dataIndex: 'createdAt',
          width: 150,
          render: (at: string) => formatDateTime(at),
        },
        {
          title: t('finance.account.entryKind'),
          dataIndex: 'kind',
          width: 90,
          render: (kind: AccountEntry['kind']) => <Tag>{t(`finance.entryKinds.${kind}`)}</Tag>,
        },
        {
          title: t('finance.account.change'),
          dataIndex: 'amount',
          align: 'right',
          width: 130,
          render: (fen: number) => (
            <span className={`finance-money ${fen > 0 ? 'finance-plus' : 'finance-minus'}`}>
              {fen > 0 ? '+' : ''}
              {formatMoney(fen)}
            </span>
          ),
        },
        {
          title: t('finance.account.balanceAfter'),
          dataIndex: 'balanceAfter',
          align: 'right',
          width: 130,
          render: (fen: number) => <span className="finance-money">{formatMoney(fen)}</span>,
        },
        {
          title: t('finance.account.reference'),
          key: 'reference',
          width: 200,
          render: (_, e) => (
            <Space orientation="vertical" size={0}>
              {e.orderId ? <Link to={`/admin/orders/${e.orderId}`}>{e.orderNumber}</Link> : null}
              {e.paymentId ? (
                <Link to={`/admin/payments?payment=${e.paymentId}`} className="finance-secondary-link">
                  {e.paymentNumber}
                </Link>
              ) : null}
              {!e.orderId && !e.paymentId ? '-' : null}
            </Space>
          ),
        },
        { title: t('finance.account.note'), dataIndex: 'note', ellipsis: true, render: (note: string) => note || '-' },
        {
          title: t('finance.account.operator'),
          dataIndex: 'createdByName',
          width: 100,
          render: (name: string | null) => name ?? t('audit.system'),
        },
      ]}
    />
  );
}

function CustomerPayments({ customerId }: { customerId: number }) {
  const { t } = useTranslation();
  const [page, setPage] = useState({ page: 1, pageSize: 10 });
  const payments = usePayments({ customerId, ...page });
  return (
    <Table<Payment>
      rowKey="id"
      size="middle"
      loading={payments.isFetching}
      dataSource={payments.data?.items}
      data-testid="account-payments"
      pagination={{
        current: page.page,
        pageSize: page.pageSize,
        total: payments.data?.total ?? 0,
        showTotal: (count) => t('common.total', { count }),
        onChange: (p, pageSize) => setPage({ page: p, pageSize }),
      }}
      columns={[
        {
          title: t('finance.payments.number'),
          dataIndex: 'number',
          width: 190,
          render: (number: string, p) => <Link to={`/admin/payments?payment=${p.id}`}>{number}</Link>,
        },
        {
          title: t('finance.payments.time'),
          key: 'time',
          width: 150,
          render: (_, p) => formatDateTime(p.paidAt ?? p.createdAt),
        },
        {
          title: t('finance.payments.purpose'),
          key: 'purpose',
          render: (_, p) =>
            p.orderId ? (
              <Link to={`/admin/orders/${p.orderId}`}>{p.orderNumber}</Link>
            ) : (
              t(`finance.purposes.${p.purpose}`)
            ),
        },
        {
          title: t('finance.payments.method'),
          dataIndex: 'method',
          width: 100,
          render: (method: Payment['method']) => t(`orders.paymentMethods.${method}`),
        },
        {
          title: t('finance.payments.amount'),
          dataIndex: 'amount',
          align: 'right',
          width: 130,
          render: (fen: number) => <span className="finance-money">{formatMoney(fen)}</span>,
        },
        {
          title: t('finance.payments.status'),
          key: 'status',
          width: 100,
          render: (_, p) => <PaymentStateTag payment={p} />,
        },
      ]}
    />
  );
}
