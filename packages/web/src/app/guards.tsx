import { Button, Result } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import type { Me } from '../api/types.ts';
import { FullPageSpin } from '../components/full-page-spin.tsx';
import { homeFor, useMe } from './auth.ts';

/**
 * Renders its children only for a signed-in user of the given kind: nobody → /login?next=…,
 * a staff user opening the portal → /admin, a customer opening the console → /portal.
 */
export function RequireUser({ kind, children }: { kind: Me['kind']; children: ReactNode }) {
  const me = useMe();
  const location = useLocation();
  const { t } = useTranslation();
  if (me.isPending) return <FullPageSpin />;
  if (me.isError) {
    return (
      <Result
        status="warning"
        title={t('common.loadFailed')}
        extra={<Button onClick={() => void me.refetch()}>{t('common.retry')}</Button>}
      />
    );
  }
  if (!me.data) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/login?next=${encodeURIComponent(next)}`} replace />;
  }
  if (me.data.kind !== kind) return <Navigate to={homeFor(me.data)} replace />;
  return children;
}

/** `/`: the user's home, or sign-in. */
export function HomeRedirect() {
  const me = useMe();
  if (me.isPending) return <FullPageSpin />;
  return <Navigate to={me.data ? homeFor(me.data) : '/login'} replace />;
}
