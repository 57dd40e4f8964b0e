import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Providers } from '../../app/providers.tsx';
import { createQueryClient } from '../../app/query-client.ts';
import { ReconciliationRunPage } from './reconciliation-run-page.tsx';
import { ReconciliationRunsPage } from './reconciliation-runs-page.tsx';

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

const finance = {
  id: 3,
  username: 'finance',
  name: '财务小李',
  kind: 'staff',
  roles: [{ code: 'finance', name: '财务' }],
  permissions: ['payments:view', 'payments:confirm'],
  dataScope: 'all',
};

const summary = {
  matched: 3,
  amount_mismatch: 1,
  only_in_statement: 2,
  only_in_system: 0,
  statementLines: 6,
  refundLines: 0,
  statementAmount: 123_450,
  systemAmount: 120_000,
  matchedAmount: 100_000,
};

const run = {
  id: 5,
  kind: 'bank',
  sourceId: 1,
  sourceName: '工商银行基本户',
  fileName: '工行.csv',
  mapping: { date: '交易日期', creditAmount: '收入金额' },
  periodFrom: '2026-12-01',
  periodTo: '2026-12-02',
  summary,
  createdByName: '财务小李',
  createdAt: '2026-12-02T02:00:00.000Z',
  confirmable: 2,
  confirmed: 0,
};

const item = {
  id: 11,
  result: 'matched',
  lineNo: 4,
  txnNo: 'B001',
  amount: 123_450,
  // 23:30 UTC is 07:30 the next morning in Shanghai.
  occurredAt: '2026-12-01T23:30:00.000Z',
  payer: '上海甲商贸有限公司',
  memo: null,
  matchedBy: 'amount_date_payer',
  confirmed: false,
  paymentId: 8,
  paymentNumber: 'PAY20261202000008',
  paymentAmount: 123_450,
  paymentStatus: 'pending',
  paymentMethod: 'offline',
  paymentTime: '2026-12-01T23:00:00.000Z',
  paymentPayerName: null,
  providerTradeNo: null,
  refundNumber: null,
  customerId: 12,
  customerName: '上海甲商贸有限公司',
};

type Call = { method: string; path: string; search: string; form?: FormData };

/** Stubs fetch at the network boundary (openapi-fetch passes a Request, uploads a URL and init). */
function stubServer(answer: (call: Call) => Response | undefined) {
  const calls: Call[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: Request | string, init?: RequestInit) => {
      const request = typeof input === 'string' ? undefined : input;
      const url = new URL(typeof input === 'string' ? input : input.url, 'http://localhost');
      const call: Call = {
        method: request?.method ?? init?.method ?? 'GET',
        path: url.pathname,
        search: url.search,
        form: init?.body instanceof FormData ? init.body : undefined,
      };
      calls.push(call);
      if (url.pathname === '/api/auth/me') return json(200, { user: finance });
      return answer(call) ?? json(404, { error: { code: 'NOT_FOUND', message: 'not found' } });
    }),
  );
  return calls;
}

function renderAt(path: string) {
  const router = createMemoryRouter(
    [
      { path: '/admin/reconciliation', element: <ReconciliationRunsPage /> },
      { path: '/admin/reconciliation/:id', element: <ReconciliationRunPage /> },
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

describe('reconciliation pages', () => {
  it('the run page: counts in the tabs, yuan and Shanghai times, another tab on click, confirm the transfers', async () => {
    const calls = stubServer((call) => {
      if (call.path === '/api/reconciliation/runs/5' && call.method === 'GET') {
        const result = new URLSearchParams(call.search).get('result');
        return json(200, {
          ...run,
          items: result === 'matched' ? [item] : [],
          itemsTotal: result === 'matched' ? 1 : 0,
        });
      }
      if (call.path === '/api/reconciliation/runs/5/confirm') return json(200, { confirmed: 2 });
      return undefined;
    });
    renderAt('/admin/reconciliation/5');
    const table = await screen.findByTestId('reconciliation-items', {}, slow);
    expect(await within(table).findByText('PAY20261202000008', {}, slow)).toBeTruthy();
    expect(within(table).getAllByText('¥1,234.50')).toHaveLength(2);
    expect(within(table).getByText('2026-12-02 07:30:00')).toBeTruthy();
    expect(within(table).getByText('按金额·日期·付款方')).toBeTruthy();
    expect(screen.getByTestId('reconciliation-tab-amount_mismatch').textContent).toBe('金额不符 1');
    expect(screen.getByTestId('reconciliation-tab-only_in_statement').textContent).toBe('仅对账单有 2');

    fireEvent.click(screen.getByTestId('reconciliation-tab-only_in_statement'));
    await waitFor(() => expect(calls.some((c) => c.search.includes('result=only_in_statement'))).toBe(true));

    const button = screen.getByTestId('reconciliation-confirm');
    expect(button.textContent).toContain('确认匹配的转账（2）');
    fireEvent.click(button);
    fireEvent.click(await screen.findByTestId('reconciliation-confirm-ok'));
    await waitFor(() => expect(calls.some((c) => c.path === '/api/reconciliation/runs/5/confirm')).toBe(true));
    expect(await screen.findByText('已确认 2 笔转账', {}, slow)).toBeTruthy();
  });

  it('the new-run flow: upload, the proposed mapping as selects over a preview, run, then the run page', async () => {
    const preview = {
      kind: 'bank',
      headers: ['交易日期', '交易时间', '收入金额', '支出金额', '对方户名', '交易流水号', '附言'],
      rows: [['20261201', '09:00:00', '12,000.00', '', '上海甲商贸有限公司', 'B001', '']],
      rowCount: 1,
      mapping: {
        date: '交易日期',
        time: '交易时间',
        creditAmount: '收入金额',
        txnNo: '交易流水号',
        payer: '对方户名',
        memo: '附言',
      },
      source: null,
      period: { from: '2026-12-01', to: '2026-12-01' },
      sources: [],
    };
    const calls = stubServer((call) => {
      if (call.path === '/api/reconciliation/runs' && call.method === 'GET')
        return json(200, { items: [run], total: 1 });
      if (call.path === '/api/reconciliation/sources') return json(200, { items: [] });
      if (call.path === '/api/reconciliation/preview') return json(200, preview);
      if (call.path === '/api/reconciliation/runs' && call.method === 'POST') return json(201, { ...run, id: 9 });
      if (call.path === '/api/reconciliation/runs/9') return json(200, { ...run, id: 9, items: [], itemsTotal: 0 });
      return undefined;
    });
    const router = renderAt('/admin/reconciliation');
    const list = await screen.findByTestId('reconciliation-runs', {}, slow);
    expect(await within(list).findByText('工商银行基本户', {}, slow)).toBeTruthy();
    expect(within(list).getByText('2026-12-01 ~ 2026-12-02')).toBeTruthy();

    fireEvent.click(screen.getByTestId('reconciliation-new'));
    const source = await screen.findByTestId('reconciliation-source', {}, slow);
    fireEvent.change(source.querySelector('input') ?? source, { target: { value: '工商银行基本户' } });
    await screen.findByTestId('reconciliation-upload');
    const input = document.querySelector('.ant-modal input[type=file]')!;
    fireEvent.change(input, { target: { files: [new File(['交易日期,收入金额'], '工行.csv', { type: 'text/csv' })] } });

    const table = await screen.findByTestId('reconciliation-preview', {}, slow);
    expect(within(table).getByText('上海甲商贸有限公司')).toBeTruthy();
    expect(screen.getByTestId('reconciliation-recognized').textContent).toContain('识别为：银行流水，共 1 行');
    const credit = screen.getByTestId('reconciliation-mapping-creditAmount').closest('.ant-select')!;
    expect(credit.textContent).toContain('收入金额');
    const previewCall = calls.find((c) => c.path === '/api/reconciliation/preview')!;
    expect(previewCall.form?.get('source')).toBe('工商银行基本户');

    fireEvent.click(screen.getByTestId('reconciliation-run'));
    await waitFor(() => expect(router.state.location.pathname).toBe('/admin/reconciliation/9'), slow);
    const posted = calls.find((c) => c.path === '/api/reconciliation/runs' && c.method === 'POST')?.form;
    if (!posted) throw new Error('no run posted');
    expect(posted.get('source')).toBe('工商银行基本户');
    expect(posted.get('kind')).toBe('bank');
    expect(posted.get('periodFrom')).toBe('2026-12-01');
    expect(JSON.parse(String(posted.get('mapping')))).toEqual(preview.mapping);
    expect((posted.get('file') as File).name).toBe('工行.csv');
  });
});
