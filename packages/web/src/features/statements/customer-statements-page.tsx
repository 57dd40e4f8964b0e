import { LeftOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Card, Result, Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError, api, unwrap } from '../../api/client.ts';
import { can, useMe } from '../../app/auth.ts';
import { Forbidden } from '../../components/forbidden.tsx';
import { NotFound } from '../../components/not-found.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { statementState } from './statement-balance.ts';
import { Balance, StatementStateTag, useMonthLabel } from './statement-parts.tsx';
import { type StatementMonth, useStatementMonths } from './statements-api.ts';

/** `/admin/customers/:id/statements`: a customer's last 12 months, newest first; a row opens the month. */
export function CustomerStatementsPage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const navigate = useNavigate();
  const customerId = Number(useParams().id);
  const label = useMonthLabel();
  const allowed = can(me, 'statements:view');
  const months = useStatementMonths(allowed ? customerId : undefined);
  // The name comes from the customer record, which shares its cache with the customer page.
  const customer = useQuery({
    queryKey: ['customers', 'detail', customerId],
    queryFn: () => unwrap(api.GET('/api/customers/{id}', { params: { path: { id: customerId } } })),
    enabled: allowed && can(me, 'customers:view') && Number.isInteger(customerId) && customerId > 0,
  });
  if (!allowed) return <Forbidden />;
  if (months.isError) {
    return months.error instanceof ApiError && months.error.status === 404 ? (
      <NotFound home="/admin/statements" />
    ) : (
      <Result status="warning" title={t('common.loadFailed')} />
    );
  }
  const open = (month: string) => navigate(`/admin/customers/${customerId}/statements/${month}`);

  const columns: TableColumnsType<StatementMonth> = [
    {
      title: t('statements.month'),
      dataIndex: 'month',
      render: (month: string) => (
        <Link to={`/admin/customers/${customerId}/statements/${month}`} onClick={(event) => event.stopPropagation()}>
          {label(month)}
        </Link>
      ),
    },
    {
      title: t('statements.opening'),
      dataIndex: 'openingBalance',
      align: 'right',
      render: (fen: number) => <Balance fen={fen} />,
    },
    {
      title: t('statements.closing'),
      dataIndex: 'closingBalance',
      align: 'right',
      render: (fen: number) => <Balance fen={fen} />,
    },
    { title: t('statements.lineCount'), dataIndex: 'lineCount', align: 'right', width: 120 },
    {
      title: t('statements.status'),
      key: 'status',
      width: 140,
      render: (_, item) => <StatementStateTag state={statementState(item)} />,
    },
  ];

  return (
    <div data-testid="customer-statements">
      <Link to={`/admin/customers/${customerId}`} className="back-link">
        <LeftOutlined /> {t('statements.backToCustomer')}
      </Link>
      <PageHeader
        title={
          customer.data ? `${customer.data.name} · ${t('statements.customerMonths')}` : t('statements.customerMonths')
        }
      />
      <Card styles={{ body: { padding: 0 } }}>
        <Table<StatementMonth>
          rowKey="month"
          columns={columns}
          dataSource={months.data?.items}
          loading={months.isFetching}
          pagination={false}
          rowClassName={() => 'statement-row'}
          onRow={(item) => ({ onClick: () => open(item.month) })}
          data-testid="customer-statements-table"
        />
      </Card>
    </div>
  );
}
