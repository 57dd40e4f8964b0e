import {
  AccountBookOutlined,
  ApartmentOutlined,
  AppstoreOutlined,
  AuditOutlined,
  ContainerOutlined,
  DashboardOutlined,
  DatabaseOutlined,
  DiffOutlined,
  DownOutlined,
  ExportOutlined,
  FieldTimeOutlined,
  FileDoneOutlined,
  FundOutlined,
  GlobalOutlined,
  HomeOutlined,
  ImportOutlined,
  InboxOutlined,
  KeyOutlined,
  LogoutOutlined,
  MenuFoldOutlined,
  MenuUnfoldOutlined,
  MoneyCollectOutlined,
  PayCircleOutlined,
  ProfileOutlined,
  ReconciliationOutlined,
  RollbackOutlined,
  SafetyCertificateOutlined,
  SettingOutlined,
  ShopOutlined,
  SwapOutlined,
  TeamOutlined,
  TransactionOutlined,
} from '@ant-design/icons';
import { Avatar, Button, Dropdown, Layout, Menu, type MenuProps, Tag } from 'antd';
import { type ReactNode, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { Brand } from '../../components/brand.tsx';
import { FullPageSpin } from '../../components/full-page-spin.tsx';
import { ChangePasswordModal } from '../../features/auth/change-password-modal.tsx';
import { LiveEvents } from '../../features/live/use-live-events.tsx';
import { type Language, languages, setLanguage } from '../../i18n/index.ts';
import { useMe, useSignOut } from '../auth.ts';
import {
  activeStaffMenuKey,
  groupStaffMenu,
  type StaffMenuEntry,
  type StaffMenuGroup,
  visibleStaffMenu,
} from '../staff-menu.ts';

const menuIcons: Record<StaffMenuEntry['key'], ReactNode> = {
  workbench: <DashboardOutlined />,
  orders: <ProfileOutlined />,
  returns: <RollbackOutlined />,
  products: <AppstoreOutlined />,
  catalog: <ApartmentOutlined />,
  pricing: <PayCircleOutlined />,
  customers: <ShopOutlined />,
  users: <TeamOutlined />,
  roles: <SafetyCertificateOutlined />,
  audit: <AuditOutlined />,
  inventoryLevels: <DatabaseOutlined />,
  inventoryMovements: <ExportOutlined />,
  inventoryReceipts: <ImportOutlined />,
  inventoryTransfers: <SwapOutlined />,
  inventoryStocktakes: <ReconciliationOutlined />,
  inventoryBatches: <ContainerOutlined />,
  warehouses: <HomeOutlined />,
  financeWorkbench: <FundOutlined />,
  payments: <TransactionOutlined />,
  receivables: <FieldTimeOutlined />,
  refunds: <MoneyCollectOutlined />,
  statements: <FileDoneOutlined />,
  reconciliation: <DiffOutlined />,
  paymentSettings: <SettingOutlined />,
};

const groupIcons: Record<StaffMenuGroup, ReactNode> = {
  inventory: <InboxOutlined />,
  finance: <AccountBookOutlined />,
};

const collapsedKey = 'dinghuo.sider.collapsed';

/** 管理后台: side menu filtered by permissions, header with the user menu. */
export function StaffLayout() {
  const { t, i18n } = useTranslation();
  const { data: me } = useMe();
  const location = useLocation();
  const signOut = useSignOut();
  const [collapsed, setCollapsed] = useState(() => localStorage.getItem(collapsedKey) === '1');
  const [passwordOpen, setPasswordOpen] = useState(false);
  if (!me) return null;

  const toggle = () => {
    localStorage.setItem(collapsedKey, collapsed ? '0' : '1');
    setCollapsed(!collapsed);
  };

  const entryItem = (entry: StaffMenuEntry) => ({
    key: entry.key,
    icon: menuIcons[entry.key],
    label: (
      <Link to={entry.path} data-testid={`nav-${entry.key}`}>
        {t(`nav.${entry.key}`)}
      </Link>
    ),
  });
  const visible = visibleStaffMenu(me.permissions);
  const menuItems: MenuProps['items'] = groupStaffMenu(visible).map((item) =>
    'entries' in item
      ? {
          key: `group:${item.group}`,
          icon: groupIcons[item.group],
          label: <span data-testid={`nav-group-${item.group}`}>{t(`nav.group.${item.group}`)}</span>,
          children: item.entries.map(entryItem),
        }
      : entryItem(item),
  );
  const activeKey = activeStaffMenuKey(location.pathname);
  const activeGroup = visible.find((entry) => entry.key === activeKey)?.group;

  const userMenu: MenuProps = {
    items: [
      { key: 'password', icon: <KeyOutlined />, label: t('common.changePassword') },
      {
        key: 'language',
        icon: <GlobalOutlined />,
        label: t('common.language'),
        children: languages.map((lng) => ({
          key: `lang:${lng}`,
          label: t(`lang.${lng}`),
          disabled: i18n.language === lng,
        })),
      },
      { type: 'divider' },
      { key: 'signOut', icon: <LogoutOutlined />, label: t('common.signOut'), danger: true },
    ],
    onClick: ({ key }) => {
      if (key === 'password') setPasswordOpen(true);
      else if (key === 'signOut') signOut.mutate();
      else if (key.startsWith('lang:')) void setLanguage(key.slice(5) as Language);
    },
  };

  return (
    <Layout style={{ minHeight: '100vh' }} data-testid="staff-layout">
      <Layout.Sider
        className="staff-sider"
        collapsible
        collapsed={collapsed}
        trigger={null}
        width={220}
        style={{ position: 'sticky', top: 0, height: '100vh', overflow: 'auto' }}
      >
        <Link to="/admin">
          <Brand compact={collapsed} subtitle={t('app.console')} />
        </Link>
        <Menu
          theme="dark"
          mode="inline"
          selectedKeys={[activeKey]}
          defaultOpenKeys={activeGroup ? [`group:${activeGroup}`] : []}
          items={menuItems}
          data-testid="staff-menu"
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header className="staff-header" style={{ padding: '0 24px 0 8px' }}>
          <Button
            type="text"
            aria-label="toggle menu"
            icon={collapsed ? <MenuUnfoldOutlined /> : <MenuFoldOutlined />}
            onClick={toggle}
          />
          <div className="staff-header-right">
            <Dropdown menu={userMenu} trigger={['click']} placement="bottomRight">
              <span className="staff-user" data-testid="user-menu">
                <Avatar size="small" style={{ background: '#1f5fd1' }}>
                  {me.name.slice(0, 1)}
                </Avatar>
                <span>{me.name}</span>
                {me.roles[0] ? <Tag style={{ marginInlineEnd: 0 }}>{me.roles[0].name}</Tag> : null}
                <DownOutlined style={{ fontSize: 10 }} />
              </span>
            </Dropdown>
          </div>
        </Layout.Header>
        <Layout.Content className="staff-content">
          <Suspense fallback={<FullPageSpin />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
      <ChangePasswordModal open={passwordOpen} onClose={() => setPasswordOpen(false)} />
      <LiveEvents side="staff" />
    </Layout>
  );
}
