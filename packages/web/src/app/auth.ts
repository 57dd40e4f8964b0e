import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { api, isUnauthenticated, unwrap } from '../api/client.ts';
import type { Me } from '../api/types.ts';

export const meQueryKey = ['auth', 'me'] as const;

/** The signed-in user, fetched once; `null` when nobody is signed in. */
export function useMe() {
  return useQuery<Me | null>({
    queryKey: meQueryKey,
    queryFn: async () => {
      try {
        return (await unwrap(api.GET('/api/auth/me'))).user;
      } catch (error) {
        if (isUnauthenticated(error)) return null;
        throw error;
      }
    },
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** Where a user lands after sign-in: the console for staff, the portal for customers. */
export const homeFor = (user: Pick<Me, 'kind'>): string => (user.kind === 'staff' ? '/admin' : '/portal');

/** A `?next=` target is honoured only when it is a path on this site that suits the user's kind. */
export function safeNext(next: string | null, user: Pick<Me, 'kind'>): string {
  if (!next?.startsWith('/') || next.startsWith('//')) return homeFor(user);
  const area = user.kind === 'staff' ? '/admin' : '/portal';
  return next === area || next.startsWith(`${area}/`) || next.startsWith(`${area}?`) ? next : homeFor(user);
}

export const can = (user: Pick<Me, 'permissions'> | null | undefined, permission: string): boolean =>
  !!user?.permissions.includes(permission);

/** Signs out, forgets every cached answer and goes to the sign-in page. */
export function useSignOut() {
  const client = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/auth/logout')),
    onSettled: () => {
      client.clear();
      client.setQueryData(meQueryKey, null);
      navigate('/login', { replace: true });
    },
  });
}
