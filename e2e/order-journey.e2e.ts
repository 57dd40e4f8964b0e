import ExcelJS from 'exceljs';
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

const BUYER = DEMO_BUYER;

/**
 * Issue 4's journey: a buyer on a phone pastes a chat message, corrects one line and orders; staff
 * approve and ship from the console; the buyer's open order page follows live (no reload) and the
 * buyer confirms receipt.
 */
describe.skipIf(!hasChromium)('the order journey, both sides live', () => {
  const server = useDemoServer();
  const newPage = useBrowser(() => server().baseURL);

  it('paste → correct → order on a phone; approve and ship on a desktop; the phone sees it live and confirms receipt', async () => {
    const buyerCookie = await apiSignIn(server().baseURL, BUYER.username, BUYER.password);
    await api(server().baseURL, buyerCookie, 'POST', '/api/cart/remove', {});

    // The buyer pastes a chat message into 快速下单 and corrects one quantity.
    const phonePage = await newPage(phone);
    await signInPage(phonePage, BUYER.username, BUYER.password, /\/portal/);
    await phonePage.goto('/portal/quick-order');
    await phonePage.fill(
      'textarea[data-testid="quick-text"], [data-testid="quick-text"] textarea',
      '可乐 10箱，雪碧5箱',
    );
    const parsed = phonePage.waitForResponse((r) => r.url().endsWith('/api/orders/quick-parse'));
    await phonePage.click('[data-testid="quick-parse"]');
    expect((await parsed).status()).toBe(200);
    const lines = phonePage.locator('[data-testid="quick-line"]');
    await expect.poll(() => lines.count()).toBe(2);
    for (const index of [0, 1]) {
      if ((await lines.nth(index).getAttribute('data-status')) === 'ambiguous') {
        await lines.nth(index).locator('[data-testid="quick-candidate"]').first().click();
      }
      await expect.poll(() => lines.nth(index).getAttribute('data-status')).toBe('matched');
    }
    // The demo supplier has only 2 箱 of 雪碧: the page says so, and the buyer corrects the line.
    await expect.poll(async () => (await lines.nth(1).textContent()) ?? '').toContain('仅可订 2 箱');
    await lines
      .nth(1)
      .locator('[data-testid="quick-line-quantity"] input, input[data-testid="quick-line-quantity"]')
      .fill('2');
    const added = phonePage.waitForResponse(
      (r) => r.url().endsWith('/api/cart/items') && r.request().method() === 'POST',
    );
    await phonePage.click('[data-testid="quick-add-all"]');
    expect((await added).status()).toBe(200);
    await phonePage.waitForURL(/\/portal\/cart$/);
    await phonePage.click('[data-testid="cart-checkout"]');
    await phonePage.waitForURL(/\/portal\/checkout/);
    await phonePage.locator('[data-testid="checkout-lines"]').waitFor({ state: 'visible' });
    const placed = phonePage.waitForResponse((r) => r.url().endsWith('/api/cart/checkout'));
    await phonePage.click('[data-testid="checkout-submit"]');
    const placedRes = await placed;
    expect(placedRes.status()).toBe(201);
    const order = (await placedRes.json()) as {
      id: number;
      number: string;
      lines: { quantity: number; unitName: string }[];
    };
    expect(order.lines.map((l) => `${l.quantity}${l.unitName}`)).toEqual(['10箱', '2箱']);
    // The pay step follows the order; this journey pays later.
    await phonePage.click('[data-testid="checkout-pay-later"]');
    await phonePage.waitForURL(new RegExp(`/portal/orders/${order.id}$`));
    const status = phonePage.locator('[data-testid="order-status-title"]');
    await expect.poll(() => status.getAttribute('data-status')).toBe('pending_review');

    // Staff approve and ship on a desktop; the new order reached them live.
    const desk = await newPage(desktop);
    await signInPage(desk, server().adminUsername, server().adminPassword, /\/admin/);
    await desk.goto('/admin/orders');
    await desk.locator(`[data-testid="order-open-${order.id}"]`).click();
    await desk.waitForURL(new RegExp(`/admin/orders/${order.id}$`));
    await desk.click('[data-testid="order-approve"]');
    const approved = desk.waitForResponse((r) => r.url().endsWith(`/api/orders/${order.id}/approve`));
    await desk.click('[data-testid="approve-submit"]');
    expect((await approved).status()).toBe(200);

    // The buyer's page, untouched since it opened, follows.
    await expect.poll(() => status.getAttribute('data-status'), { timeout: 15_000 }).toBe('awaiting_shipment');

    await desk.click('[data-testid="order-ship"]');
    const tracking = desk.locator('input[data-testid="ship-tracking"], [data-testid="ship-tracking"] input').first();
    await tracking.waitFor({ state: 'visible' });
    await tracking.fill('SF3000000003');
    const shipped = desk.waitForResponse((r) => r.url().endsWith(`/api/orders/${order.id}/shipments`));
    await desk.click('[data-testid="ship-submit"]');
    expect((await shipped).status()).toBe(201);
    await screenshot(desk, 'journey-staff-shipped-desktop');

    await expect.poll(() => status.getAttribute('data-status'), { timeout: 15_000 }).toBe('shipped');
    await phonePage.locator('[data-testid="timeline-entry"][data-kind="shipped"]').waitFor({ state: 'visible' });
    await screenshot(phonePage, 'journey-buyer-shipped-phone');

    // The buyer confirms receipt.
    await phonePage.click('[data-testid="order-complete"]');
    const completed = phonePage.waitForResponse((r) => r.url().endsWith(`/api/orders/${order.id}/complete`));
    await phonePage.locator('.ant-popconfirm .ant-btn-primary, .ant-popover .ant-btn-primary').first().click();
    expect((await completed).status()).toBe(200);
    await expect.poll(() => status.getAttribute('data-status')).toBe('completed');
    const final = await api<{ status: string; events: { kind: string }[] }>(
      server().baseURL,
      buyerCookie,
      'GET',
      `/api/orders/${order.id}`,
    );
    expect(final.status).toBe('completed');
    expect(final.events.map((e) => e.kind)).toEqual(['placed', 'approved', 'shipped', 'completed']);
    await screenshot(phonePage, 'journey-buyer-completed-phone');
  });

  it('a buyer imports an order sheet from Excel into 快速下单 and adds it to the cart', async () => {
    const buyerCookie = await apiSignIn(server().baseURL, BUYER.username, BUYER.password);
    await api(server().baseURL, buyerCookie, 'POST', '/api/cart/remove', {});
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('订单');
    sheet.addRow(['商品编码', '数量', '单位']);
    sheet.addRow(['YL-KKL-330-24', 3, '箱']);
    sheet.addRow(['农夫山泉', 2, '箱']);
    const file = Buffer.from(await book.xlsx.writeBuffer());

    const page = await newPage(phone);
    await signInPage(page, BUYER.username, BUYER.password, /\/portal/);
    await page.goto('/portal/quick-order');
    const parsed = page.waitForResponse((r) => r.url().endsWith('/api/orders/quick-parse/excel'));
    await page.locator('[data-testid="quick-order"] input[type=file]').setInputFiles({
      name: '订货单.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: file,
    });
    expect((await parsed).status()).toBe(200);
    const lines = page.locator('[data-testid="quick-line"]');
    await expect.poll(() => lines.count()).toBe(2);
    expect(await lines.nth(0).getAttribute('data-status')).toBe('matched');
    if ((await lines.nth(1).getAttribute('data-status')) === 'ambiguous') {
      await lines.nth(1).locator('[data-testid="quick-candidate"]').first().click();
    }
    await expect.poll(() => lines.nth(1).getAttribute('data-status')).toBe('matched');
    const added = page.waitForResponse((r) => r.url().endsWith('/api/cart/items') && r.request().method() === 'POST');
    await page.click('[data-testid="quick-add-all"]');
    expect((await added).status()).toBe(200);
    const cart = await api<{ items: { skuCode: string; quantity: number; unitName: string }[] }>(
      server().baseURL,
      buyerCookie,
      'GET',
      '/api/cart',
    );
    expect(cart.items.map((i) => `${i.skuCode} ${i.quantity}${i.unitName}`)).toContain('YL-KKL-330-24 3箱');
    expect(cart.items).toHaveLength(2);
  });
});
