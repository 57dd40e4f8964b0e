import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  desktop,
  hasChromium,
  phone,
  screenshot,
  signInPage,
  useBrowser,
  warnIfNoChromium,
} from './support/browser.ts';
import { useDemoServer } from './support/demo-server.ts';
import { api, apiSignIn, DEMO_BUYER } from './support/server.ts';

warnIfNoChromium();

const FINANCE = { username: 'finance', password: 'demo1234' };

interface Sku {
  id: number;
  code: string;
}
interface StatementMonth {
  month: string;
  closingBalance: number;
  lineCount: number;
  ended: boolean;
  status: 'confirmed' | 'disputed' | null;
}
interface Statement {
  customerId: number;
  customerName: string;
  month: string;
  ended: boolean;
  closingBalance: number;
  lines: { kind: string; reference: string; amount: number; balance: number }[];
  response: { status: string; comment: string; reply: string | null } | null;
  canRespond: boolean;
}

const money = (fen: number) =>
  `${fen < 0 ? '-' : ''}¥${(Math.abs(fen) / 100).toLocaleString('en-US', { minimumFractionDigits: 2 })}`;
/** How a balance reads: below zero the supplier owes the customer. */
const balanceText = (fen: number) => (fen < 0 ? `供应商应退 ${money(-fen)}` : money(fen));

describe.skipIf(!hasChromium)('monthly statements (对账单)', () => {
  const server = useDemoServer();
  const newPage = useBrowser(() => server().baseURL);
  const baseURL = () => server().baseURL;

  /** The buyer's company and its 12 months, newest (the running month) first. */
  async function buyerMonths(cookie: string) {
    const me = await api<{ user: { customerId: number } }>(baseURL(), cookie, 'GET', '/api/auth/me');
    const customerId = me.user.customerId;
    const list = await api<{ items: StatementMonth[] }>(
      baseURL(),
      cookie,
      'GET',
      `/api/customers/${customerId}/statements`,
    );
    const [current, last] = list.items;
    return { customerId, current, last };
  }
  const statementOf = (cookie: string, customerId: number, month: string) =>
    api<Statement>(baseURL(), cookie, 'GET', `/api/customers/${customerId}/statements/${month}`);

  it('the buyer reads this month’s lines and balance on a phone, then disputes last month', async () => {
    const buyer = await apiSignIn(baseURL(), DEMO_BUYER.username, DEMO_BUYER.password);
    const finance = await apiSignIn(baseURL(), FINANCE.username, FINANCE.password);
    const { customerId, current, last } = await buyerMonths(buyer);
    expect(current.ended).toBe(false);
    expect(last.ended).toBe(true);

    // This month: an order, a transfer for part of it that finance confirms, and a cancelled order.
    const found = await api<{ items: { skus: Sku[] }[] }>(baseURL(), buyer, 'GET', '/api/products?q=YL-KKL-330-24');
    const sku = found.items.flatMap((p) => p.skus).find((s) => s.code === 'YL-KKL-330-24');
    if (!sku) throw new Error('demo SKU YL-KKL-330-24 is missing');
    const order = await api<{ id: number; number: string; totalAmount: number }>(
      baseURL(),
      buyer,
      'POST',
      '/api/orders',
      {
        lines: [{ skuId: sku.id, quantity: 24 }],
      },
    );
    const transfer = await api<{ id: number; number: string }>(
      baseURL(),
      buyer,
      'POST',
      `/api/orders/${order.id}/payments`,
      { method: 'offline', amount: 1000, payerName: '西湖人家餐厅' },
    );
    await api(baseURL(), finance, 'POST', `/api/payments/${transfer.id}/confirm`, {});
    const dropped = await api<{ id: number; number: string }>(baseURL(), buyer, 'POST', '/api/orders', {
      lines: [{ skuId: sku.id, quantity: 6 }],
    });
    await api(baseURL(), buyer, 'POST', `/api/orders/${dropped.id}/cancel`, { reason: '下错了' });
    const now = await statementOf(buyer, customerId, current.month);
    const references = now.lines.map((l) => l.reference);
    expect(references).toContain(order.number);
    expect(references).toContain(transfer.number);
    expect(now.lines.filter((l) => l.reference === dropped.number).map((l) => l.kind)).toEqual(['order', 'cancel']);

    const page = await newPage(phone);
    await signInPage(page, DEMO_BUYER.username, DEMO_BUYER.password, /\/portal/);
    await page.goto('/portal/statements');
    const card = page.locator(`[data-testid="portal-statement-${current.month}"]`);
    await card.waitFor();
    expect(await card.locator('[data-testid="statement-state"]').textContent()).toBe('本月进行中');
    expect(await card.locator('[data-testid="portal-statement-closing"]').textContent()).toBe(
      balanceText(now.closingBalance),
    );
    await screenshot(page, 'portal-statements-phone');

    await card.click();
    await page.waitForURL(new RegExp(`/portal/statements/${current.month}$`));
    const lines = page.locator('[data-testid="statement-line"]');
    await expect.poll(() => lines.count()).toBe(now.lines.length);
    const shown = await lines.allTextContents();
    for (const [index, line] of now.lines.entries()) {
      expect(shown[index]).toContain(line.reference);
      expect(shown[index]).toContain(`${line.amount > 0 ? '+' : ''}${money(line.amount)}`);
      expect(shown[index]).toContain(`余额 ${balanceText(line.balance)}`);
    }
    const transferLine = lines.filter({ hasText: transfer.number });
    expect(await transferLine.textContent()).toContain(`线下转账 · 订单 ${order.number}`);
    expect(await page.locator('[data-testid="statement-closing"]').textContent()).toBe(balanceText(now.closingBalance));
    expect(await page.locator('[data-testid="totals-closing"]').textContent()).toBe(balanceText(now.closingBalance));
    // The month is still running: nothing to answer yet.
    expect(await page.locator('[data-testid="statement-respond"]').count()).toBe(0);
    expect(await page.locator('[data-testid="portal-statement"]').textContent()).toContain('月底后可以确认');
    expect(await page.locator('[data-testid="statement-month-next"]').isDisabled()).toBe(true);
    const pdf = page.locator('[data-testid="statement-pdf"]');
    expect(await pdf.getAttribute('href')).toBe(`/api/customers/${customerId}/statements/${current.month}/pdf`);
    await screenshot(page, 'portal-statement-current-phone');

    // Last month has ended: its page renders with the buttons to answer it.
    const before = await statementOf(buyer, customerId, last.month);
    await page.click('[data-testid="statement-month-previous"]');
    await page.waitForURL(new RegExp(`/portal/statements/${last.month}$`));
    await page.locator(`[data-testid="portal-statement"][data-month="${last.month}"]`).waitFor();
    await expect.poll(() => lines.count()).toBe(before.lines.length);
    expect(await page.locator('[data-testid="statement-closing"]').textContent()).toBe(
      balanceText(before.closingBalance),
    );
    expect(before.canRespond).toBe(true);
    await page.locator('[data-testid="statement-confirm"]').waitFor();
    await screenshot(page, 'portal-statement-last-month-phone');

    // 有异议 opens a comment box; it wants a comment.
    await page.click('[data-testid="statement-dispute"]');
    const comment = page.locator('textarea[data-testid="statement-dispute-input"]');
    await comment.waitFor();
    await page.click('[data-testid="statement-dispute-submit"]');
    await page.getByText('请说明异议').waitFor();
    await comment.fill('28 日的转账 ¥2,000.00 没有计入');
    await screenshot(page, 'portal-statement-dispute-phone');
    const disputed = page.waitForResponse((r) => r.url().endsWith(`/statements/${last.month}/dispute`));
    await page.click('[data-testid="statement-dispute-submit"]');
    const res = await disputed;
    expect(res.status(), await res.text()).toBe(200);
    expect(res.request().postDataJSON()).toEqual({ comment: '28 日的转账 ¥2,000.00 没有计入' });
    const answer = page.locator('[data-testid="statement-answer"]');
    await answer.waitFor();
    expect(await answer.getAttribute('data-status')).toBe('disputed');
    expect(await answer.locator('[data-testid="statement-answer-comment"]').textContent()).toBe(
      '28 日的转账 ¥2,000.00 没有计入',
    );
    expect(await page.locator('[data-testid="statement-title"] [data-testid="statement-state"]').textContent()).toBe(
      '有异议',
    );
    await screenshot(page, 'portal-statement-disputed-phone');
  });

  it('finance finds the customer on 对账单, opens the statement with PDF and Excel, and replies', async () => {
    const buyer = await apiSignIn(baseURL(), DEMO_BUYER.username, DEMO_BUYER.password);
    const { customerId, current, last } = await buyerMonths(buyer);
    if ((await statementOf(buyer, customerId, last.month)).response?.status !== 'disputed') {
      await api(baseURL(), buyer, 'POST', `/api/customers/${customerId}/statements/${last.month}/dispute`, {
        comment: '28 日的转账 ¥2,000.00 没有计入',
      });
    }
    const expected = await statementOf(buyer, customerId, last.month);

    const page = await newPage(desktop);
    await signInPage(page, FINANCE.username, FINANCE.password, /\/admin/);
    await page.goto('/admin/statements');
    await page.locator('[data-testid="statements-overview"]').waitFor();
    // Last month by default.
    expect(await page.locator('[data-testid="statement-month-switcher"] input').inputValue()).toBe(
      `${Number(last.month.slice(0, 4))}年${Number(last.month.slice(5))}月`,
    );
    await page.fill('[data-testid="statements-search"] input', expected.customerName);
    await page.press('[data-testid="statements-search"] input', 'Enter');
    await page.waitForURL(/q=/);
    const row = page.locator(`[data-testid="statement-open-${customerId}"]`);
    await row.waitFor();
    await page.click('[data-testid="statements-filter-disputed"]');
    await page.waitForURL(/status=disputed/);
    await row.waitFor();
    const rowText = await page.locator('tr', { has: row }).textContent();
    expect(rowText).toContain('有异议');
    expect(rowText).toContain('28 日的转账');
    expect(rowText).toContain(balanceText(expected.closingBalance));
    await page.locator('.ant-segmented-item-selected', { hasText: '有异议' }).waitFor();
    await screenshot(page, 'staff-statements-overview-desktop');

    await row.click();
    await page.waitForURL(new RegExp(`/admin/customers/${customerId}/statements/${last.month}$`));
    await page.locator(`[data-testid="statement-page"][data-month="${last.month}"]`).waitFor();
    expect(await page.locator('[data-testid="statement-closing"]').textContent()).toBe(
      balanceText(expected.closingBalance),
    );
    // Opening row, one row per line, closing row.
    await expect
      .poll(() => page.locator('[data-testid="statement-lines"] tbody tr.ant-table-row').count())
      .toBe(expected.lines.length + 2);
    expect(await page.locator('[data-testid="lines-closing"]').textContent()).toBe(
      balanceText(expected.closingBalance),
    );

    const pdf = page.locator('a[data-testid="statement-pdf"]');
    const xlsx = page.locator('a[data-testid="statement-xlsx"]');
    expect(await pdf.getAttribute('href')).toBe(`/api/customers/${customerId}/statements/${last.month}/pdf`);
    expect(await xlsx.getAttribute('href')).toBe(`/api/customers/${customerId}/statements/${last.month}/xlsx`);
    // The links work with the page's own session cookie.
    const pdfRes = await page.request.get(`/api/customers/${customerId}/statements/${last.month}/pdf`);
    expect(pdfRes.status()).toBe(200);
    expect(pdfRes.headers()['content-type']).toContain('application/pdf');
    expect((await pdfRes.body()).subarray(0, 5).toString()).toBe('%PDF-');
    const download = page.waitForEvent('download');
    await xlsx.click();
    expect((await download).suggestedFilename()).toMatch(/\.xlsx$/);

    // The dispute and the reply.
    const answerCard = page.locator('[data-testid="statement-answer-card"]');
    expect(await answerCard.textContent()).toContain('28 日的转账 ¥2,000.00 没有计入');
    await page.fill('textarea[data-testid="statement-reply-input"]', '已核对：该笔转账 12 月 1 日到账，计入 12 月');
    const replied = page.waitForResponse((r) => r.url().endsWith(`/statements/${last.month}/reply`));
    await page.click('[data-testid="statement-reply-submit"]');
    expect((await replied).status()).toBe(200);
    await answerCard.locator('[data-testid="statement-reply"]').waitFor();
    expect(await answerCard.locator('[data-testid="statement-reply"]').textContent()).toContain('计入 12 月');
    await screenshot(page, 'staff-statement-desktop');

    // The month switcher goes on to the running month, and no further.
    await page.click('[data-testid="statement-month-next"]');
    await page.waitForURL(new RegExp(`/statements/${current.month}$`));
    await page.locator(`[data-testid="statement-page"][data-month="${current.month}"]`).waitFor();
    expect(await page.locator('[data-testid="statement-month-next"]').isDisabled()).toBe(true);
    expect(await page.locator('[data-testid="statement-answer-card"]').textContent()).toContain('本月尚未结束');
    await screenshot(page, 'staff-statement-current-desktop');

    // From the customer's page: 对账单 → the last 12 months.
    await page.goto(`/admin/customers/${customerId}`);
    await page.click('[data-testid="customer-statements"]');
    await page.waitForURL(new RegExp(`/admin/customers/${customerId}/statements$`));
    const months = page.locator('[data-testid="customer-statements-table"] tbody tr.ant-table-row');
    await expect.poll(() => months.count()).toBe(12);
    expect(await months.nth(1).textContent()).toContain('有异议');
    await screenshot(page, 'staff-customer-statements-desktop');

    // The buyer reads the reply.
    const phonePage = await newPage(phone);
    await showsReply(phonePage, last.month);
  });

  async function showsReply(page: Page, month: string) {
    await signInPage(page, DEMO_BUYER.username, DEMO_BUYER.password, /\/portal/);
    await page.goto(`/portal/statements/${month}`);
    const reply = page.locator('[data-testid="statement-reply"]');
    await reply.waitFor();
    expect(await reply.textContent()).toContain('已核对：该笔转账 12 月 1 日到账，计入 12 月');
    // Disputed, so the buyer may still confirm (or change the dispute).
    await page.locator('[data-testid="statement-confirm"]').waitFor();
    await screenshot(page, 'portal-statement-replied-phone');
  }
});
