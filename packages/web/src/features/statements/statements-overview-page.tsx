import { Card, Input, Segmented, Table, type TableColumnsType, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { can, useMe } from '../../app/auth.ts';
import { Forbidden } from '../../components/forbidden.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { formatMoney } from '../../lib/money.ts';
import { statementState } from './statement-balance.ts';
import { lastEndedMonth, monthEnded, monthOrDefault } from './statement-month.ts';
import { Balance, MonthSwitcher, StatementStateTag } from './statement-parts.tsx';
import { type OverviewRow, type OverviewStatus, overviewStatuses, useStatementsOverview } from './statements-api.ts';

const isStatus = (text: string | null): text is OverviewStatus => overviewStatuses.includes(text as OverviewStatus);

/**
 * 对账单: one month over every customer with a balance or activity (last month unless the URL says
 * otherwise), filtered by the customer's answer and a name or code; a row opens that statement.
 */
export function StatementsOverviewPage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const month = monthOrDefault(params.get('month'), lastEndedMonth());
  const statusParam = params.get('status');
  const status = isStatus(statusParam) ? statusParam : undefined;
  const q = params.get('q')?.trim() || undefined;
  const allowed = can(me, 'statements:view');
  const overview = useStatementsOverview({ month, status, q }, allowed);
  if (!allowed) return <Forbidden />;

  const update = (patch: { month?: string; status?: OverviewStatus | null; q?: string | null }) => {
    const next = { month, status: status ?? null, q: q ?? null, ...patch };
    const search = new URLSearchParams({ month: next.month });
    if (next.status) search.set('status', next.status);
    if (next.q) search.set('q', next.q);
    setParams(search, { replace: true });
  };
  const ended = monthEnded(month);
  const statementPath = (row: OverviewRow) => `/admin/customers/${row.customerId}/statements/${month}`;
  const items = overview.data?.items ?? [];
  const closingTotal = items.reduce((sum, row) => sum + row.closingBalance, 0);

  const columns: TableColumnsType<OverviewRow> = [
    {
      title: t('statements.customer'),
      dataIndex: 'customerName',
      render: (name: string, row) => (
        <div className="statement-customer-cell">
          <Link
            to={statementPath(row)}
            onClick={(event) => event.stopPropagation()}
            data-testid={`statement-open-${row.customerId}`}
          >
            {name}
          </Link>
          <Typography.Text type="secondary">{row.customerCode}</Typography.Text>
        </div>
      ),
    },
    {
      title: t('statements.opening'),
      dataIndex: 'openingBalance',
      align: 'right',
      width: 170,
      render: (fen: number) => <Balance fen={fen} />,
    },
    {
      title: t('statements.closing'),
      dataIndex: 'closingBalance',
      align: 'right',
      width: 170,
      render: (fen: number) => <Balance fen={fen} testId="overview-closing" />,
    },
    {
      title: t('statements.lineCount'),
      dataIndex: 'lineCount',
      align: 'right',
      width: 100,
    },
    {
      title: t('statements.status'),
      dataIndex: 'status',
      width: 120,
      render: (_, row) => <StatementStateTag state={statementState({ ...row, ended })} />,
    },
    {
      title: t('statements.commentAndReply'),
      key: 'comment',
      width: 380,
      render: (_, row) =>
        row.comment || row.reply ? (
          <div className="statement-comment-cell">
            {row.comment ? <Typography.Text ellipsis={{ tooltip: row.comment }}>{row.comment}</Typography.Text> : null}
            {row.reply ? (
              <Typography.Text type="secondary" ellipsis={{ tooltip: row.reply }}>
                {t('statements.replied')}：{row.reply}
              </Typography.Text>
            ) : null}
          </div>
        ) : (
          <Typography.Text type="secondary">-</Typography.Text>
        ),
    },
  ];

  return (
    <div data-testid="statements-overview">
      <PageHeader title={t('statements.title')} />
      <Card>
        <div className="table-toolbar statement-toolbar">
          <MonthSwitcher month={month} onChange={(next) => update({ month: next })} />
          <Segmented<OverviewStatus | 'all'>
            value={status ?? 'all'}
            onChange={(value) => update({ status: value === 'all' ? null : value })}
            options={(['all', ...overviewStatuses] as const).map((value) => ({
              value,
              label: <span data-testid={`statements-filter-${value}`}>{t(`statements.filters.${value}`)}</span>,
            }))}
            data-testid="statements-filter"
          />
          <Input.Search
            allowClear
            defaultValue={q}
            placeholder={t('statements.searchPlaceholder')}
            style={{ width: 240 }}
            onSearch={(text) => update({ q: text.trim() || null })}
            data-testid="statements-search"
          />
          <span className="statement-toolbar-summary muted" data-testid="statements-summary">
            {t('statements.summary', { count: items.length, amount: formatMoney(closingTotal) })}
          </span>
        </div>
        <Table<OverviewRow>
          rowKey="customerId"
          columns={columns}
          dataSource={items}
          loading={overview.isFetching}
          rowClassName={() => 'statement-row'}
          onRow={(row) => ({ onClick: () => navigate(statementPath(row)) })}
          locale={{ emptyText: t(status || q ? 'statements.noMatch' : 'statements.empty') }}
          pagination={{ pageSize: 50, hideOnSinglePage: true, showTotal: (count) => t('common.total', { count }) }}
          data-testid="statements-table"
        />
      </Card>
    </div>
  );
}
