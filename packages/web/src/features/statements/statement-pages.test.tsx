import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Providers } from '../../app/providers.tsx';
import { createQueryClient } from '../../app/query-client.ts';
import { PortalStatementPage } from './portal-statement-page.tsx';
import { lastEndedMonth } from './statement-month.ts';
import { StatementPage } from './statement-page.tsx';
import type { Statement } from './statements-api.ts';
import { StatementsOverviewPage } from './statements-overview-page.tsx';

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

const buyer = {
  id: 7,
  username: 'buyer',
  name: '刘采购',
  kind: 'customer',
  customerId: 1,
  customerName: '西湖人家餐厅',
  roles: [{ code: 'buyer', name: '采购员' }],
  permissions: ['statements:view', 'statements:confirm'],
  dataScope: 'own',
};
const finance = {
  id: 3,
  username: 'finance',
  name: '陈会计',
  kind: 'staff',
  roles: [{ code: 'finance', name: '财务' }],
  permissions: ['statements:view', 'payments:view', 'payments:confirm', 'customers:view'],
  dataScope: 'all',
};

// A return credited more than was still owed: the month ends with the supplier owing ¥50.00.
const november: Statement = {
  customerId: 1,
  customerName: '西湖人家餐厅',
  customerCode: 'C00001',
  month: '2026-11',
  from: '2026-10-31T16:00:00.000Z',
  to: '2026-11-30T16:00:00.000Z',
  ended: true,
  openingBalance: 10000,
  closingBalance: -5000,
  totals: { order: 0, cancel: 0, return: -20000, payment: 0, refund: 5000, adjustment: 0 },
  lines: [
    {
      // 23:30 UTC on 4 Nov is 07:30 on the 5th in Shanghai.
      at: '2026-11-04T23:30:00.000Z',
      kind: 'return',
      reference: 'SO20261101-00003',
      orderNumber: 'SO20261101-00003',
      description: '退货冲减',
      method: null,
      amount: -20000,
      balance: -10000,
    },
    {
      at: '2026-11-06T02:00:00.000Z',
      kind: 'refund',
      reference: 'RF20261106000001',
      orderNumber: 'SO20261101-00003',
      description: '退款 · 预存款',
      method: null,
      amount: 5000,
      balance: -5000,
    },
  ],
  orders: [],
  payments: [],
  refunds: [
    {
      id: 4,
      number: 'RF20261106000001',
      orderNumber: 'SO20261101-00003',
      method: 'wallet',
      amount: 5000,
      status: 'succeeded',
      createdAt: '2026-11-06T02:00:00.000Z',
    },
  ],
  wallet: { opening: 0, closing: 5000, topUps: 0, payments: 0, refunds: 5000, adjustments: 0 },
  response: null,
  canRespond: true,
};

const disputed = (statement: Statement, comment: string, reply: string | null = null): Statement => ({
  ...statement,
  response: {
    status: 'disputed',
    comment,
    openingBalance: statement.openingBalance,
    closingBalance: statement.closingBalance,
    respondedByName: '刘采购',
    respondedAt: '2026-12-01T02:00:00.000Z',
    reply,
    repliedByName: reply ? '陈会计' : null,
    repliedAt: reply ? '2026-12-01T03:00:00.000Z' : null,
  },
});

type Call = { method: string; path: string; search: string; body?: unknown };

function stubServer(user: object, answer: (call: Call) => Response | undefined) {
  const calls: Call[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (request: Request) => {
      const url = new URL(request.url, 'http://localhost');
      const text = request.method === 'GET' ? '' : await request.text();
      const call: Call = {
        method: request.method,
        path: url.pathname,
        search: url.search,
        body: text ? JSON.parse(text) : undefined,
      };
      calls.push(call);
      if (url.pathname === '/api/auth/me') return json(200, { user });
      return answer(call) ?? json(404, { error: { code: 'NOT_FOUND', message: 'not found' } });
    }),
  );
  return calls;
}

function renderAt(path: string) {
  const router = createMemoryRouter(
    [
      { path: '/portal/statements/:month', element: <PortalStatementPage /> },
      { path: '/admin/statements', element: <StatementsOverviewPage /> },
      { path: '/admin/customers/:id/statements/:month', element: <StatementPage /> },
    ],
    { initialEntries: [path] },
  );
  render(
    <Providers client={createQueryClient()}>
      <RouterProvider router={router} />
    </Providers>,
  );
  return router;
}

const slow = { timeout: 10_000 };

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

describe('the portal statement', () => {
  it('says what the supplier owes, lists the lines in Shanghai time, and disputes with a comment', async () => {
    const calls = stubServer(buyer, (call) => {
      if (call.path === '/api/customers/1/statements/2026-11' && call.method === 'GET') return json(200, november);
      if (call.path === '/api/customers/1/statements/2026-11/dispute') {
        return json(200, { ...disputed(november, (call.body as { comment: string }).comment), canRespond: true });
      }
      return undefined;
    });
    renderAt('/portal/statements/2026-11');
    const closing = await screen.findByTestId('statement-closing', {}, slow);
    expect(closing.textContent).toBe('供应商应退 ¥50.00');
    expect(screen.getByTestId('totals-opening').textContent).toBe('¥100.00');
    expect(screen.getByTestId('totals-return').textContent).toBe('-¥200.00');
    expect(screen.getByTestId('totals-refund').textContent).toBe('+¥50.00');
    // Months with nothing of a kind leave it out; orders and payments always show.
    expect(screen.queryByTestId('totals-cancel')).toBeNull();
    expect(screen.getByTestId('totals-order').textContent).toBe('¥0.00');
    const lines = screen.getAllByTestId('statement-line');
    expect(lines).toHaveLength(2);
    expect(lines[0].textContent).toContain('退货冲减');
    expect(lines[0].textContent).toContain('11-05 07:30');
    expect(lines[0].textContent).toContain('余额 供应商应退 ¥100.00');
    expect(lines[1].textContent).toContain('预存款 · 订单 SO20261101-00003');
    expect(screen.getByTestId('statement-pdf').getAttribute('href')).toBe('/api/customers/1/statements/2026-11/pdf');

    fireEvent.click(screen.getByTestId('statement-dispute'));
    fireEvent.click(await screen.findByTestId('statement-dispute-submit'));
    expect(await screen.findByText('请说明异议', {}, slow)).toBeTruthy();
    expect(calls.some((c) => c.path.endsWith('/dispute'))).toBe(false);

    fireEvent.change(screen.getByTestId('statement-dispute-input'), { target: { value: '退货只退了一箱' } });
    fireEvent.click(screen.getByTestId('statement-dispute-submit'));
    const answer = await screen.findByTestId('statement-answer', {}, slow);
    expect(calls.find((c) => c.path.endsWith('/dispute'))?.body).toEqual({ comment: '退货只退了一箱' });
    expect(answer.getAttribute('data-status')).toBe('disputed');
    expect(within(answer).getByTestId('statement-answer-comment').textContent).toBe('退货只退了一箱');
    expect(answer.textContent).toContain('财务正在核对');
    // Still disputed: the buyer may change the dispute or confirm after all.
    expect(screen.getByTestId('statement-dispute').textContent).toContain('修改异议');
  });

  it('confirms after a last look at the closing figure', async () => {
    const calls = stubServer(buyer, (call) => {
      if (call.path === '/api/customers/1/statements/2026-11' && call.method === 'GET') return json(200, november);
      if (call.path === '/api/customers/1/statements/2026-11/confirm') {
        return json(200, {
          ...november,
          canRespond: false,
          response: { ...disputed(november, '').response, status: 'confirmed' },
        });
      }
      return undefined;
    });
    renderAt('/portal/statements/2026-11');
    fireEvent.click(await screen.findByTestId('statement-confirm', {}, slow));
    expect(await screen.findAllByText('确认 2026年11月 对账单无误？', {}, slow)).not.toHaveLength(0);
    expect(screen.getAllByText('供应商应退您 ¥50.00，确认后不能再提出异议。')).not.toHaveLength(0);
    fireEvent.click(screen.getByTestId('statement-confirm-ok'));
    await waitFor(() => expect(calls.some((c) => c.path.endsWith('/confirm'))).toBe(true));
    const answer = await screen.findByTestId('statement-answer', {}, slow);
    expect(answer.getAttribute('data-status')).toBe('confirmed');
    await waitFor(() => expect(screen.queryByTestId('statement-respond')).toBeNull());
  }, 15_000);
});

describe('the console', () => {
  it('opens the overview on last month and filters by the customer’s answer', async () => {
    const month = lastEndedMonth();
    const calls = stubServer(finance, (call) => {
      if (call.path === '/api/statements') {
        return json(200, {
          month,
          items: [
            {
              customerId: 1,
              customerName: '西湖人家餐厅',
              customerCode: 'C00001',
              openingBalance: 10000,
              closingBalance: -5000,
              lineCount: 2,
              status: 'disputed',
              comment: '退货只退了一箱',
              reply: null,
            },
          ],
        });
      }
      return undefined;
    });
    const router = renderAt('/admin/statements');
    const table = await screen.findByTestId('statements-table', {}, slow);
    expect(await within(table).findByText('西湖人家餐厅', {}, slow)).toBeTruthy();
    expect(within(table).getByTestId('overview-closing').textContent).toBe('供应商应退 ¥50.00');
    expect(within(table).getByText('有异议')).toBeTruthy();
    expect(calls.find((c) => c.path === '/api/statements')?.search).toBe(`?month=${month}`);

    fireEvent.click(screen.getByTestId('statements-filter-disputed'));
    await waitFor(() => expect(router.state.location.search).toBe(`?month=${month}&status=disputed`));
    await waitFor(() => expect(calls.some((c) => c.search === `?month=${month}&status=disputed`)).toBe(true));

    fireEvent.click(within(table).getByText('西湖人家餐厅').closest('tr') as HTMLElement);
    await waitFor(() => expect(router.state.location.pathname).toBe(`/admin/customers/1/statements/${month}`));
  });

  it('the statement: running balance with opening and closing rows, documents, and finance’s reply', async () => {
    const withDispute = disputed(november, '退货只退了一箱');
    const calls = stubServer(finance, (call) => {
      if (call.path === '/api/customers/1/statements/2026-11' && call.method === 'GET') {
        return json(200, { ...withDispute, canRespond: false });
      }
      if (call.path === '/api/customers/1/statements/2026-11/reply') {
        return json(200, { ...disputed(november, '退货只退了一箱', (call.body as { reply: string }).reply) });
      }
      return undefined;
    });
    renderAt('/admin/customers/1/statements/2026-11');
    const lines = await screen.findByTestId('statement-lines', {}, slow);
    const rows = lines.querySelectorAll('tbody tr.ant-table-row');
    expect(rows).toHaveLength(4);
    expect(rows[0].textContent).toBe('期初余额¥100.00');
    expect(rows[1].textContent).toContain('2026-11-05 07:30');
    expect(rows[1].textContent).toContain('-¥200.00');
    expect(rows[3].textContent).toBe('期末余额供应商应退 ¥50.00');
    expect(screen.getByTestId('statement-change').textContent).toBe('-¥150.00');
    expect(screen.getByTestId('statement-pdf').getAttribute('href')).toBe('/api/customers/1/statements/2026-11/pdf');
    expect(screen.getByTestId('statement-xlsx').getAttribute('href')).toBe('/api/customers/1/statements/2026-11/xlsx');
    expect(screen.getByTestId('statement-answer-card').textContent).toContain('退货只退了一箱');

    fireEvent.change(screen.getByTestId('statement-reply-input'), { target: { value: '第二箱已补退' } });
    fireEvent.click(screen.getByTestId('statement-reply-submit'));
    const reply = await screen.findByTestId('statement-reply', {}, slow);
    expect(calls.find((c) => c.path.endsWith('/reply'))?.body).toEqual({ reply: '第二箱已补退' });
    expect(reply.textContent).toContain('第二箱已补退');
    expect(reply.textContent).toContain('陈会计');
    expect(await screen.findByTestId('statement-reply-edit', {}, slow)).toBeTruthy();
  });
});
