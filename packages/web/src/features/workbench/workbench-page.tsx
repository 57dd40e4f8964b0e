import {
  AuditOutlined,
  FormOutlined,
  ImportOutlined,
  LoginOutlined,
  PlusCircleOutlined,
  ProfileOutlined,
  ReconciliationOutlined,
  RightOutlined,
  SafetyCertificateOutlined,
  ShopOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Col, Descriptions, Empty, Row, Skeleton, Space, Statistic, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client.ts';
import { useMe } from '../../app/auth.ts';
import { ItemList, ItemRow } from '../../components/item-list.tsx';
import { formatDateTime, inShanghai, shanghaiHour } from '../../lib/dates.ts';
import { auditActionColor, auditActionLabel } from '../audit/audit-actions.ts';
import { customerStatusColor } from '../customers/customer-status.ts';
import { OperationsCards } from './operations-cards.tsx';
import { type QuickLink, visibleQuickLinks } from './quick-links.ts';

const linkIcons: Record<QuickLink['key'], ReactNode> = {
  orders: <ProfileOutlined />,
  createOrder: <FormOutlined />,
  receive: <ImportOutlined />,
  stocktake: <ReconciliationOutlined />,
  customers: <ShopOutlined />,
  createCustomer: <PlusCircleOutlined />,
  users: <TeamOutlined />,
  roles: <SafetyCertificateOutlined />,
  audit: <AuditOutlined />,
  signIns: <LoginOutlined />,
};

const greetingKey = (hour: number) => (hour < 12 ? 'morning' : hour < 18 ? 'afternoon' : 'evening');

/** 工作台: what the signed-in staff member should see first, shaped by their permissions. */
export function WorkbenchPage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const workbench = useQuery({
    queryKey: ['workbench'],
    queryFn: () => unwrap(api.GET('/api/workbench')),
  });
  if (!me) return null;
  const links = visibleQuickLinks(me.permissions);
  const data = workbench.data;
  const showCustomers = !!data && me.permissions.includes('customers:view');
  const showAudit = !!data && data.recentAudit.length > 0;
  const canShip = me.permissions.includes('orders:ship');
  const canViewStock = me.permissions.includes('inventory:view');

  return (
    <div data-testid="staff-workbench">
      <Card style={{ marginBottom: 16 }}>
        <Typography.Title level={3} style={{ margin: 0 }} data-testid="workbench-greeting">
          {t(`workbench.${greetingKey(shanghaiHour())}`, { name: me.name })}
        </Typography.Title>
        <Space size={8} wrap style={{ marginTop: 8 }}>
          {me.roles.map((role) => (
            <Tag key={role.code} color="blue">
              {role.name}
            </Tag>
          ))}
          <Typography.Text type="secondary">
            {t('workbench.today', { date: inShanghai(new Date()).format('YYYY-MM-DD dddd') })}
          </Typography.Text>
        </Space>
      </Card>

      {workbench.isError ? <Alert type="error" showIcon title={t('common.loadFailed')} /> : null}

      <Row gutter={[16, 16]}>
        {workbench.isPending
          ? [0, 1, 2, 3].map((i) => (
              <Col key={i} xs={12} md={6}>
                <Card>
                  <Skeleton active paragraph={false} />
                </Card>
              </Col>
            ))
          : data?.figures.map((figure) => (
              <Col key={figure.key} xs={12} md={6}>
                <Card className="figure-card" data-testid={`figure-${figure.key}`}>
                  <Statistic
                    title={t(`workbench.figures.${figure.key}`, { defaultValue: figure.key })}
                    value={figure.value}
                    styles={{
                      content: figure.key === 'failedSignInsToday' && figure.value > 0 ? { color: '#cf1322' } : {},
                    }}
                  />
                </Card>
              </Col>
            ))}
      </Row>

      <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
        <Col xs={24} lg={8}>
          <Card title={t('workbench.quickLinks')} data-testid="quick-links">
            {links.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('workbench.noQuickLinks')} />
            ) : (
              <Row gutter={[12, 12]}>
                {links.map((link) => (
                  <Col key={link.key} span={12}>
                    <Link to={link.path} className="quick-link" data-testid={`quick-link-${link.key}`}>
                      {linkIcons[link.key]}
                      <span>{t(`workbench.links.${link.key}`)}</span>
                    </Link>
                  </Col>
                ))}
              </Row>
            )}
          </Card>
        </Col>
        {data && showCustomers ? (
          <Col xs={24} lg={showAudit ? 8 : 16}>
            <Card
              title={t('workbench.recentCustomers')}
              extra={
                <Link to="/admin/customers">
                  {t('common.viewAll')} <RightOutlined />
                </Link>
              }
              data-testid="recent-customers"
            >
              <ItemList empty={<Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('common.none')} />}>
                {data.recentCustomers.map((customer) => (
                  <ItemRow
                    key={customer.id}
                    title={customer.name}
                    description={`${customer.code} · ${formatDateTime(customer.createdAt)}`}
                    extra={
                      <Tag color={customerStatusColor(customer.status)}>
                        {t(`customers.statuses.${customer.status}`, { defaultValue: customer.status })}
                      </Tag>
                    }
                  />
                ))}
              </ItemList>
            </Card>
          </Col>
        ) : null}
        {data && showAudit ? (
          <Col xs={24} lg={8}>
            <Card
              title={t('workbench.recentAudit')}
              extra={
                <Link to="/admin/audit">
                  {t('common.viewAll')} <RightOutlined />
                </Link>
              }
              data-testid="recent-audit"
            >
              <ItemList>
                {data.recentAudit.map((entry) => (
                  <ItemRow
                    key={entry.id}
                    title={
                      <Space size={6} wrap>
                        <Tag color={auditActionColor(entry.action)}>{auditActionLabel(t, entry.action)}</Tag>
                        <span>{entry.actorName ?? t('audit.system')}</span>
                      </Space>
                    }
                    description={formatDateTime(entry.at)}
                  />
                ))}
              </ItemList>
            </Card>
          </Col>
        ) : null}
        {data && (canShip || canViewStock) ? (
          <OperationsCards data={data} canShip={canShip} canViewStock={canViewStock} />
        ) : null}
        {data && !showCustomers && !showAudit && !canShip && !canViewStock ? (
          <Col xs={24} lg={16}>
            <Card title={t('workbench.myPermissions')} data-testid="my-permissions">
              <Descriptions column={1} size="small">
                {groupPermissions(me.permissions).map(([resource, actions]) => (
                  <Descriptions.Item key={resource} label={t(`perm.resource.${resource}`, { defaultValue: resource })}>
                    <Space size={[4, 4]} wrap>
                      {actions.map((action) => (
                        <Tag key={action}>{t(`perm.action.${action}`, { defaultValue: action })}</Tag>
                      ))}
                    </Space>
                  </Descriptions.Item>
                ))}
              </Descriptions>
            </Card>
          </Col>
        ) : null}
      </Row>
    </div>
  );
}

/** ["orders:view", "orders:ship"] → [["orders", ["view", "ship"]]], in the order given. */
function groupPermissions(permissions: readonly string[]): [string, string[]][] {
  const groups = new Map<string, string[]>();
  for (const permission of permissions) {
    const [resource, action] = permission.split(':');
    groups.set(resource, [...(groups.get(resource) ?? []), action]);
  }
  return [...groups];
}
