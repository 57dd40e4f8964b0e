import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hasChromium, phone, screenshot, signInPage, useBrowser, warnIfNoChromium } from './support/browser.ts';
import { useDemoServer } from './support/demo-server.ts';
import { api, apiSignIn, DEMO_BUYER } from './support/server.ts';

warnIfNoChromium();

const BUYER = DEMO_BUYER;

describe.skipIf(!hasChromium)('portal ordering', () => {
  const server = useDemoServer();
  const newPage = useBrowser(() => server().baseURL);

  /** Opens the first product found for `q` whose card names `name`, and adds it to the cart. */
  async function addProduct(page: Page, q: string, name: string, extraTaps = 0) {
    await page.goto(`/portal/products?q=${q}`);
    await page.locator('[data-testid^="product-card-"]', { hasText: name }).first().click();
    await page.locator('[data-testid="add-to-cart"]').waitFor({ state: 'visible' });
    for (let tap = 0; tap < extraTaps; tap++) await page.click('[data-testid="add-quantity-plus"]');
    const added = page.waitForResponse((r) => r.url().endsWith('/api/cart/items') && r.request().method() === 'POST');
    await page.click('[data-testid="add-to-cart-button"]');
    expect((await added).status()).toBe(200);
  }

  it('a buyer on a phone adds two products, checks out once, follows the order and orders it again', async () => {
    const page = await newPage(phone);
    await signInPage(page, BUYER.username, BUYER.password, /\/portal/);

    await addProduct(page, 'kkkl', '可口可乐');
    await addProduct(page, 'nfsq', '农夫山泉', 1);
    await expect
      .poll(async () => (await page.locator('[data-testid="portal-tab-cart"]').textContent()) ?? '')
      .toContain('2');

    await page.click('[data-testid="portal-tab-cart"]');
    await page.waitForURL(/\/portal\/cart$/);
    const items = page.locator('[data-testid="cart-page"] .cart-item');
    await expect.poll(() => items.count()).toBe(2);
    const total = (await page.locator('[data-testid="cart-total"]').textContent()) ?? '';
    expect(total).toMatch(/^¥\d[\d,]*\.\d{2}$/);
    await screenshot(page, 'ordering-cart-phone');

    await page.click('[data-testid="cart-checkout"]');
    await page.waitForURL(/\/portal\/checkout/);
    await page.locator('[data-testid="checkout-lines"]').waitFor({ state: 'visible' });
    // The default address is chosen for the buyer.
    await page.locator('[data-testid="checkout-address"] .ant-radio-wrapper-checked').waitFor({ state: 'visible' });
    expect(await page.locator('[data-testid="checkout-total"]').textContent()).toBe(total);
    await page.fill(
      'textarea[data-testid="checkout-remark"], [data-testid="checkout-remark"] textarea',
      '下午三点前送到后门',
    );
    await screenshot(page, 'ordering-checkout-phone');

    const checkouts: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/api/cart/checkout')) checkouts.push(request.headers()['idempotency-key'] ?? '');
    });
    const placed = page.waitForResponse((r) => r.url().endsWith('/api/cart/checkout'));
    // A double tap places one order.
    await page.dblclick('[data-testid="checkout-submit"]');
    expect((await placed).status()).toBe(201);
    // The pay step follows the order (e2e/portal-pay.e2e.ts pays there); this test pays later.
    await page.waitForURL(/\/portal\/checkout\?pay=\d+$/);
    await page.click('[data-testid="checkout-pay-later"]');
    await page.waitForURL(/\/portal\/orders\/\d+$/);
    expect(checkouts.length).toBeGreaterThan(0);
    expect(new Set(checkouts).size).toBe(1);
    expect(checkouts[0]).toMatch(/^[0-9a-f-]{36}$/);

    const orderId = Number(new URL(page.url()).pathname.split('/').pop());
    const buyerCookie = await apiSignIn(server().baseURL, BUYER.username, BUYER.password);
    const mine = await api<{ items: { id: number; number: string }[] }>(
      server().baseURL,
      buyerCookie,
      'GET',
      '/api/orders',
    );
    // Newest first; the demo data has the buyer's earlier orders after it.
    expect(mine.items[0]?.id).toBe(orderId);

    await page.locator('[data-testid="order-detail"]').waitFor({ state: 'visible' });
    expect(await page.locator('[data-testid="order-status-title"]').getAttribute('data-status')).toBe('pending_review');
    const placedEntry = page.locator('[data-testid="timeline-entry"][data-kind="placed"]');
    await placedEntry.waitFor({ state: 'visible' });
    expect(await placedEntry.textContent()).toMatch(/提交了订单[\s\S]*下午三点前送到后门[\s\S]*我方 · 刘采购/);

    // The supplier approves; the buyer's page shows who did it.
    const adminCookie = await apiSignIn(server().baseURL, server().adminUsername, server().adminPassword);
    await api(server().baseURL, adminCookie, 'POST', `/api/orders/${orderId}/approve`, {});
    await page.reload();
    const approved = page.locator('[data-testid="timeline-entry"][data-kind="approved"]');
    await approved.waitFor({ state: 'visible' });
    expect(await approved.textContent()).toContain('供应商');
    await screenshot(page, 'ordering-order-phone');

    await page.click('[data-testid="portal-tab-myOrders"]');
    await page.waitForURL(/\/portal\/orders$/);
    const card = page.locator(`[data-testid="order-card-${orderId}"]`);
    await card.waitFor({ state: 'visible' });
    expect(await card.textContent()).toContain(mine.items[0]!.number);
    await screenshot(page, 'ordering-my-orders-phone');

    // 再来一单 puts both lines back into the (now empty) cart.
    const reordered = page.waitForResponse((r) => r.url().endsWith(`/api/orders/${orderId}/reorder`));
    await card.locator('[data-testid="order-reorder"]').click();
    expect((await reordered).status()).toBe(200);
    await page.waitForURL(/\/portal\/cart$/);
    await expect.poll(() => items.count()).toBe(2);
  });
  it('a buyer pastes a chat message into 快速下单, picks what was meant and adds it all to the cart', async () => {
    const page = await newPage(phone);
    await signInPage(page, BUYER.username, BUYER.password, /\/portal/);
    const buyerCookie = await apiSignIn(server().baseURL, BUYER.username, BUYER.password);
    await api(server().baseURL, buyerCookie, 'POST', '/api/cart/remove', {});

    await page.goto('/portal/quick-order');
    await page.fill(
      'textarea[data-testid="quick-text"], [data-testid="quick-text"] textarea',
      '可乐 10箱，雪碧5箱，火星水 3瓶',
    );
    const parsed = page.waitForResponse((r) => r.url().endsWith('/api/orders/quick-parse'));
    await page.click('[data-testid="quick-parse"]');
    expect((await parsed).status()).toBe(200);
    const lines = page.locator('[data-testid="quick-line"]');
    await expect.poll(() => lines.count()).toBe(3);
    // 火星水 is not in the catalog: marked for editing, never added.
    expect(await lines.nth(2).getAttribute('data-status')).toBe('unmatched');
    await lines.nth(2).locator('[data-testid="quick-line-edit"]').waitFor({ state: 'visible' });

    // Choose where the text names several products.
    for (const index of [0, 1]) {
      if ((await lines.nth(index).getAttribute('data-status')) === 'ambiguous') {
        await lines.nth(index).locator('[data-testid="quick-candidate"]').first().click();
      }
      await expect.poll(() => lines.nth(index).getAttribute('data-status')).toBe('matched');
    }
    await lines
      .nth(1)
      .locator('[data-testid="quick-line-quantity"] input, input[data-testid="quick-line-quantity"]')
      .fill('6');
    await screenshot(page, 'ordering-quick-order-phone');

    const added = page.waitForResponse((r) => r.url().endsWith('/api/cart/items') && r.request().method() === 'POST');
    await page.click('[data-testid="quick-add-all"]');
    const body = JSON.parse((await added).request().postData() ?? '{}') as { items: { quantity: number }[] };
    expect(body.items.map((item) => item.quantity)).toEqual([10, 6]);
    await page.waitForURL(/\/portal\/cart$/);
    await expect.poll(() => page.locator('[data-testid="cart-page"] .cart-item').count()).toBe(2);
  });
});
