import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.ts';
import { can, useMe } from '../../app/auth.ts';

export const rolesQueryKey = ['roles'] as const;

/** Every role (staff and customer); loaded only for users who may view roles. */
export function useRoles() {
  const { data: me } = useMe();
  return useQuery({
    queryKey: rolesQueryKey,
    queryFn: async () => (await unwrap(api.GET('/api/roles'))).items,
    enabled: can(me, 'roles:view'),
  });
}
