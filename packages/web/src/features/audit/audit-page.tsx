import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Card, DatePicker, Input, Select, Space, Table, type TableColumnsType, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { api, unwrap } from '../../api/client.ts';
import type { AuditEntry } from '../../api/types.ts';
import { can, useMe } from '../../app/auth.ts';
import { Forbidden } from '../../components/forbidden.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { formatDateTime, shanghaiDayEnd, shanghaiDayStart } from '../../lib/dates.ts';
import { auditActionColor, auditActionFilters, auditActionLabel } from './audit-actions.ts';

interface Filters {
  action?: string;
  q?: string;
  from?: string;
  to?: string;
  page: number;
  pageSize: number;
}

const compactJson = (value: unknown) => (value == null ? '' : JSON.stringify(value));

/** 审计日志: sign-ins and every sensitive change, newest first. */
export function AuditPage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const [params] = useSearchParams();
  const [filters, setFilters] = useState<Filters>({
    action: params.get('action') ?? undefined,
    page: 1,
    pageSize: 20,
  });
  const log = useQuery({
    queryKey: ['audit-log', filters],
    queryFn: () => unwrap(api.GET('/api/audit-log', { params: { query: filters } })),
    placeholderData: keepPreviousData,
    enabled: can(me, 'audit:view'),
  });
  if (!can(me, 'audit:view')) return <Forbidden />;
  const filter = (patch: Partial<Filters>) => setFilters((current) => ({ ...current, ...patch, page: 1 }));

  const columns: TableColumnsType<AuditEntry> = [
    { title: t('audit.time'), dataIndex: 'at', width: 170, render: (at: string) => formatDateTime(at, true) },
    {
      title: t('audit.actor'),
      dataIndex: 'actorName',
      width: 140,
      render: (name: string | null) => name ?? <Typography.Text type="secondary">{t('audit.system')}</Typography.Text>,
    },
    {
      title: t('audit.action'),
      dataIndex: 'action',
      width: 250,
      render: (action: string) => (
        <Space size={4} wrap>
          <Tag color={auditActionColor(action)}>{auditActionLabel(t, action)}</Tag>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {action}
          </Typography.Text>
        </Space>
      ),
    },
    {
      title: t('audit.target'),
      key: 'target',
      width: 140,
      render: (_: unknown, entry) =>
        entry.targetType
          ? `${t(`audit.targetTypes.${entry.targetType}`, { defaultValue: entry.targetType })} #${entry.targetId ?? ''}`
          : '-',
    },
    { title: t('audit.ip'), dataIndex: 'ip', width: 130, render: (ip: string | null) => ip ?? '-' },
    {
      title: t('audit.details'),
      dataIndex: 'details',
      ellipsis: true,
      render: (details: AuditEntry['details']) => <span className="json-inline">{compactJson(details)}</span>,
    },
  ];

  return (
    <div data-testid="audit-page">
      <PageHeader title={t('audit.title')} />
      <Card>
        <div className="table-toolbar">
          <Select
            allowClear
            placeholder={t('audit.actionType')}
            style={{ width: 180 }}
            value={filters.action}
            onChange={(action) => filter({ action })}
            options={auditActionFilters.map((option) => ({
              value: option.value,
              label: t(`audit.types.${option.key}`),
            }))}
            data-testid="audit-action-filter"
          />
          <Input.Search
            allowClear
            placeholder={t('audit.keywordPlaceholder')}
            style={{ width: 260 }}
            onSearch={(q) => filter({ q: q.trim() || undefined })}
            data-testid="audit-search"
          />
          <DatePicker.RangePicker
            onChange={(range) => {
              const [from, to] = (range ?? []) as [Dayjs | null, Dayjs | null];
              filter({
                from: from ? shanghaiDayStart(from) : undefined,
                to: to ? shanghaiDayEnd(to) : undefined,
              });
            }}
          />
        </div>
        <Table<AuditEntry>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={log.data?.items}
          loading={log.isFetching}
          expandable={{
            rowExpandable: (entry) => entry.details != null,
            expandedRowRender: (entry) => <pre className="json-block">{JSON.stringify(entry.details, null, 2)}</pre>,
          }}
          pagination={{
            current: filters.page,
            pageSize: filters.pageSize,
            total: log.data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (count) => t('common.total', { count }),
            onChange: (page, pageSize) => setFilters((current) => ({ ...current, page, pageSize })),
          }}
        />
      </Card>
    </div>
  );
}
