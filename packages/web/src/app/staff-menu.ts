/** Entries of the console's side menu; an entry shows only when the user holds its permission. */
export interface StaffMenuEntry {
  key: 'workbench' | 'orders' | 'products' | 'catalog' | 'pricing' | 'customers' | 'users' | 'roles' | 'audit';
  path: string;
  permission?: string;
}

export const staffMenu: StaffMenuEntry[] = [
  { key: 'workbench', path: '/admin' },
  { key: 'orders', path: '/admin/orders', permission: 'orders:view' },
  { key: 'products', path: '/admin/products', permission: 'products:view' },
  { key: 'catalog', path: '/admin/categories', permission: 'products:view' },
  { key: 'pricing', path: '/admin/pricing', permission: 'prices:view' },
  { key: 'customers', path: '/admin/customers', permission: 'customers:view' },
  { key: 'users', path: '/admin/users', permission: 'users:view' },
  { key: 'roles', path: '/admin/roles', permission: 'roles:view' },
  { key: 'audit', path: '/admin/audit', permission: 'audit:view' },
];

export function visibleStaffMenu(permissions: readonly string[]): StaffMenuEntry[] {
  return staffMenu.filter((entry) => !entry.permission || permissions.includes(entry.permission));
}

/** The menu entry a console path belongs to (the longest matching prefix). */
export function activeStaffMenuKey(pathname: string): StaffMenuEntry['key'] {
  const match = staffMenu
    .filter((entry) => entry.path !== '/admin' && (pathname === entry.path || pathname.startsWith(`${entry.path}/`)))
    .sort((a, b) => b.path.length - a.path.length)[0];
  return match?.key ?? 'workbench';
}
