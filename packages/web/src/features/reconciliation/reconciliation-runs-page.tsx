import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Result, Space, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ApiError } from '../../api/client.ts';
import { can, useMe } from '../../app/auth.ts';
import { Forbidden } from '../../components/forbidden.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { formatDateTime } from '../../lib/dates.ts';
import { NewRunModal } from './new-run-modal.tsx';
import { reconciliationResults, resultColor } from './reconciliation.ts';
import { type ReconciliationRun, useRuns } from './reconciliation-api.ts';
import './reconciliation.css';

const pageSize = 20;

/** 自动对账: the runs, newest first, with their counts per result; 新建对账 opens the import. */
export function ReconciliationRunsPage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const [creating, setCreating] = useState(false);
  const page = Math.max(1, Number(params.get('page')) || 1);
  const allowed = can(me, 'payments:view');
  const runs = useRuns(page, pageSize, allowed);
  if (!allowed) return <Forbidden />;
  if (runs.error instanceof ApiError && runs.error.status === 403) {
    return <Result status="403" title="403" subTitle={t('reconciliation.forbiddenScope')} data-testid="forbidden" />;
  }

  const columns: TableColumnsType<ReconciliationRun> = [
    {
      title: t('reconciliation.createdAt'),
      dataIndex: 'createdAt',
      width: 150,
      render: (at: string, run) => (
        <Link to={`/admin/reconciliation/${run.id}`} data-testid={`reconciliation-run-${run.id}`}>
          {formatDateTime(at)}
        </Link>
      ),
    },
    {
      title: t('reconciliation.source'),
      key: 'source',
      width: 200,
      render: (_: unknown, run) => (
        <div className="reconciliation-cell">
          <span>
            {run.sourceName} <Tag>{t(`reconciliation.kinds.${run.kind}`)}</Tag>
          </span>
          <Typography.Text type="secondary" ellipsis={{ tooltip: run.fileName }}>
            {run.fileName}
          </Typography.Text>
        </div>
      ),
    },
    {
      title: t('reconciliation.period'),
      key: 'period',
      width: 190,
      render: (_: unknown, run) =>
        run.periodFrom === run.periodTo ? run.periodFrom : `${run.periodFrom} ~ ${run.periodTo}`,
    },
    {
      title: t('reconciliation.counts'),
      key: 'counts',
      render: (_: unknown, run) => (
        <Space size={4} wrap>
          {reconciliationResults.map((result) => (
            <Tag
              key={result}
              color={run.summary[result] > 0 || result === 'matched' ? resultColor[result] : undefined}
              data-testid={`run-${run.id}-${result}`}
            >
              {t(`reconciliation.results.${result}`)} {run.summary[result]}
            </Tag>
          ))}
        </Space>
      ),
    },
    {
      title: t('reconciliation.confirmable'),
      dataIndex: 'confirmable',
      width: 110,
      align: 'right',
      render: (count: number) => (count > 0 ? <Typography.Text type="warning">{count}</Typography.Text> : '-'),
    },
    { title: t('reconciliation.createdBy'), dataIndex: 'createdByName', width: 110, render: (name) => name ?? '-' },
  ];

  return (
    <div data-testid="reconciliation-runs-page">
      <PageHeader
        title={t('reconciliation.title')}
        extra={
          can(me, 'payments:confirm') ? (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setCreating(true)}
              data-testid="reconciliation-new"
            >
              {t('reconciliation.newRun')}
            </Button>
          ) : null
        }
      />
      <Card>
        <Table<ReconciliationRun>
          rowKey="id"
          columns={columns}
          dataSource={runs.data?.items}
          loading={runs.isFetching}
          locale={{ emptyText: t('reconciliation.empty') }}
          pagination={{
            current: page,
            pageSize,
            total: runs.data?.total ?? 0,
            showTotal: (count) => t('common.total', { count }),
            onChange: (next) => setParams(next > 1 ? { page: String(next) } : {}, { replace: true }),
          }}
          data-testid="reconciliation-runs"
        />
      </Card>
      <NewRunModal
        open={creating}
        onClose={() => setCreating(false)}
        onDone={(run) => navigate(`/admin/reconciliation/${run.id}`)}
      />
    </div>
  );
}
