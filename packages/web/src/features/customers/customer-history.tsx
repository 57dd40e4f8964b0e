import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Table, type TableColumnsType, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import type { CustomerHistoryEntry } from '../../api/types.ts';
import { formatDateTime } from '../../lib/dates.ts';
import { auditActionColor, auditActionLabel } from '../audit/audit-actions.ts';

/** 交易记录: the customer's timeline, newest first (its audit trail until orders and payments exist). */
export function CustomerHistory({ customerId }: { customerId: number }) {
  const { t } = useTranslation();
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  const history = useQuery({
    queryKey: ['customers', customerId, 'history', page],
    queryFn: () =>
      unwrap(api.GET('/api/customers/{id}/history', { params: { path: { id: customerId }, query: page } })),
    placeholderData: keepPreviousData,
  });
  const columns: TableColumnsType<CustomerHistoryEntry> = [
    { title: t('audit.time'), dataIndex: 'at', width: 180, render: (at: string) => formatDateTime(at, true) },
    {
      title: t('audit.action'),
      dataIndex: 'action',
      width: 180,
      render: (action: string) => <Tag color={auditActionColor(action)}>{auditActionLabel(t, action)}</Tag>,
    },
    {
      title: t('audit.actor'),
      dataIndex: 'actorName',
      width: 140,
      render: (name: string | null) => name ?? t('audit.system'),
    },
    {
      title: t('audit.details'),
      dataIndex: 'details',
      render: (details: CustomerHistoryEntry['details']) =>
        details && Object.keys(details).length > 0 ? (
          <span className="json-inline">{JSON.stringify(details)}</span>
        ) : (
          '-'
        ),
    },
  ];
  return (
    <Table<CustomerHistoryEntry>
      rowKey={(entry) => `${entry.kind}-${entry.id}`}
      size="middle"
      columns={columns}
      dataSource={history.data?.items}
      loading={history.isFetching}
      data-testid="customer-history"
      pagination={{
        current: page.page,
        pageSize: page.pageSize,
        total: history.data?.total ?? 0,
        showTotal: (count) => t('common.total', { count }),
        onChange: (next, pageSize) => setPage({ page: next, pageSize }),
      }}
    />
  );
}
