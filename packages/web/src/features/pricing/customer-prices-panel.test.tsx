import { render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Providers } from '../../app/providers.tsx';
import { createQueryClient } from '../../app/query-client.ts';
import { CustomerPricesPanel } from './customer-prices-panel.tsx';

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

const me = (permissions: string[]) => ({
  id: 2,
  username: 'manager',
  name: '王经理',
  kind: 'staff',
  roles: [{ code: 'sales_manager', name: '销售经理' }],
  permissions,
  dataScope: 'all',
});

const price = {
  id: 7,
  skuId: 3,
  skuCode: 'KKL-500',
  productName: '可口可乐',
  skuName: '500ml',
  unitId: null,
  unitName: '瓶',
  price: 215,
  basePrice: 240,
  startsAt: null,
  endsAt: null,
  note: '年框协议',
};

function stubServer(permissions: string[]) {
  const calls: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (request: Request) => {
      const url = new URL(request.url);
      calls.push(`${request.method} ${url.pathname}${url.search}`);
      if (url.pathname === '/api/auth/me') return json(200, { user: me(permissions) });
      if (url.pathname === '/api/customers/12/prices') return json(200, { items: [price], total: 1 });
      return json(404, { error: { code: 'NOT_FOUND', message: 'not found' } });
    }),
  );
  return calls;
}

// The first render loads antd's Table; give it time when the whole suite runs in parallel.
const slow = { timeout: 10_000 };

const renderPanel = () =>
  render(
    <Providers client={createQueryClient()}>
      <CustomerPricesPanel customerId={12} />
    </Providers>,
  );

// antd's Table measures itself; jsdom has no ResizeObserver.
beforeEach(() =>
  vi.stubGlobal(
    'ResizeObserver',
    class {
      observe() {}
      unobserve() {}
      disconnect() {}
    },
  ),
);
afterEach(() => vi.unstubAllGlobals());

describe('CustomerPricesPanel', () => {
  it("lists the customer's prices in yuan next to the base price, with edit actions for prices:edit", async () => {
    const calls = stubServer(['prices:view', 'prices:edit']);
    renderPanel();
    const table = await screen.findByTestId('customer-prices-table', {}, slow);
    const row = await within(table).findByText('可口可乐', {}, slow);
    expect(row).toBeTruthy();
    expect(within(table).getByText('¥2.15')).toBeTruthy();
    expect(within(table).getByText('¥2.40')).toBeTruthy();
    expect(within(table).getByText('年框协议')).toBeTruthy();
    expect(screen.getByTestId('customer-price-add')).toBeTruthy();
    expect(screen.getByTestId('customer-price-edit-7')).toBeTruthy();
    expect(calls).toContain('GET /api/customers/12/prices?page=1&pageSize=10');
  }, 20_000);

  it('is read-only without prices:edit and hidden without prices:view', async () => {
    stubServer(['prices:view']);
    const { unmount } = renderPanel();
    await screen.findByText('可口可乐', {}, slow);
    expect(screen.queryByTestId('customer-price-add')).toBeNull();
    expect(screen.queryByTestId('customer-price-edit-7')).toBeNull();
    unmount();
    const calls = stubServer(['customers:view']);
    renderPanel();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByTestId('customer-prices-panel')).toBeNull();
    expect(calls.some((call) => call.includes('/prices'))).toBe(false);
  }, 20_000);
});
