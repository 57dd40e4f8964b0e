import type { paths } from './schema';

type Json<P extends keyof paths, M extends 'get' | 'post' | 'patch', S extends number> = paths[P][M] extends {
  responses: { [K in S]: { content: { 'application/json': infer B } } };
}
  ? B
  : never;

/** Response shapes the pages share, named after what they hold. */
export type Me = Json<'/api/auth/me', 'get', 200>['user'];
export type UserRow = Json<'/api/users', 'get', 200>['items'][number];
export type Role = Json<'/api/roles', 'get', 200>['items'][number];
export type AuditEntry = Json<'/api/audit-log', 'get', 200>['items'][number];
export type Customer = Json<'/api/customers/{id}', 'get', 200>;
export type Category = Json<'/api/categories', 'get', 200>['items'][number];
export type Workbench = Json<'/api/workbench', 'get', 200>;
export type PermissionGroups = Json<'/api/auth/permissions', 'get', 200>;
export type CustomerUserRole = NonNullable<
  paths['/api/customers/{id}/users']['post']['requestBody']
>['content']['application/json']['role'];
