import { describe, expect, it } from 'vitest';
import { activeStaffMenuKey, groupStaffMenu, visibleStaffMenu } from './staff-menu.ts';

const keys = (permissions: string[]) => visibleStaffMenu(permissions).map((entry) => entry.key);

describe('staff menu', () => {
  it('always shows the workbench', () => {
    expect(keys([])).toEqual(['workbench']);
  });

  it('shows an entry only with its view permission', () => {
    expect(keys(['customers:view', 'orders:view'])).toEqual(['workbench', 'orders', 'returns', 'customers']);
    expect(keys(['orders:create'])).toEqual(['workbench']);
    expect(keys(['customers:create'])).toEqual(['workbench']);
    expect(keys(['audit:view', 'users:view'])).toEqual(['workbench', 'users', 'audit']);
  });

  it('shows products with categories & brands, and pricing, each with its own permission', () => {
    expect(keys(['products:view'])).toEqual(['workbench', 'products', 'catalog']);
    expect(keys(['prices:view'])).toEqual(['workbench', 'pricing']);
    expect(keys(['products:create', 'prices:edit'])).toEqual(['workbench']);
  });

  it('shows everything to an administrator', () => {
    expect(
      keys(['customers:view', 'users:view', 'roles:view', 'audit:view', 'products:view', 'prices:view', 'orders:view']),
    ).toEqual([
      'workbench',
      'orders',
      'returns',
      'products',
      'catalog',
      'pricing',
      'customers',
      'users',
      'roles',
      'audit',
    ]);
  });

  it('highlights the entry of the current page', () => {
    expect(activeStaffMenuKey('/admin')).toBe('workbench');
    expect(activeStaffMenuKey('/admin/users')).toBe('users');
    expect(activeStaffMenuKey('/admin/customers/12')).toBe('customers');
    expect(activeStaffMenuKey('/admin/products/new')).toBe('products');
    expect(activeStaffMenuKey('/admin/products/12')).toBe('products');
    expect(activeStaffMenuKey('/admin/categories')).toBe('catalog');
    expect(activeStaffMenuKey('/admin/pricing')).toBe('pricing');
    expect(activeStaffMenuKey('/admin/orders/42')).toBe('orders');
    expect(activeStaffMenuKey('/admin/orders/new')).toBe('orders');
    expect(activeStaffMenuKey('/admin/returns')).toBe('returns');
    expect(activeStaffMenuKey('/admin/unknown')).toBe('workbench');
  });

  it('gathers the inventory pages into one group: viewers see the lists, editors also receiving and transfers', () => {
    expect(keys(['inventory:view'])).toEqual([
      'workbench',
      'inventoryLevels',
      'inventoryMovements',
      'inventoryStocktakes',
      'inventoryBatches',
      'warehouses',
    ]);
    const items = groupStaffMenu(visibleStaffMenu(['inventory:view', 'inventory:edit', 'products:view']));
    expect(items.map((item) => ('group' in item && item.group ? item.group : (item as { key: string }).key))).toEqual([
      'workbench',
      'products',
      'catalog',
      'inventory',
    ]);
    const group = items[3] as { entries: { key: string }[] };
    expect(group.entries.map((e) => e.key)).toContain('inventoryReceipts');
    expect(activeStaffMenuKey('/admin/inventory')).toBe('inventoryLevels');
    expect(activeStaffMenuKey('/admin/inventory/stocktakes/12')).toBe('inventoryStocktakes');
    expect(activeStaffMenuKey('/admin/inventory/warehouses')).toBe('warehouses');
  });

  it('gathers the finance pages into one group after customers; settings and 自动对账 need payments:confirm', () => {
    expect(keys(['payments:view', 'statements:view'])).toEqual([
      'workbench',
      'financeWorkbench',
      'payments',
      'receivables',
      'refunds',
      'statements',
    ]);
    expect(keys(['payments:view', 'payments:confirm'])).toContain('reconciliation');
    const items = groupStaffMenu(visibleStaffMenu(['customers:view', 'payments:view', 'payments:confirm']));
    expect(items.map((item) => ('group' in item && item.group ? item.group : (item as { key: string }).key))).toEqual([
      'workbench',
      'customers',
      'finance',
    ]);
    expect((items[2] as { entries: { key: string }[] }).entries.map((e) => e.key)).toContain('paymentSettings');
    expect(activeStaffMenuKey('/admin/finance')).toBe('financeWorkbench');
    expect(activeStaffMenuKey('/admin/finance/settings')).toBe('paymentSettings');
    expect(activeStaffMenuKey('/admin/payments')).toBe('payments');
    expect(activeStaffMenuKey('/admin/receivables')).toBe('receivables');
    expect(activeStaffMenuKey('/admin/refunds')).toBe('refunds');
    expect(activeStaffMenuKey('/admin/statements')).toBe('statements');
    expect(activeStaffMenuKey('/admin/reconciliation/12')).toBe('reconciliation');
    expect(activeStaffMenuKey('/admin/customers/12/account')).toBe('customers');
  });
});
