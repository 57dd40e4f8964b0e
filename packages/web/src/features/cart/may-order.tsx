import type { ReactNode } from 'react';
import { can, useMe } from '../../app/auth.ts';
import { Forbidden } from '../../components/forbidden.tsx';

/** The ordering pages are for users who may order; a viewer (查看者) gets 403, not an empty cart. */
export function MayOrder({ children }: { children: ReactNode }) {
  const { data: me } = useMe();
  if (!me) return null;
  return can(me, 'orders:create') ? children : <Forbidden />;
}

/** Whether the signed-in user may order (put things into the cart, order again, confirm receipt). */
export function useMayOrder(): boolean {
  const { data: me } = useMe();
  return can(me, 'orders:create');
}
