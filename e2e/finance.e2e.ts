import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { desktop, hasChromium, screenshot, signInPage, useBrowser, warnIfNoChromium } from './support/browser.ts';
import { useDemoServer } from './support/demo-server.ts';
import { api, apiSignIn, DEMO_BUYER } from './support/server.ts';

warnIfNoChromium();

const FINANCE = { username: 'finance', password: 'demo1234' };

interface Sku {
  id: number;
  code: string;
}
interface Payment {
  id: number;
  number: string;
  status: string;
  amount: number;
  vouchers: { url: string }[];
}

describe.skipIf(!hasChromium)('finance confirms a reported transfer and tops up a wallet, on desktop', () => {
  const server = useDemoServer();
  const newPage = useBrowser(() => server().baseURL);

  it('the buyer reports a transfer with a voucher; finance confirms it on 财务工作台 and the order is paid', async () => {
    const base = server().baseURL;
    const buyer = await apiSignIn(base, DEMO_BUYER.username, DEMO_BUYER.password);
    const found = await api<{ items: { skus: Sku[] }[] }>(base, buyer, 'GET', '/api/products?q=YL-KKL-330-24');
    const sku = found.items.flatMap((p) => p.skus).find((s) => s.code === 'YL-KKL-330-24');
    if (!sku) throw new Error('demo SKU YL-KKL-330-24 is missing');
    const order = await api<{ id: number; number: string; totalAmount: number }>(base, buyer, 'POST', '/api/orders', {
      lines: [{ skuId: sku.id, quantity: 12 }],
    });
    const reported = await api<Payment>(base, buyer, 'POST', `/api/orders/${order.id}/payments`, {
      method: 'offline',
      payerName: '刘建国',
      note: 'e2e：工行网银转账',
    });
    expect(reported).toMatchObject({ status: 'pending', amount: order.totalAmount });

    // The buyer attaches a picture of the bank's receipt.
    const page = await newPage(desktop);
    await page.setContent(
      '<div style="font:16px sans-serif;padding:24px;width:360px"><h3 style="color:#c00">工商银行 转账回单</h3>' +
        '<p>付款人：刘建国</p><p>流水号：ICBC-E2E-0001</p></div>',
    );
    const receipt = await page.screenshot({ clip: { x: 0, y: 0, width: 420, height: 220 } });
    const upload = new FormData();
    upload.append('file', new Blob([new Uint8Array(receipt)], { type: 'image/png' }), 'receipt.png');
    const attached = await fetch(`${base}/api/payments/${reported.id}/vouchers`, {
      method: 'POST',
      headers: { cookie: buyer },
      body: upload,
    });
    expect(attached.status).toBe(201);

    // Finance opens 财务工作台 from the 财务 menu and finds the transfer with its voucher.
    await signInPage(page, FINANCE.username, FINANCE.password, /\/admin/);
    await page.click('[data-testid="nav-group-finance"]');
    await page.click('[data-testid="nav-financeWorkbench"]');
    await page.waitForURL(/\/admin\/finance$/);
    const row = page.locator(`[data-testid="pending-transfer-${reported.id}"]`);
    await row.waitFor({ state: 'visible' });
    expect(await row.textContent()).toContain(order.number);
    expect(await row.textContent()).toContain('刘建国');
    // The voucher is served to finance's session and shows as a picture.
    const voucher = row.locator('[data-testid="voucher-image"]').first();
    const loadedWidth = () =>
      voucher.evaluate(
        (el) => ((el.tagName === 'IMG' ? el : el.querySelector('img')) as HTMLImageElement).naturalWidth,
      );
    await expect.poll(loadedWidth).toBeGreaterThan(0);
    await page.locator('[data-testid="overdue-customers"] .ant-card-body').waitFor();
    await page.waitForLoadState('networkidle');
    await screenshot(page, 'finance-workbench-desktop');

    // 确认到账 with the bank reference.
    await row.locator(`[data-testid="payment-confirm-${reported.id}"]`).click();
    await field(page, 'payment-confirm-trade-no').fill('ICBC-E2E-0001');
    const confirmed = page.waitForResponse((r) => r.url().endsWith(`/api/payments/${reported.id}/confirm`));
    await page.click('[data-testid="payment-confirm-submit"]');
    const confirmedRes = await confirmed;
    expect(confirmedRes.status()).toBe(200);
    expect(await confirmedRes.json()).toMatchObject({ status: 'succeeded', providerTradeNo: 'ICBC-E2E-0001' });
    await row.waitFor({ state: 'detached' });

    // The order is paid: its 收款 section says nothing is due and lists the confirmed transfer.
    await page.goto(`/admin/orders/${order.id}`);
    const bill = page.locator('[data-testid="order-bill"]');
    await bill.locator('[data-testid="bill-due"]').waitFor({ state: 'visible' });
    expect(await bill.locator('[data-testid="bill-due"]').textContent()).toContain('¥0.00');
    await page.locator('[data-testid="order-detail"]', { hasText: '已付款' }).waitFor();
    expect(await bill.locator('[data-testid="bill-payments"]').textContent()).toContain(reported.number);
    expect(await page.locator('[data-testid="bill-record"]').count()).toBe(0);
    await screenshot(page, 'finance-order-bill-desktop');
    const paid = await api<{ paymentStatus: string; paidAmount: number }>(
      base,
      buyer,
      'GET',
      `/api/orders/${order.id}`,
    );
    expect(paid).toMatchObject({ paymentStatus: 'paid', paidAmount: order.totalAmount });

    // 收款记录 lists it as received; its drawer shows the voucher.
    await page.goto(`/admin/payments?payment=${reported.id}`);
    const drawer = page.locator('[data-testid="payment-drawer"]');
    await drawer.locator('[data-testid="voucher-image"]').waitFor({ state: 'visible' });
    expect(await drawer.locator('[data-testid="payment-state"]').textContent()).toBe('已收款');
    await screenshot(page, 'finance-payments-drawer-desktop');
  });

  it('finance tops up the buyer’s wallet from the customer’s account page, to the fen', async () => {
    const base = server().baseURL;
    const buyer = await apiSignIn(base, DEMO_BUYER.username, DEMO_BUYER.password);
    const me = await api<{ user: { customerId: number } }>(base, buyer, 'GET', '/api/auth/me');
    const customerId = me.user.customerId;
    const before = await api<{ balance: number }>(base, buyer, 'GET', `/api/customers/${customerId}/wallet`);

    const page = await newPage(desktop);
    await signInPage(page, FINANCE.username, FINANCE.password, /\/admin/);
    await page.goto(`/admin/customers/${customerId}`);
    await page.click('[data-testid="customer-money-account"]');
    await page.waitForURL(new RegExp(`/admin/customers/${customerId}/account$`));
    const balance = page.locator('[data-testid="wallet-balance"]');
    await balance.waitFor({ state: 'visible' });
    expect(await balance.textContent()).toContain(yuan(before.balance));

    await page.click('[data-testid="wallet-top-up"]');
    // A third decimal is refused rather than rounded away.
    await field(page, 'top-up-amount').fill('1234.567');
    await page.click('[data-testid="top-up-submit"]');
    await page.locator('.ant-form-item-explain-error', { hasText: '最多两位小数' }).waitFor();
    await field(page, 'top-up-amount').fill('1234.56');
    await field(page, 'top-up-payer').fill('刘建国');
    await field(page, 'top-up-trade-no').fill('ICBC-E2E-0002');
    // The bank slip goes with it.
    await page.locator('.ant-modal input[type=file]').setInputFiles({
      name: 'slip.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n% e2e bank slip\n'),
    });
    await page.locator('.ant-modal .ant-upload-list', { hasText: 'slip.pdf' }).waitFor();
    await screenshot(page, 'finance-top-up-dialog-desktop');
    const topUp = page.waitForResponse((r) => r.url().endsWith(`/api/customers/${customerId}/wallet/top-ups`));
    await page.click('[data-testid="top-up-submit"]');
    const topUpRes = await topUp;
    expect(topUpRes.status()).toBe(201);
    const recorded = (await topUpRes.json()) as Payment;
    expect(recorded).toMatchObject({ amount: 123456, status: 'succeeded', purpose: 'top_up' });
    await expect
      .poll(async () => (await api<Payment>(base, buyer, 'GET', `/api/payments/${recorded.id}`)).vouchers.length)
      .toBe(1);

    const after = before.balance + 123456;
    await expect.poll(async () => balance.textContent()).toContain(yuan(after));
    const wallet = await api<{ balance: number; entries: { kind: string; amount: number }[] }>(
      base,
      buyer,
      'GET',
      `/api/customers/${customerId}/wallet`,
    );
    expect(wallet.balance).toBe(after);
    expect(wallet.entries[0]).toMatchObject({ kind: 'top_up', amount: 123456 });
    await page.click('[data-testid="account-tabs"] >> text=预存款流水');
    await page.locator('[data-testid="wallet-entries"]', { hasText: '+¥1,234.56' }).waitFor();
    await screenshot(page, 'finance-customer-account-desktop');

    // The other finance pages render with the demo's money on them.
    for (const [path, testId, name] of [
      ['/admin/receivables', 'receivables-table', 'finance-receivables-desktop'],
      ['/admin/refunds', 'refunds-table', 'finance-refunds-desktop'],
      ['/admin/payments', 'payments-table', 'finance-payments-desktop'],
      ['/admin/finance/settings', 'payment-settings-page', 'finance-settings-desktop'],
    ] as const) {
      await page.goto(path);
      await page.locator(`[data-testid="${testId}"]`).waitFor({ state: 'visible' });
      await page.waitForLoadState('networkidle');
      await screenshot(page, name);
    }
  });
});

/** "¥1,234.56" for fen, as the console shows money. */
function yuan(fen: number): string {
  return `¥${(fen / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}

/** The input behind a data-testid, whether the test id sits on the input or on its wrapper. */
function field(page: Page, testId: string) {
  return page.locator(`input[data-testid="${testId}"], [data-testid="${testId}"] input`).first();
}
