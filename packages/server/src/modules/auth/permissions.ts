/**
 * Every permission the product knows, as `resource:action`. Roles are sets of these, stored in the
 * database; a route names the one it needs. Customer users hold the same strings, always scoped to
 * their own company.
 */
export const permissionCatalog = {
  users: ['view', 'create', 'edit'],
  roles: ['view', 'edit'],
  audit: ['view'],
  customers: ['view', 'create', 'edit', 'delete', 'export'],
  products: ['view', 'create', 'edit', 'delete', 'export'],
  prices: ['view', 'edit'],
  inventory: ['view', 'edit'],
  orders: ['view', 'create', 'edit', 'approve', 'ship', 'cancel', 'export'],
  payments: ['view', 'create', 'confirm'],
  statements: ['view', 'confirm'],
  reports: ['view', 'export'],
  settings: ['edit'],
} as const;

type Catalog = typeof permissionCatalog;
export type Permission = { [R in keyof Catalog]: `${R}:${Catalog[R][number]}` }[keyof Catalog];

export const allPermissions: Permission[] = Object.entries(permissionCatalog).flatMap(([resource, actions]) =>
  actions.map((action) => `${resource}:${action}` as Permission),
);

const known = new Set<string>(allPermissions);
export const isPermission = (value: string): value is Permission => known.has(value);

/** Permissions a customer-side role may hold; anything else is staff-only. */
export const customerAssignable: Permission[] = [
  'products:view',
  'orders:view',
  'orders:create',
  'orders:approve',
  'orders:cancel',
  'payments:view',
  'payments:create',
  'statements:view',
  'statements:confirm',
];

export interface BuiltinRole {
  code: string;
  name: string;
  kind: 'staff' | 'customer';
  dataScope: 'all' | 'own';
  description: string;
  permissions: Permission[];
}

const salesBase: Permission[] = [
  'customers:view',
  'customers:create',
  'customers:edit',
  'products:view',
  'prices:view',
  'inventory:view',
  'orders:view',
  'orders:create',
  'orders:edit',
  'orders:cancel',
  'payments:view',
  'statements:view',
];

export const builtinRoles: BuiltinRole[] = [
  {
    code: 'admin',
    name: '管理员',
    kind: 'staff',
    dataScope: 'all',
    description: '全部权限',
    permissions: allPermissions,
  },
  {
    code: 'sales_manager',
    name: '销售经理',
    kind: 'staff',
    dataScope: 'all',
    description: '管理全部客户、价格与订单审核',
    permissions: [...salesBase, 'customers:export', 'prices:edit', 'orders:approve', 'orders:export', 'reports:view'],
  },
  {
    code: 'salesperson',
    name: '业务员',
    kind: 'staff',
    dataScope: 'own',
    description: '只看自己负责的客户，可代客下单',
    permissions: salesBase,
  },
  {
    code: 'warehouse',
    name: '仓库管理员',
    kind: 'staff',
    dataScope: 'all',
    description: '库存、拣货与发货',
    permissions: ['products:view', 'inventory:view', 'inventory:edit', 'orders:view', 'orders:ship'],
  },
  {
    code: 'finance',
    name: '财务',
    kind: 'staff',
    dataScope: 'all',
    description: '收款、对账与信用',
    permissions: [
      'customers:view',
      'customers:edit',
      'orders:view',
      'orders:approve',
      'orders:export',
      'payments:view',
      'payments:create',
      'payments:confirm',
      'statements:view',
      'reports:view',
      'reports:export',
    ],
  },
  {
    code: 'buyer',
    name: '采购员',
    kind: 'customer',
    dataScope: 'own',
    description: '浏览商品、下单、付款',
    permissions: [
      'products:view',
      'orders:view',
      'orders:create',
      'orders:cancel',
      'payments:view',
      'payments:create',
      'statements:view',
      'statements:confirm',
    ],
  },
  {
    code: 'approver',
    name: '采购经理',
    kind: 'customer',
    dataScope: 'own',
    description: '采购员的权限，并审批超额订单',
    permissions: [
      'products:view',
      'orders:view',
      'orders:create',
      'orders:approve',
      'orders:cancel',
      'payments:view',
      'payments:create',
      'statements:view',
      'statements:confirm',
    ],
  },
  {
    code: 'viewer',
    name: '查看者',
    kind: 'customer',
    dataScope: 'own',
    description: '只能查看商品、订单与对账单',
    permissions: ['products:view', 'orders:view', 'payments:view', 'statements:view'],
  },
];

export const customerRoleCodes = ['buyer', 'approver', 'viewer'] as const;
export type CustomerRoleCode = (typeof customerRoleCodes)[number];
