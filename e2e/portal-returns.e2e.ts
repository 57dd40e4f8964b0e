import { describe, expect, it } from 'vitest';
import { hasChromium, phone, screenshot, signInPage, useBrowser, warnIfNoChromium } from './support/browser.ts';
import { useDemoServer } from './support/demo-server.ts';
import { api, apiSignIn, DEMO_BUYER } from './support/server.ts';

warnIfNoChromium();

interface Sku {
  id: number;
  code: string;
  units: { id: number; name: string; factor: number }[];
}
interface Order {
  id: number;
  number: string;
  status: string;
  totalAmount: number;
  lines: { skuId: number; productName: string; quantity: number; unitPrice: number }[];
}

describe.skipIf(!hasChromium)('the buyer edits a pending order and returns shipped goods, on a phone', () => {
  const server = useDemoServer();
  const newPage = useBrowser(() => server().baseURL);

  const buyer = () => apiSignIn(server().baseURL, DEMO_BUYER.username, DEMO_BUYER.password);
  const admin = () => apiSignIn(server().baseURL, server().adminUsername, server().adminPassword);
  const caseOf = async (cookie: string, code: string) => {
    const found = await api<{ items: { skus: Sku[] }[] }>(server().baseURL, cookie, 'GET', `/api/products?q=${code}`);
    const sku = found.items.flatMap((p) => p.skus).find((s) => s.code === code);
    const unit = sku?.units.find((u) => u.factor > 1);
    if (!sku || !unit) throw new Error(`demo SKU ${code} or its case is missing`);
    return { sku, unit };
  };

  it('修改订单: 3 箱 → 2 箱 while it waits for review; the timeline says so with the amounts', async () => {
    const cookie = await buyer();
    const { sku, unit } = await caseOf(cookie, 'YL-KKL-330-24');
    const placed = await api<Order>(server().baseURL, cookie, 'POST', '/api/orders', {
      lines: [{ skuId: sku.id, unitId: unit.id, quantity: 3 }],
    });
    expect(placed.status).toBe('pending_review');

    const page = await newPage(phone);
    await signInPage(page, DEMO_BUYER.username, DEMO_BUYER.password, /\/portal/);
    await page.goto(`/portal/orders/${placed.id}`);
    await page.click('[data-testid="order-edit"]');
    await page.waitForURL(new RegExp(`/portal/orders/${placed.id}/edit$`));
    const line = page.locator(`[data-testid="edit-line-${sku.id}"]`);
    const minus = line.locator('[data-testid="edit-line-quantity-minus"]');
    // The stepper waits for the SKU's order rule from the catalog.
    await expect.poll(() => minus.isEnabled()).toBe(true);
    await minus.click();
    await expect.poll(() => line.locator('input[data-testid="edit-line-quantity-input"]').inputValue()).toBe('2');
    await screenshot(page, 'portal-order-edit-phone');

    const patched = page.waitForResponse(
      (r) => r.url().endsWith(`/api/orders/${placed.id}`) && r.request().method() === 'PATCH',
    );
    await page.click('[data-testid="edit-save"]');
    const response = await patched;
    expect(response.status(), await response.text()).toBe(200);
    expect(response.request().postDataJSON()).toEqual({ lines: [{ skuId: sku.id, unitId: unit.id, quantity: 2 }] });
    const after = (await response.json()) as Order;

    await page.waitForURL(new RegExp(`/portal/orders/${placed.id}$`));
    const edited = page.locator('[data-testid="timeline-entry"][data-kind="edited"]');
    await edited.waitFor();
    const money = (fen: number) => `¥${(fen / 100).toFixed(2)}`;
    const name = placed.lines[0].productName;
    expect(await edited.locator('.timeline-what').textContent()).toBe(
      `我方 · ${await buyerName(cookie)} 修改了订单：${name} 3${unit.name} → 2${unit.name}，金额 ${money(placed.totalAmount)} → ${money(after.totalAmount)}`,
    );
    expect(await page.locator('[data-testid="order-total"]').textContent()).toBe(money(after.totalAmount));
    await screenshot(page, 'portal-order-edited-phone');
  });

  it('申请退货 on a shipped order; approved and received by staff, the buyer sees 已入库 and the refund', async () => {
    const baseURL = server().baseURL;
    const cookie = await buyer();
    const staff = await admin();
    const { sku, unit } = await caseOf(cookie, 'YL-KKL-330-24');
    const placed = await api<Order>(baseURL, cookie, 'POST', '/api/orders', {
      lines: [{ skuId: sku.id, unitId: unit.id, quantity: 2 }],
    });
    await api(baseURL, staff, 'POST', `/api/orders/${placed.id}/approve`, {});
    await api(baseURL, staff, 'POST', `/api/orders/${placed.id}/shipments`, {
      lines: [{ skuId: sku.id, quantity: 2 * unit.factor }],
    });

    const page = await newPage(phone);
    await signInPage(page, DEMO_BUYER.username, DEMO_BUYER.password, /\/portal/);
    await page.goto(`/portal/orders/${placed.id}`);
    const pdf = page.locator('[data-testid="order-delivery-note"]');
    expect(await pdf.getAttribute('href')).toBe(`/api/orders/${placed.id}/delivery-note.pdf`);
    expect(await pdf.getAttribute('target')).toBe('_blank');

    // The sheet reads what shipped in cases: 2 箱（48 罐）; one case goes back.
    await page.click('[data-testid="order-request-return"]');
    const row = page.locator(`[data-testid="return-sku-${sku.id}"]`);
    await row.waitFor();
    expect(await row.textContent()).toContain(`可退 2 ${unit.name}（${2 * unit.factor} `);
    await row.locator('[data-testid="return-quantity-plus"]').click();
    await row.locator('[data-testid="return-quantity-plus"]').click();
    await expect.poll(() => row.locator('[data-testid="return-quantity-plus"]').isDisabled()).toBe(true);
    await row.locator('[data-testid="return-quantity-minus"]').click();
    await page.locator('textarea[data-testid="return-reason"]').fill('外箱破损');
    await screenshot(page, 'portal-return-sheet-phone');
    const requested = page.waitForResponse((r) => r.url().endsWith(`/api/orders/${placed.id}/returns`));
    await page.click('[data-testid="return-submit"]');
    const requestedRes = await requested;
    expect(requestedRes.status(), await requestedRes.text()).toBe(201);
    expect(requestedRes.request().postDataJSON()).toEqual({
      lines: [{ skuId: sku.id, quantity: unit.factor }],
      reason: '外箱破损',
    });
    const ret = (await requestedRes.json()) as { id: number; refundAmount: number };
    const card = page.locator(`[data-testid="return-${ret.id}"]`);
    await card.locator('[data-testid="return-status"]', { hasText: '待审核' }).waitFor();
    await card.locator('[data-testid="return-cancel"]').waitFor();
    await page.locator('[data-testid="timeline-entry"][data-kind="return_requested"]').waitFor();

    // Staff approve with a yuan less and receive; the page follows (live event, or a reload).
    await api(baseURL, staff, 'POST', `/api/returns/${ret.id}/approve`, { refundAmount: ret.refundAmount - 100 });
    await api(baseURL, staff, 'POST', `/api/returns/${ret.id}/receive`, {});
    await page.reload();
    await card.locator('[data-testid="return-status"]', { hasText: '已入库' }).waitFor();
    expect(await card.locator('[data-testid="return-refund"]').textContent()).toBe(
      `¥${((ret.refundAmount - 100) / 100).toFixed(2)}`,
    );
    expect(await card.locator('[data-testid="return-cancel"]').count()).toBe(0);
    const timeline = await page.locator('[data-testid="order-timeline"]').textContent();
    expect(timeline).toContain('退货已入库');
    expect(timeline).toContain('退货申请已通过');
    await screenshot(page, 'portal-order-returned-phone');

    // 我的 → 我的退货 lists it, linked to the order.
    await page.goto('/portal/me');
    await page.click('[data-testid="portal-returns-link"]');
    await page.waitForURL(/\/portal\/returns$/);
    const listed = page.locator(`[data-testid="return-${ret.id}"]`);
    await listed.locator('[data-testid="return-status"]', { hasText: '已入库' }).waitFor();
    await screenshot(page, 'portal-my-returns-phone');
    await listed.locator('[data-testid="return-order-link"]').click();
    await page.waitForURL(new RegExp(`/portal/orders/${placed.id}$`));
  });

  async function buyerName(cookie: string): Promise<string> {
    const me = await api<{ user: { name: string } }>(server().baseURL, cookie, 'GET', '/api/auth/me');
    return me.user.name;
  }
});
