import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { desktop, hasChromium, screenshot, signInPage, useBrowser, warnIfNoChromium } from './support/browser.ts';
import { useDemoServer } from './support/demo-server.ts';
import { api, apiSignIn, DEMO_BUYER } from './support/server.ts';

warnIfNoChromium();

interface Sku {
  id: number;
  code: string;
}
interface Order {
  id: number;
  number: string;
  status: string;
  totalAmount: number;
  lines: { skuId: number; quantity: number; unitPrice: number; priceRule: string }[];
  events: { kind: string; note: string; details: Record<string, unknown> | null }[];
}

describe.skipIf(!hasChromium)('staff edit orders and handle returns', () => {
  const server = useDemoServer();
  const newPage = useBrowser(() => server().baseURL);

  const buyer = () => apiSignIn(server().baseURL, DEMO_BUYER.username, DEMO_BUYER.password);
  const admin = () => apiSignIn(server().baseURL, server().adminUsername, server().adminPassword);
  const skuOf = async (cookie: string, code: string) => {
    const found = await api<{ items: { skus: Sku[] }[] }>(server().baseURL, cookie, 'GET', `/api/products?q=${code}`);
    const sku = found.items.flatMap((p) => p.skus).find((s) => s.code === code);
    if (!sku) throw new Error(`demo SKU ${code} is missing`);
    return sku;
  };

  it('staff change a price during review with a reason; the timeline shows the edit before → after', async () => {
    const cookie = await buyer();
    const can = await skuOf(cookie, 'YL-KKL-330-24');
    const placed = await api<Order>(server().baseURL, cookie, 'POST', '/api/orders', {
      lines: [{ skuId: can.id, quantity: 12 }],
    });
    expect(placed.status).toBe('pending_review');

    const page = await newPage(desktop);
    await signInPage(page, server().adminUsername, server().adminPassword, /\/admin/);
    await page.goto(`/admin/orders/${placed.id}`);
    await page.click('[data-testid="order-edit"]');
    const price = field(page, 'edit-line-price-0');
    await price.waitFor({ state: 'visible' });
    expect(Number(await price.inputValue())).toBe(placed.lines[0].unitPrice / 100);

    // Saving without a reason is refused in the dialog; with one, the new price is sent in fen.
    await price.fill('1.5');
    await page.click('[data-testid="edit-submit"]');
    await page.locator('.ant-form-item-explain-error', { hasText: '请填写修改原因' }).waitFor();
    await page.locator('textarea[data-testid="edit-reason"]').fill('老客户让利');
    const patched = page.waitForResponse(
      (r) => r.url().endsWith(`/api/orders/${placed.id}`) && r.request().method() === 'PATCH',
    );
    await page.click('[data-testid="edit-submit"]');
    const response = await patched;
    expect(response.status(), await response.text()).toBe(200);
    expect(response.request().postDataJSON()).toEqual({
      lines: [{ skuId: can.id, unitId: null, quantity: 12, unitPrice: 150 }],
      reason: '老客户让利',
    });
    await page.locator('[data-testid="edit-modal"]').waitFor({ state: 'detached' });

    const edited = page.locator('[data-testid="order-timeline"] [data-testid="order-event-edited"]');
    await edited.waitFor();
    const text = await edited.textContent();
    expect(text).toContain('老客户让利');
    expect(text).toContain(`¥${(placed.lines[0].unitPrice / 100).toFixed(2)} → 12 罐 × ¥1.50`);
    expect(await edited.locator('[data-testid="order-event-edit-total"]').textContent()).toContain('→ ¥18.00');
    expect(await page.locator('[data-testid="order-total"]').textContent()).toBe('¥18.00');

    const after = await api<Order>(server().baseURL, await admin(), 'GET', `/api/orders/${placed.id}`);
    expect(after.lines[0]).toMatchObject({ unitPrice: 150, priceRule: 'manual' });
    await screenshot(page, 'staff-order-edited-desktop');
  });

  it('a shipped order gets a return requested, approved and received; the stock goes back up', async () => {
    const baseURL = server().baseURL;
    const cookie = await buyer();
    const staff = await admin();
    const can = await skuOf(cookie, 'YL-KKL-330-24');
    const placed = await api<Order>(baseURL, cookie, 'POST', '/api/orders', {
      lines: [{ skuId: can.id, quantity: 24 }],
    });
    await api(baseURL, staff, 'POST', `/api/orders/${placed.id}/approve`, {});
    await api(baseURL, staff, 'POST', `/api/orders/${placed.id}/shipments`, {
      lines: [{ skuId: can.id, quantity: 24 }],
    });
    const onHand = async () => {
      const levels = await api<{ items: { onHand: number }[] }>(
        baseURL,
        staff,
        'GET',
        `/api/inventory/levels?skuId=${can.id}&pageSize=100`,
      );
      return levels.items.reduce((sum, level) => sum + level.onHand, 0);
    };
    const before = await onHand();

    const page = await newPage(desktop);
    await signInPage(page, server().adminUsername, server().adminPassword, /\/admin/);
    await page.goto(`/admin/orders/${placed.id}`);

    // 申请退货: at most what shipped; 30 is capped to 24, then 6 are asked back.
    await page.click('[data-testid="order-return-request"]');
    const quantity = field(page, `return-qty-${can.id}`);
    await quantity.waitFor({ state: 'visible' });
    await quantity.fill('30');
    await quantity.blur();
    await expect.poll(() => quantity.inputValue()).toBe('24');
    await quantity.fill('6');
    await page.locator('textarea[data-testid="return-reason"]').fill('外箱破损');
    const requested = page.waitForResponse((r) => r.url().endsWith(`/api/orders/${placed.id}/returns`));
    await page.click('[data-testid="return-request-submit"]');
    const requestedRes = await requested;
    expect(requestedRes.status()).toBe(201);
    const ret = (await requestedRes.json()) as { id: number; refundAmount: number };
    await page.locator('[data-testid="return-request-modal"]').waitFor({ state: 'detached' });
    const item = page.locator(`[data-testid="order-return-${ret.id}"]`);
    await item.locator('[data-testid="return-status"]', { hasText: '待审核' }).waitFor();

    // 同意 with the refund lowered by a yuan, typed in yuan.
    await page.click(`[data-testid="return-approve-${ret.id}"]`);
    const refund = field(page, 'return-refund');
    await refund.waitFor({ state: 'visible' });
    expect(Number(await refund.inputValue())).toBe(ret.refundAmount / 100);
    await refund.fill(String((ret.refundAmount - 100) / 100));
    const approved = page.waitForResponse((r) => r.url().endsWith(`/api/returns/${ret.id}/approve`));
    await page.click('[data-testid="return-approve-submit"]');
    const approvedRes = await approved;
    expect(approvedRes.status()).toBe(200);
    expect(approvedRes.request().postDataJSON()).toEqual({ refundAmount: ret.refundAmount - 100 });
    await refund.waitFor({ state: 'detached' });
    await item.locator('[data-testid="return-status"]', { hasText: '待收货' }).waitFor();

    // 收货入库 into the default warehouse, preselected.
    await page.click(`[data-testid="return-receive-${ret.id}"]`);
    await page.locator('[data-testid="return-warehouse"]', { hasText: '默认' }).waitFor();
    const received = page.waitForResponse((r) => r.url().endsWith(`/api/returns/${ret.id}/receive`));
    await page.click('[data-testid="return-receive-submit"]');
    expect((await received).status()).toBe(200);
    await page.locator('[data-testid="return-warehouse"]').waitFor({ state: 'detached' });
    await item.locator('[data-testid="return-status"]', { hasText: '已入库' }).waitFor();
    expect(await page.locator(`[data-testid="return-refund-${ret.id}"]`).textContent()).toBe(
      `¥${((ret.refundAmount - 100) / 100).toFixed(2)}`,
    );
    await page.locator('[data-testid="order-timeline"] [data-testid="order-event-return_received"]').waitFor();
    expect(await onHand()).toBe(before + 6);
    await screenshot(page, 'staff-order-return-received-desktop');

    // 退货管理 lists it under 已入库, linking to the order.
    await page.click('[data-testid="nav-returns"]');
    await page.click('[data-testid="returns-tab-received"]');
    const link = page.locator(`[data-testid="return-order-${ret.id}"]`);
    await link.waitFor();
    expect(await link.textContent()).toBe(placed.number);
    await link.click();
    await page.waitForURL(new RegExp(`/admin/orders/${placed.id}$`));
  });
});

/** The input behind a data-testid, whether the test id sits on the input or on its wrapper. */
function field(page: Page, testId: string) {
  return page.locator(`input[data-testid="${testId}"], [data-testid="${testId}"] input`).first();
}
