import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
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

// The money loop end to end on the demo (whose Alipay is our local gateway): the buyer pays an order
// by Alipay on a phone; finance downloads the day's Alipay bill from the provider's merchant centre,
// imports it in 自动对账 and finds that payment matched.

interface Sku {
  id: number;
  code: string;
  units: { id: number; name: string; factor: number }[];
}

const hideNotices = (page: Page) => page.addStyleTag({ content: '.ant-notification { display: none !important; }' });

describe.skipIf(!hasChromium)('a buyer pays by Alipay on a phone and finance sees it reconciled', () => {
  const server = useDemoServer();
  const newPage = useBrowser(() => server().baseURL);

  it('pays through the gateway, and the bill from the merchant centre matches it in 自动对账', async () => {
    const baseURL = server().baseURL;
    const buyerCookie = await apiSignIn(baseURL, DEMO_BUYER.username, DEMO_BUYER.password);
    const found = await api<{ items: { skus: Sku[] }[] }>(baseURL, buyerCookie, 'GET', '/api/products?q=YL-KKL-330-24');
    const sku = found.items.flatMap((p) => p.skus).find((s) => s.code === 'YL-KKL-330-24');
    const unit = sku?.units.find((u) => u.factor > 1);
    if (!sku || !unit) throw new Error('demo SKU YL-KKL-330-24 or its case is missing');
    const order = await api<{ id: number; number: string; totalAmount: number }>(
      baseURL,
      buyerCookie,
      'POST',
      '/api/orders',
      { lines: [{ skuId: sku.id, unitId: unit.id, quantity: 1 }] },
    );

    // The buyer, on a phone: 去付款 → 支付宝 → 打开支付宝付款 → 确认支付 on Alipay's page → 支付成功.
    const phonePage = await newPage(phone);
    await signInPage(phonePage, DEMO_BUYER.username, DEMO_BUYER.password, /\/portal/);
    await phonePage.goto(`/portal/orders/${order.id}`);
    await phonePage.locator('[data-testid="bill-pay"]').click();
    await phonePage.locator('[data-testid="pay-form"]').waitFor();
    await phonePage.click('[data-testid="pay-method-alipay"]');
    const started = phonePage.waitForResponse((r) => r.url().endsWith(`/api/orders/${order.id}/payments`));
    await phonePage.click('[data-testid="pay-submit"]');
    const payment = (await (await started).json()) as { id: number; number: string; amount: number };
    expect(payment.amount).toBe(order.totalAmount);
    const open = phonePage.locator(
      '[data-testid="pay-online"][data-method="alipay"] [data-testid="pay-open-provider"]',
    );
    await open.waitFor();
    const [alipay] = await Promise.all([phonePage.context().waitForEvent('page'), open.click()]);
    await alipay.waitForLoadState();
    await alipay.getByRole('button', { name: '确认支付' }).click();
    await alipay.getByText('支付成功').waitFor();
    await alipay.close();
    await phonePage.locator('[data-testid="pay-success"]').waitFor({ timeout: 20_000 });
    await hideNotices(phonePage);
    await screenshot(phonePage, 'alipay-reconciled-paid-phone');

    // Finance, on a desktop: the merchant centre's bill for today…
    const financeCookie = await apiSignIn(baseURL, 'finance', 'demo1234');
    const settings = await api<{ alipay: { gateway: string } | null }>(
      baseURL,
      financeCookie,
      'GET',
      '/api/settings/payments',
    );
    if (!settings.alipay) throw new Error('the demo has no Alipay set up');
    const gatewayBase = new URL(settings.alipay.gateway).origin;
    const page = await newPage(desktop);
    await signInPage(page, 'finance', 'demo1234', /\/admin/);
    await page.goto(`${gatewayBase}/merchant`);
    const dir = mkdtempSync(path.join(os.tmpdir(), 'dh-bill-'));
    try {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByText('下载支付宝账单').click()]);
      const bill = path.join(dir, download.suggestedFilename());
      await download.saveAs(bill);

      // …imported in 自动对账.
      await page.goto('/admin/reconciliation');
      await page.locator('[data-testid="reconciliation-new"]').click();
      await page.locator('.ant-modal input[type=file]').setInputFiles(bill);
      await page.locator('[data-testid="reconciliation-recognized"]').waitFor();
      expect(await page.locator('[data-testid="reconciliation-recognized"]').textContent()).toContain('支付宝');
      const source = page.locator('[data-testid="reconciliation-source"]');
      const sourceInput = (await source.evaluate((el) => el.tagName)) === 'INPUT' ? source : source.locator('input');
      await sourceInput.fill('支付宝');
      await hideNotices(page);
      await screenshot(page, 'alipay-reconciled-import-desktop');
      await page.locator('[data-testid="reconciliation-run"]').click();
      await page.waitForURL(/\/admin\/reconciliation\/\d+$/);
      await page.locator('[data-testid="reconciliation-run-page"]').waitFor();
      await page.locator('[data-testid="reconciliation-tab-matched"]').click();
      const row = page.locator('[data-testid="reconciliation-items"]').getByText(payment.number);
      await row.waitFor();
      await screenshot(page, 'alipay-reconciled-run-desktop');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }

    // And through the API: the run holds the payment as matched by its number.
    const runs = await api<{ items: { id: number }[] }>(baseURL, financeCookie, 'GET', '/api/reconciliation/runs');
    const run = await api<{ items: { paymentId: number | null; result: string; matchedBy: string | null }[] }>(
      baseURL,
      financeCookie,
      'GET',
      `/api/reconciliation/runs/${runs.items[0]!.id}?result=matched`,
    );
    expect(run.items.find((i) => i.paymentId === payment.id)).toMatchObject({ result: 'matched', matchedBy: 'txn_no' });
  });
});
