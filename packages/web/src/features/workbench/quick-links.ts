/** Shortcuts on the workbench; each needs a permission, so every role sees what it can open. */
export interface QuickLink {
  key:
    | 'orders'
    | 'createOrder'
    | 'receive'
    | 'stocktake'
    | 'customers'
    | 'createCustomer'
    | 'users'
    | 'roles'
    | 'audit'
    | 'signIns';
  path: string;
  permission: string;
}

export const quickLinks: QuickLink[] = [
  { key: 'orders', path: '/admin/orders', permission: 'orders:view' },
  { key: 'createOrder', path: '/admin/orders/new', permission: 'orders:create' },
  { key: 'receive', path: '/admin/inventory/receipts', permission: 'inventory:edit' },
  { key: 'stocktake', path: '/admin/inventory/stocktakes', permission: 'inventory:edit' },
  { key: 'customers', path: '/admin/customers', permission: 'customers:view' },
  { key: 'createCustomer', path: '/admin/customers?create=1', permission: 'customers:create' },
  { key: 'users', path: '/admin/users', permission: 'users:view' },
  { key: 'roles', path: '/admin/roles', permission: 'roles:view' },
  { key: 'audit', path: '/admin/audit', permission: 'audit:view' },
  { key: 'signIns', path: '/admin/audit?action=auth.', permission: 'audit:view' },
];

export const visibleQuickLinks = (permissions: readonly string[]): QuickLink[] =>
  quickLinks.filter((link) => permissions.includes(link.permission));
