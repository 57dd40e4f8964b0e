import { AccountBookOutlined, CheckOutlined, CloseOutlined, FileTextOutlined, LeftOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Descriptions, Result, Skeleton, Space, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { ApiError, api, unwrap } from '../../api/client.ts';
import { can, useMe } from '../../app/auth.ts';
import { Forbidden } from '../../components/forbidden.tsx';
import { NotFound } from '../../components/not-found.tsx';
import { formatDate } from '../../lib/dates.ts';
import { formatMoney } from '../../lib/money.ts';
import { CustomerPricesPanel } from '../pricing/customer-prices-panel.tsx';
import { AddressBook } from './address-book.tsx';
import { CustomerAccounts } from './customer-accounts.tsx';
import { CustomerBasicForm } from './customer-basic-form.tsx';
import { CustomerHistory } from './customer-history.tsx';
import { type Review, ReviewModal } from './customer-review.tsx';
import { customerStatusColor } from './customer-status.ts';

const tabKeys = ['basic', 'addresses', 'accounts', 'prices', 'history'] as const;
type TabKey = (typeof tabKeys)[number];

/** 客户详情: the record, its delivery addresses, portal accounts, prices and history, one tab each. */
export function CustomerDetailPage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const id = Number(useParams().id);
  const [params, setParams] = useSearchParams();
  const [review, setReview] = useState<Review>();
  const allowed = can(me, 'customers:view');
  const customer = useQuery({
    queryKey: ['customers', 'detail', id],
    queryFn: () => unwrap(api.GET('/api/customers/{id}', { params: { path: { id } } })),
    enabled: allowed && Number.isInteger(id) && id > 0,
  });
  if (!allowed) return <Forbidden />;
  if (customer.isError) {
    return customer.error instanceof ApiError && customer.error.status === 404 ? (
      <NotFound home="/admin/customers" />
    ) : (
      <Result status="warning" title={t('common.loadFailed')} />
    );
  }
  const c = customer.data;
  if (!c) return <Skeleton active />;
  const editable = can(me, 'customers:edit');
  const tab: TabKey = tabKeys.find((key) => key === params.get('tab')) ?? 'basic';

  return (
    <div data-testid="customer-detail">
      <Link to="/admin/customers" className="back-link" data-testid="customer-back">
        <LeftOutlined /> {t('customers.backToList')}
      </Link>
      <Card className="customer-summary" style={{ marginBottom: 16 }}>
        <div className="customer-summary-head">
          <div>
            <Typography.Title level={4} style={{ margin: 0 }} data-testid="customer-title">
              {c.name}
              <Tag color={customerStatusColor(c.status)} style={{ marginInlineStart: 12, verticalAlign: 'middle' }}>
                {t(`customers.statuses.${c.status}`)}
              </Tag>
              {c.source !== 'staff' ? (
                <Tag variant="filled" style={{ verticalAlign: 'middle' }}>
                  {t(`customers.sources.${c.source}`)}
                </Tag>
              ) : null}
            </Typography.Title>
            <Typography.Text type="secondary">{c.code}</Typography.Text>
          </div>
          <Space>
            {can(me, 'payments:view') ? (
              <Link to={`/admin/customers/${c.id}/account`} data-testid="customer-money-account">
                <Button icon={<AccountBookOutlined />}>{t('finance.account.link')}</Button>
              </Link>
            ) : null}
            {can(me, 'statements:view') ? (
              <Link to={`/admin/customers/${c.id}/statements`} data-testid="customer-statements">
                <Button icon={<FileTextOutlined />}>{t('statements.viewStatements')}</Button>
              </Link>
            ) : null}
            {c.status === 'pending' && editable ? (
              <>
                <Button
                  danger
                  icon={<CloseOutlined />}
                  onClick={() => setReview({ customer: c, decision: 'reject' })}
                  data-testid="customer-reject"
                >
                  {t('customers.reject')}
                </Button>
                <Button
                  type="primary"
                  icon={<CheckOutlined />}
                  onClick={() => setReview({ customer: c, decision: 'approve' })}
                  data-testid="customer-approve"
                >
                  {t('customers.approve')}
                </Button>
              </>
            ) : null}
          </Space>
        </div>
        <Descriptions column={5} size="small" style={{ marginTop: 16 }}>
          <Descriptions.Item label={t('customers.level')}>{c.levelName ?? t('customers.noLevel')}</Descriptions.Item>
          <Descriptions.Item label={t('customers.salesperson')}>{c.salespersonName ?? '-'}</Descriptions.Item>
          <Descriptions.Item label={t('customers.creditLimit')}>{formatMoney(c.creditLimit)}</Descriptions.Item>
          <Descriptions.Item label={t('customers.paymentTerm')}>
            {t('customers.days', { count: c.paymentTermDays })}
          </Descriptions.Item>
          <Descriptions.Item label={t('customers.createdAt')}>{formatDate(c.createdAt)}</Descriptions.Item>
        </Descriptions>
      </Card>
      <Card styles={{ body: { paddingTop: 4 } }}>
        <Tabs
          activeKey={tab}
          onChange={(key) => setParams(key === 'basic' ? {} : { tab: key }, { replace: true })}
          destroyOnHidden
          data-testid="customer-tabs"
          items={[
            {
              key: 'basic',
              label: t('customers.tabs.basic'),
              children: <CustomerBasicForm key={c.id} customer={c} editable={editable} />,
            },
            {
              key: 'addresses',
              label: t('customers.tabs.addresses'),
              children: <AddressBook customerId={c.id} editable={editable} />,
            },
            {
              key: 'accounts',
              label: t('customers.tabs.accounts'),
              children: <CustomerAccounts customerId={c.id} editable={editable} />,
            },
            ...(can(me, 'prices:view')
              ? [
                  {
                    key: 'prices',
                    label: t('customers.tabs.prices'),
                    children: <CustomerPricesPanel customerId={c.id} />,
                  },
                ]
              : []),
            { key: 'history', label: t('customers.tabs.history'), children: <CustomerHistory customerId={c.id} /> },
          ]}
        />
      </Card>
      <ReviewModal review={review} onClose={() => setReview(undefined)} />
    </div>
  );
}
