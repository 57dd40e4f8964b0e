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

type RequestBody<P extends keyof paths, M extends 'post' | 'patch' | 'put'> =
  NonNullable<paths[P][M] extends { requestBody?: infer R } ? R : never> extends {
    content: { 'application/json': infer B };
  }
    ? B
    : never;

/** Catalog and pricing (staff view: base prices). */
export type Brand = Json<'/api/brands', 'get', 200>['items'][number];
export type ProductRow = Json<'/api/products', 'get', 200>['items'][number];
export type ProductDetail = Json<'/api/products/{id}', 'get', 200>;
export type ProductSku = ProductDetail['skus'][number];
export type ProductImage = ProductDetail['images'][number];
export type ProductBody = RequestBody<'/api/products', 'post'>;
export type ProductSkuBody = ProductBody['skus'][number];
export type CustomerLevel = Json<'/api/customer-levels', 'get', 200>['items'][number];
export type LevelPrice = Json<'/api/level-prices', 'get', 200>['items'][number];
export type CustomerPrice = Json<'/api/customers/{id}/prices', 'get', 200>['items'][number];
export type QuantityBreak = Json<'/api/skus/{id}/quantity-breaks', 'get', 200>['items'][number];
export type PriceExplanation = Json<'/api/pricing/explain', 'get', 200>;
export type ImportJob = Json<'/api/imports/{id}', 'get', 200>;

/** Customer records beyond the company itself. */
export type CustomerAddress = Json<'/api/customers/{id}/addresses', 'get', 200>['items'][number];
export type CustomerHistoryEntry = Json<'/api/customers/{id}/history', 'get', 200>['items'][number];
export type CustomerAccount = Json<'/api/customers/{id}/users', 'get', 200>['items'][number];
export type CustomerUpdate = RequestBody<'/api/customers/{id}', 'patch'>;
export type CustomerBatchBody = RequestBody<'/api/customers/batch', 'post'>;
