import { ProfileOutlined, RightOutlined, StarOutlined, ThunderboltOutlined } from '@ant-design/icons';
import { Card, Descriptions, Empty, Skeleton, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { can, useMe } from '../../app/auth.ts';
import { categoryColor } from './category-tree.ts';
import { useCategoryTree } from './use-categories.ts';

/** 订货端首页: greeting with the company, the category grid and the account card. */
export function PortalHome() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const categories = useCategoryTree();
  if (!me) return null;

  return (
    <div data-testid="portal-home">
      <section className="portal-hero">
        <h2 data-testid="portal-greeting">{t('portal.greeting', { name: me.name })}</h2>
        <div className="company" data-testid="portal-company">
          {me.customerName}
        </div>
        <div className="hint">{t('portal.welcomeBack')}</div>
      </section>

      {/* Ordering shortcuts; a viewer (查看者) only follows its orders. */}
      <div className="category-grid" style={{ gridTemplateColumns: 'repeat(3, 1fr)' }} data-testid="portal-shortcuts">
        {[
          {
            to: '/portal/quick-order',
            icon: <ThunderboltOutlined />,
            label: t('quickOrder.title'),
            color: '#fa8c16',
            order: true,
          },
          {
            to: '/portal/orders',
            icon: <ProfileOutlined />,
            label: t('portalOrders.title'),
            color: '#1f5fd1',
            order: false,
          },
          {
            to: '/portal/quick-order#frequent',
            icon: <StarOutlined />,
            label: t('quickOrder.frequent'),
            color: '#52c41a',
            order: true,
          },
        ]
          .filter((entry) => !entry.order || can(me, 'orders:create'))
          .map((entry) => (
            <Link key={entry.to} to={entry.to} className="category-tile" data-testid={`shortcut-${entry.to}`}>
              <span className="category-tile-icon" style={{ background: entry.color }}>
                {entry.icon}
              </span>
              <span className="category-tile-name">{entry.label}</span>
            </Link>
          ))}
      </div>

      <div className="portal-section-title">
        <span>{t('portal.categories')}</span>
        <Link to="/portal/categories" style={{ fontSize: 13, fontWeight: 400 }}>
          {t('portal.allCategories')} <RightOutlined />
        </Link>
      </div>
      {categories.isPending ? (
        <Skeleton active />
      ) : categories.data && categories.data.length > 0 ? (
        <div className="category-grid" data-testid="category-grid">
          {categories.data.map((category) => (
            <Link
              key={category.id}
              to={`/portal/products?categoryId=${category.id}`}
              className="category-tile"
              data-testid={`category-tile-${category.id}`}
            >
              <span className="category-tile-icon" style={{ background: categoryColor(category.id) }}>
                {category.name.slice(0, 1)}
              </span>
              <span className="category-tile-name">{category.name}</span>
              <span className="category-tile-count">{t('portal.productCount', { count: category.productCount })}</span>
            </Link>
          ))}
        </div>
      ) : (
        <Card>
          <Empty description={t('portal.noCategories')} />
        </Card>
      )}

      <div className="portal-section-title">
        <span>{t('portal.myAccount')}</span>
      </div>
      <Card data-testid="portal-account-card">
        <Descriptions column={1} size="small">
          <Descriptions.Item label={t('portal.company')}>{me.customerName ?? '-'}</Descriptions.Item>
          <Descriptions.Item label={t('portal.account')}>
            {me.name}（{me.username}）
          </Descriptions.Item>
          <Descriptions.Item label={t('portal.role')}>
            {me.roles.map((role) => (
              <Tag key={role.code} color="blue">
                {role.name}
              </Tag>
            ))}
          </Descriptions.Item>
        </Descriptions>
      </Card>
    </div>
  );
}
