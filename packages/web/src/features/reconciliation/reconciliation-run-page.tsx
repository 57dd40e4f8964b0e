import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Badge,
  Button,
  Card,
  Descriptions,
  Popconfirm,
  Result,
  Space,
  Table,
  type TableColumnsType,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { ApiError } from '../../api/client.ts';
import { can, useMe } from '../../app/auth.ts';
import { Forbidden } from '../../components/forbidden.tsx';
import { NotFound } from '../../components/not-found.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { useApiError } from '../../components/use-api-error.ts';
import { formatDateTime } from '../../lib/dates.ts';
import { formatMoney } from '../../lib/money.ts';
import {
  amountDifference,
  isReconciliationResult,
  isRefundItem,
  reconciliationResults,
  resultColor,
} from './reconciliation.ts';
import {
  confirmRun,
  type ReconciliationItem,
  type ReconciliationResult,
  reconciliationKey,
  useRun,
} from './reconciliation-api.ts';
import './reconciliation.css';

const pageSize = 50;

const Money = ({ fen }: { fen: number | null }) =>
  fen === null ? <span>-</span> : <span className="reconciliation-money">{formatMoney(fen)}</span>;

/**
 * 对账结果: one run's summary, its items by result in tabs (已匹配 / 金额不符 / 仅对账单有 / 仅系统有)
 * and 确认匹配的转账, which marks the matched pending offline transfers as received.
 */
export function ReconciliationRunPage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const { message } = App.useApp();
  const showError = useApiError();
  const client = useQueryClient();
  const id = Number(useParams().id);
  const [params, setParams] = useSearchParams();
  const result: ReconciliationResult = isReconciliationResult(params.get('result'))
    ? (params.get('result') as ReconciliationResult)
    : 'matched';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const run = useRun(id, { result, page, pageSize });
  const confirm = useMutation({
    mutationFn: () => confirmRun(id),
    onSuccess: ({ confirmed }) => {
      message.success(t('reconciliation.confirmDone', { count: confirmed }));
      void client.invalidateQueries({ queryKey: reconciliationKey });
      void client.invalidateQueries({ queryKey: ['payments'] });
    },
    onError: (error) => showError(error),
  });

  if (!can(me, 'payments:view')) return <Forbidden />;
  if (run.error instanceof ApiError && run.error.status === 403) {
    return <Result status="403" title="403" subTitle={t('reconciliation.forbiddenScope')} data-testid="forbidden" />;
  }
  if (run.isError || !Number.isSafeInteger(id)) return <NotFound home="/admin/reconciliation" />;
  const data = run.data;
  const go = (next: { result?: ReconciliationResult; page?: number }) =>
    setParams(
      new URLSearchParams([
        ['result', next.result ?? result],
        ...(next.page && next.page > 1 ? [['page', String(next.page)]] : []),
      ]),
      { replace: true },
    );

  const statementColumns: TableColumnsType<ReconciliationItem> = [
    { title: t('reconciliation.lineNo'), dataIndex: 'lineNo', width: 70 },
    {
      title: t('reconciliation.txnTime'),
      dataIndex: 'occurredAt',
      width: 160,
      render: (at: string | null) => <span className="reconciliation-nowrap">{formatDateTime(at, true)}</span>,
    },
    {
      title: t('reconciliation.txnNo'),
      dataIndex: 'txnNo',
      width: 200,
      render: (no: string | null, item) => (
        <Space size={4}>
          {isRefundItem(item) ? <Tag color="purple">{t('reconciliation.refund')}</Tag> : null}
          <Typography.Text copyable={!!no} className="reconciliation-code">
            {no ?? '-'}
          </Typography.Text>
        </Space>
      ),
    },
    { title: t('reconciliation.payer'), dataIndex: 'payer', width: 160, ellipsis: true, render: (v) => v ?? '-' },
    {
      title: t('reconciliation.amount'),
      dataIndex: 'amount',
      width: 130,
      align: 'right',
      render: (fen: number | null) => <Money fen={fen} />,
    },
    { title: t('reconciliation.memo'), dataIndex: 'memo', ellipsis: true, render: (v) => v ?? '-' },
  ];

  const systemColumns: TableColumnsType<ReconciliationItem> = [
    {
      title: t('reconciliation.paymentNumber'),
      dataIndex: 'paymentNumber',
      width: 180,
      render: (no: string | null, item) => (
        <div className="reconciliation-cell">
          <span className="reconciliation-code">{no ?? '-'}</span>
          {item.refundNumber ? <Typography.Text type="secondary">{item.refundNumber}</Typography.Text> : null}
        </div>
      ),
    },
    {
      title: t('reconciliation.customer'),
      dataIndex: 'customerName',
      width: 170,
      ellipsis: true,
      render: (name: string | null, item) =>
        item.customerId ? <Link to={`/admin/customers/${item.customerId}`}>{name}</Link> : '-',
    },
    {
      title: t('reconciliation.systemAmount'),
      dataIndex: 'paymentAmount',
      width: 130,
      align: 'right',
      render: (fen: number | null) => <Money fen={fen} />,
    },
    {
      title: t('reconciliation.paymentTime'),
      dataIndex: 'paymentTime',
      width: 160,
      render: (at: string | null) => <span className="reconciliation-nowrap">{formatDateTime(at, true)}</span>,
    },
    {
      title: t('reconciliation.paymentStatusLabel'),
      key: 'status',
      width: 130,
      render: (_: unknown, item) =>
        item.paymentStatus ? (
          <Space size={4}>
            <Badge
              status={
                item.paymentStatus === 'succeeded'
                  ? 'success'
                  : item.paymentStatus === 'pending'
                    ? 'warning'
                    : 'default'
              }
              text={t(`reconciliation.paymentStatus.${item.paymentStatus}`)}
            />
            {item.confirmed ? <Tag color="green">{t('reconciliation.confirmedTag')}</Tag> : null}
          </Space>
        ) : (
          '-'
        ),
    },
  ];

  // Where the system side is shown too, the statement's memo gives way to it.
  const withoutMemo = statementColumns.slice(0, -1);
  const columnsByResult: Record<ReconciliationResult, TableColumnsType<ReconciliationItem>> = {
    matched: [
      ...withoutMemo,
      ...systemColumns,
      {
        title: t('reconciliation.matchedByLabel'),
        dataIndex: 'matchedBy',
        width: 150,
        render: (by: ReconciliationItem['matchedBy']) => (by ? t(`reconciliation.matchedBy.${by}`) : '-'),
      },
    ],
    amount_mismatch: [
      ...withoutMemo,
      ...systemColumns,
      {
        title: t('reconciliation.difference'),
        key: 'difference',
        width: 120,
        align: 'right',
        render: (_: unknown, item) => {
          const diff = amountDifference(item);
          return diff === null ? '-' : <Typography.Text type="danger">{formatMoney(diff)}</Typography.Text>;
        },
      },
    ],
    only_in_statement: statementColumns,
    only_in_system: [
      ...systemColumns.slice(0, 4),
      {
        title: t('reconciliation.payer'),
        dataIndex: 'paymentPayerName',
        width: 140,
        render: (v: string | null) => v ?? '-',
      },
      ...systemColumns.slice(4),
    ],
  };

  const confirmable = data?.confirmable ?? 0;
  return (
    <div data-testid="reconciliation-run-page">
      <PageHeader
        title={
          <Space>
            <Link to="/admin/reconciliation">{t('reconciliation.title')}</Link>/
            <span>
              #{id} {data?.sourceName}
            </span>
          </Space>
        }
        extra={
          can(me, 'payments:confirm') ? (
            <Popconfirm
              title={t('reconciliation.confirmTitle', { count: confirmable })}
              onConfirm={() => confirm.mutate()}
              disabled={confirmable === 0}
              okButtonProps={{ 'data-testid': 'reconciliation-confirm-ok' }}
            >
              <Button
                type="primary"
                disabled={confirmable === 0}
                loading={confirm.isPending}
                data-testid="reconciliation-confirm"
              >
                {t('reconciliation.confirm', { count: confirmable })}
              </Button>
            </Popconfirm>
          ) : null
        }
      />
      <Card loading={!data} style={{ marginBottom: 16 }}>
        {data ? (
          <Descriptions column={{ xs: 1, md: 2, xl: 4 }} size="small">
            <Descriptions.Item label={t('reconciliation.source')}>
              {data.sourceName} <Tag>{t(`reconciliation.kinds.${data.kind}`)}</Tag>
            </Descriptions.Item>
            <Descriptions.Item label={t('reconciliation.file')}>{data.fileName}</Descriptions.Item>
            <Descriptions.Item label={t('reconciliation.period')}>
              {data.periodFrom === data.periodTo ? data.periodFrom : `${data.periodFrom} ~ ${data.periodTo}`}
            </Descriptions.Item>
            <Descriptions.Item label={t('reconciliation.createdBy')}>
              {data.createdByName ?? '-'} · {formatDateTime(data.createdAt)}
            </Descriptions.Item>
            <Descriptions.Item label={t('reconciliation.statementTotal')}>
              <Space size={6} wrap>
                <Money fen={data.summary.statementAmount} />
                <Typography.Text type="secondary">
                  {t('reconciliation.linesCount', { count: data.summary.statementLines })}
                  {data.summary.refundLines
                    ? ` · ${t('reconciliation.refundLines', { count: data.summary.refundLines })}`
                    : ''}
                </Typography.Text>
              </Space>
            </Descriptions.Item>
            <Descriptions.Item label={t('reconciliation.systemTotal')}>
              <Money fen={data.summary.systemAmount} />
            </Descriptions.Item>
            <Descriptions.Item label={t('reconciliation.matchedTotal')}>
              <Money fen={data.summary.matchedAmount} />
            </Descriptions.Item>
            <Descriptions.Item label={t('reconciliation.confirmable')}>{confirmable}</Descriptions.Item>
          </Descriptions>
        ) : null}
      </Card>
      <Card styles={{ body: { paddingTop: 4 } }}>
        <Tabs
          activeKey={result}
          onChange={(key) => go({ result: key as ReconciliationResult, page: 1 })}
          items={reconciliationResults.map((r) => ({
            key: r,
            label: (
              <span data-testid={`reconciliation-tab-${r}`}>
                {t(`reconciliation.results.${r}`)}{' '}
                <span
                  className={`reconciliation-count${data?.summary[r] && r !== 'matched' ? ` is-${resultColor[r]}` : ''}`}
                >
                  {data?.summary[r] ?? 0}
                </span>
              </span>
            ),
          }))}
        />
        <Table<ReconciliationItem>
          rowKey="id"
          size="middle"
          columns={columnsByResult[result]}
          dataSource={data?.items}
          loading={run.isFetching}
          scroll={{ x: 'max-content' }}
          pagination={{
            current: page,
            pageSize,
            total: data?.itemsTotal ?? 0,
            showTotal: (count) => t('common.total', { count }),
            showSizeChanger: false,
            onChange: (next) => go({ page: next }),
          }}
          data-testid="reconciliation-items"
        />
      </Card>
    </div>
  );
}
