import { Card, Input, Space, Switch, Table, type TableColumnsType, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { can, useMe } from '../../app/auth.ts';
import { Forbidden } from '../../components/forbidden.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { formatDate } from '../../lib/dates.ts';
import { formatMoney } from '../../lib/money.ts';
import { type AgeingRow, useAgeing } from './finance-api.ts';
import { type AgeingBucket, ageingBuckets } from './finance-rules.ts';
import './finance.css';

const money = (fen: number) =>
  fen ? <span className="finance-money">{formatMoney(fen)}</span> : <span className="finance-zero">-</span>;

/** 应收账龄: what every customer owes on credit, by how long it is overdue, with the totals. */
export function ReceivablesPage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const overdueOnly = params.get('overdue') === '1';
  const q = params.get('q') ?? '';
  const allowed = can(me, 'payments:view');
  const report = useAgeing({ overdueOnly: overdueOnly || undefined, q: q || undefined }, allowed);
  if (!allowed) return <Forbidden />;

  const set = (key: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const bucketColumn = (bucket: AgeingBucket) => ({
    title: t(`finance.ageing.${bucket}`),
    dataIndex: bucket,
    align: 'right' as const,
    width: 116,
    render: (fen: number) => (
      <span className={bucket !== 'notDue' && fen ? 'finance-overdue-money' : undefined}>{money(fen)}</span>
    ),
  });
  const columns: TableColumnsType<AgeingRow> = [
    {
      title: t('finance.receivables.customer'),
      key: 'customer',
      render: (_, row) => (
        <div className="finance-customer-cell">
          <Link
            to={`/admin/customers/${row.customerId}/account`}
            onClick={(event) => event.stopPropagation()}
            data-testid={`receivable-customer-${row.customerId}`}
          >
            {row.customerName}
          </Link>
          <Typography.Text type="secondary">
            {row.customerCode} ·{' '}
            {t('finance.receivables.terms', {
              limit: formatMoney(row.creditLimit),
              days: row.paymentTermDays,
            })}
          </Typography.Text>
        </div>
      ),
    },
    {
      title: t('finance.receivables.outstanding'),
      dataIndex: 'outstanding',
      align: 'right',
      width: 124,
      render: (fen: number) => <strong>{money(fen)}</strong>,
    },
    ...ageingBuckets.map(bucketColumn),
    {
      title: t('finance.receivables.overdue'),
      dataIndex: 'overdue',
      align: 'right',
      width: 124,
      render: (fen: number) => <strong className={fen ? 'finance-overdue-money' : undefined}>{money(fen)}</strong>,
    },
    {
      title: t('finance.receivables.oldestDue'),
      dataIndex: 'oldestDueAt',
      width: 104,
      render: (at: string | null) => formatDate(at),
    },
  ];
  const totals = report.data?.totals;

  return (
    <div data-testid="receivables-page">
      <PageHeader title={t('finance.receivables.title')} />
      <Card>
        <div className="table-toolbar">
          <Input.Search
            allowClear
            defaultValue={q}
            placeholder={t('finance.receivables.searchPlaceholder')}
            style={{ width: 260 }}
            onSearch={(value) => set('q', value.trim() || undefined)}
            data-testid="receivables-search"
          />
          <Space size={8} className="finance-switch">
            <Switch
              checked={overdueOnly}
              onChange={(on) => set('overdue', on ? '1' : undefined)}
              data-testid="receivables-overdue-only"
            />
            {t('finance.receivables.overdueOnly')}
          </Space>
        </div>
        <Table<AgeingRow>
          rowKey="customerId"
          size="middle"
          columns={columns}
          dataSource={report.data?.items}
          loading={report.isFetching}
          pagination={false}
          rowClassName={() => 'finance-clickable-row'}
          onRow={(row) => ({ onClick: () => navigate(`/admin/customers/${row.customerId}/account`) })}
          data-testid="receivables-table"
          summary={() =>
            totals ? (
              <Table.Summary fixed>
                <Table.Summary.Row className="finance-total-row" data-testid="receivables-totals">
                  <Table.Summary.Cell index={0}>
                    {t('finance.receivables.total', { count: report.data?.items.length ?? 0 })}
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={1} align="right">
                    <strong>{money(totals.outstanding)}</strong>
                  </Table.Summary.Cell>
                  {ageingBuckets.map((bucket, i) => (
                    <Table.Summary.Cell key={bucket} index={2 + i} align="right">
                      {money(totals[bucket])}
                    </Table.Summary.Cell>
                  ))}
                  <Table.Summary.Cell index={7} align="right">
                    <strong className={totals.overdue ? 'finance-overdue-money' : undefined}>
                      {money(totals.overdue)}
                    </strong>
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={8} />
                </Table.Summary.Row>
              </Table.Summary>
            ) : null
          }
        />
      </Card>
    </div>
  );
}
