import {
  AppstoreOutlined,
  HomeOutlined,
  ProfileOutlined,
  ShoppingCartOutlined,
  ShoppingOutlined,
  UserOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { Brand } from '../../components/brand.tsx';
import { FullPageSpin } from '../../components/full-page-spin.tsx';
import { CartBadge } from '../../features/cart/cart-badge.tsx';
import { LiveEvents } from '../../features/live/use-live-events.tsx';
import { can, useMe } from '../auth.ts';

interface Tab {
  key: 'home' | 'categories' | 'products' | 'cart' | 'myOrders' | 'me';
  /** Also active on the pages below it (a product's detail under 商品). */
  nested?: boolean;
  /** Pages reached from it that live elsewhere (我的账单 from 我的). */
  also?: string[];
  path: string;
  icon: ReactNode;
}

const tabs: Tab[] = [
  { key: 'home', path: '/portal', icon: <HomeOutlined /> },
  { key: 'categories', path: '/portal/categories', icon: <AppstoreOutlined /> },
  { key: 'products', path: '/portal/products', icon: <ShoppingOutlined />, nested: true },
  { key: 'cart', path: '/portal/cart', icon: <ShoppingCartOutlined /> },
  { key: 'myOrders', path: '/portal/orders', icon: <ProfileOutlined />, nested: true },
  {
    key: 'me',
    path: '/portal/me',
    icon: <UserOutlined />,
    nested: true,
    also: ['/portal/bills', '/portal/account', '/portal/statements'],
  },
];

/** Whether a tab shows as the current one: its own page (or below it), or one of the pages it leads to. */
export function tabActive(tab: Pick<Tab, 'also'>, pathname: string, isActive: boolean): boolean {
  return isActive || (tab.also ?? []).some((p) => pathname === p || pathname.startsWith(`${p}/`));
}

/** 订货端: a top bar on desktop; under 768 px a fixed bottom tab bar (CSS decides which shows). */
export function PortalLayout() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const { pathname } = useLocation();
  const navClass =
    (tab: Tab) =>
    ({ isActive }: { isActive: boolean }) =>
      tabActive(tab, pathname, isActive) ? 'active' : undefined;
  // A viewer (查看者) may not order: no cart for it.
  const shown = tabs.filter((tab) => tab.key !== 'cart' || can(me, 'orders:create'));
  return (
    <div className="portal" data-testid="portal-layout">
      <header className="portal-topbar">
        <Link to="/portal" style={{ color: 'inherit' }}>
          <Brand subtitle={t('app.portal')} />
        </Link>
        <nav className="portal-topnav" data-testid="portal-topnav">
          {shown.map((tab) => (
            <NavLink key={tab.key} to={tab.path} end={!tab.nested} className={navClass(tab)}>
              {tab.key === 'cart' ? <CartBadge>{t(`nav.${tab.key}`)}</CartBadge> : t(`nav.${tab.key}`)}
            </NavLink>
          ))}
        </nav>
        <span className="portal-topbar-user">
          {me?.customerName ? `${me.customerName} · ` : ''}
          {me?.name}
        </span>
      </header>
      <main className="portal-main">
        <Suspense fallback={<FullPageSpin />}>
          <Outlet />
        </Suspense>
      </main>
      <LiveEvents side="customer" />
      <nav className="portal-tabbar" data-testid="portal-tabbar">
        {shown.map((tab) => (
          <NavLink
            key={tab.key}
            to={tab.path}
            end={!tab.nested}
            className={navClass(tab)}
            data-testid={`portal-tab-${tab.key}`}
          >
            {tab.key === 'cart' ? <CartBadge>{tab.icon}</CartBadge> : tab.icon}
            <span>{t(`nav.${tab.key}`)}</span>
          </NavLink>
        ))}
      </nav>
    </div>
  );
}
