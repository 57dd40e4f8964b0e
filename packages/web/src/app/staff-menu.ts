/** Entries of the console's side menu; an entry shows only when the user holds its permission. */
export interface StaffMenuEntry {
  key:
    | 'workbench'
    | 'orders'
    | 'returns'
    | 'products'
    | 'catalog'
    | 'pricing'
    | 'customers'
    | 'users'
    | 'roles'
    | 'audit'
    | InventoryMenuKey
    | FinanceMenuKey;
  path: string;
  permission?: string;
  /** Entries of a group show together as one submenu. */
  group?: StaffMenuGroup;
}

export type StaffMenuGroup = 'inventory' | 'finance';
type InventoryMenuKey =
  | 'inventoryLevels'
  | 'inventoryMovements'
  | 'inventoryReceipts'
  | 'inventoryTransfers'
  | 'inventoryStocktakes'
  | 'inventoryBatches'
  | 'warehouses';
type FinanceMenuKey =
  | 'financeWorkbench'
  | 'payments'
  | 'receivables'
  | 'refunds'
  | 'statements'
  | 'reconciliation'
  | 'paymentSettings';

export const staffMenu: StaffMenuEntry[] = [
  { key: 'workbench', path: '/admin' },
  { key: 'orders', path: '/admin/orders', permission: 'orders:view' },
  { key: 'returns', path: '/admin/returns', permission: 'orders:view' },
  { key: 'products', path: '/admin/products', permission: 'products:view' },
  { key: 'catalog', path: '/admin/categories', permission: 'products:view' },
  { key: 'pricing', path: '/admin/pricing', permission: 'prices:view' },
  { key: 'inventoryLevels', path: '/admin/inventory', permission: 'inventory:view', group: 'inventory' },
  { key: 'inventoryMovements', path: '/admin/inventory/movements', permission: 'inventory:view', group: 'inventory' },
  { key: 'inventoryReceipts', path: '/admin/inventory/receipts', permission: 'inventory:edit', group: 'inventory' },
  { key: 'inventoryTransfers', path: '/admin/inventory/transfers', permission: 'inventory:edit', group: 'inventory' },
  { key: 'inventoryStocktakes', path: '/admin/inventory/stocktakes', permission: 'inventory:view', group: 'inventory' },
  { key: 'inventoryBatches', path: '/admin/inventory/batches', permission: 'inventory:view', group: 'inventory' },
  { key: 'warehouses', path: '/admin/inventory/warehouses', permission: 'inventory:view', group: 'inventory' },
  { key: 'customers', path: '/admin/customers', permission: 'customers:view' },
  { key: 'financeWorkbench', path: '/admin/finance', permission: 'payments:view', group: 'finance' },
  { key: 'payments', path: '/admin/payments', permission: 'payments:view', group: 'finance' },
  { key: 'receivables', path: '/admin/receivables', permission: 'payments:view', group: 'finance' },
  { key: 'refunds', path: '/admin/refunds', permission: 'payments:view', group: 'finance' },
  { key: 'statements', path: '/admin/statements', permission: 'statements:view', group: 'finance' },
  { key: 'reconciliation', path: '/admin/reconciliation', permission: 'payments:confirm', group: 'finance' },
  { key: 'paymentSettings', path: '/admin/finance/settings', permission: 'payments:confirm', group: 'finance' },
  { key: 'users', path: '/admin/users', permission: 'users:view' },
  { key: 'roles', path: '/admin/roles', permission: 'roles:view' },
  { key: 'audit', path: '/admin/audit', permission: 'audit:view' },
];

export function visibleStaffMenu(permissions: readonly string[]): StaffMenuEntry[] {
  return staffMenu.filter((entry) => !entry.permission || permissions.includes(entry.permission));
}

export type StaffMenuItem = StaffMenuEntry | { group: StaffMenuGroup; entries: StaffMenuEntry[] };

/** The entries in menu order, those of a group gathered into one item where its first entry stands. */
export function groupStaffMenu(entries: StaffMenuEntry[]): StaffMenuItem[] {
  const items: StaffMenuItem[] = [];
  const groups = new Map<StaffMenuGroup, StaffMenuEntry[]>();
  for (const entry of entries) {
    if (!entry.group) {
      items.push(entry);
      continue;
    }
    const members = groups.get(entry.group);
    if (members) members.push(entry);
    else {
      groups.set(entry.group, [entry]);
      items.push({ group: entry.group, entries: groups.get(entry.group)! });
    }
  }
  return items;
}

/** The menu entry a console path belongs to (the longest matching prefix). */
export function activeStaffMenuKey(pathname: string): StaffMenuEntry['key'] {
  const match = staffMenu
    .filter((entry) => entry.path !== '/admin' && (pathname === entry.path || pathname.startsWith(`${entry.path}/`)))
    .sort((a, b) => b.path.length - a.path.length)[0];
  return match?.key ?? 'workbench';
}
