import { describe, expect, it } from 'vitest';
import { activeStaffMenuKey, visibleStaffMenu } from './staff-menu.ts';

const keys = (permissions: string[]) => visibleStaffMenu(permissions).map((entry) => entry.key);

describe('staff menu', () => {
  it('always shows the workbench', () => {
    expect(keys([])).toEqual(['workbench']);
  });

  it('shows an entry only with its view permission', () => {
    expect(keys(['customers:view', 'orders:view'])).toEqual(['workbench', 'orders', 'customers']);
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
    ).toEqual(['workbench', 'orders', 'products', 'catalog', 'pricing', 'customers', 'users', 'roles', 'audit']);
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
    expect(activeStaffMenuKey('/admin/unknown')).toBe('workbench');
  });
});
