import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { desktop, hasChromium, screenshot, signInPage, useBrowser, warnIfNoChromium } from './support/browser.ts';
import { useDemoServer } from './support/demo-server.ts';
import { api, apiSignIn, DEMO_BUYER } from './support/server.ts';

warnIfNoChromium();

const BUYER = DEMO_BUYER;

interface Sku {
  id: number;
  code: string;
}

describe.skipIf(!hasChromium)('staff orders', () => {
  const server = useDemoServer();
  const newPage = useBrowser(() => server().baseURL);

  it('staff approve a buyer’s order and ship it in two parts; the timeline shows both shipments', async () => {
    // The buyer orders two cans' SKUs: 12 可口可乐 330ml and 6 可口可乐 500ml (both sold by 6).
    const buyer = await apiSignIn(server().baseURL, BUYER.username, BUYER.password);
    const skuOf = async (code: string) => {
      const found = await api<{ items: { skus: Sku[] }[] }>(server().baseURL, buyer, 'GET', `/api/products?q=${code}`);
      const sku = found.items.flatMap((p) => p.skus).find((s) => s.code === code);
      if (!sku) throw new Error(`demo SKU ${code} is missing`);
      return sku;
    };
    const can = await skuOf('YL-KKL-330-24');
    const bottle = await skuOf('YL-KKL-500-24');
    const placed = await api<{ id: number; number: string; status: string }>(
      server().baseURL,
      buyer,
      'POST',
      '/api/orders',
      {
        lines: [
          { skuId: can.id, quantity: 12 },
          { skuId: bottle.id, quantity: 6 },
        ],
        remark: 'e2e：请分两次发货',
      },
    );
    expect(placed.status).toBe('pending_review');

    const page = await newPage(desktop);
    await signInPage(page, server().adminUsername, server().adminPassword, /\/admin/);

    // The queue lists it under 待审核; its row opens the detail.
    await page.click('[data-testid="nav-orders"]');
    await page.locator('[data-testid="orders-page"]').waitFor({ state: 'visible' });
    await page.click('[data-testid="orders-tab-pending_review"]');
    const open = page.locator(`[data-testid="order-open-${placed.id}"]`);
    await open.waitFor({ state: 'visible' });
    expect(await open.textContent()).toBe(placed.number);
    await screenshot(page, 'staff-orders-queue-desktop');
    await open.click();
    await page.waitForURL(new RegExp(`/admin/orders/${placed.id}$`));
    await expectStatus(page, '待审核');

    // 审核通过 with a note.
    await page.click('[data-testid="order-approve"]');
    await page.locator('[data-testid="approve-note"]').fill('已电话确认');
    const approved = page.waitForResponse((r) => r.url().endsWith(`/api/orders/${placed.id}/approve`));
    await page.click('[data-testid="approve-submit"]');
    expect((await approved).status()).toBe(200);
    await expectStatus(page, '待发货');

    // First shipment: half of the cans and none of the bottles, by 顺丰.
    await page.click('[data-testid="order-ship"]');
    const cans = field(page, `ship-qty-${can.id}`);
    await cans.waitFor({ state: 'visible' });
    expect(await cans.inputValue()).toBe('12');
    expect(await field(page, `ship-qty-${bottle.id}`).inputValue()).toBe('6');
    await cans.fill('6');
    await field(page, `ship-qty-${bottle.id}`).fill('0');
    await pick(page, 'ship-carrier', '顺丰速运');
    await field(page, 'ship-tracking').fill('SF1000000001');
    const first = page.waitForResponse((r) => r.url().endsWith(`/api/orders/${placed.id}/shipments`));
    await page.click('[data-testid="ship-submit"]');
    const firstRes = await first;
    expect(firstRes.status()).toBe(201);
    expect(((await firstRes.json()) as { shipment: { lines: { quantity: number }[] } }).shipment.lines).toEqual([
      expect.objectContaining({ skuId: can.id, quantity: 6 }),
    ]);
    await expectStatus(page, '部分发货');
    await page.locator('[data-testid="ship-modal"]').waitFor({ state: 'detached' });

    // Second shipment: the dialog offers exactly what is left (6 cans, 6 bottles), by 中通.
    await page.click('[data-testid="order-ship"]');
    await field(page, `ship-qty-${can.id}`).waitFor({ state: 'visible' });
    expect(await field(page, `ship-qty-${can.id}`).inputValue()).toBe('6');
    expect(await field(page, `ship-qty-${bottle.id}`).inputValue()).toBe('6');
    await pick(page, 'ship-carrier', '中通快递');
    await field(page, 'ship-tracking').fill('ZTO2000000002');
    const second = page.waitForResponse((r) => r.url().endsWith(`/api/orders/${placed.id}/shipments`));
    await page.click('[data-testid="ship-submit"]');
    expect((await second).status()).toBe(201);
    await expectStatus(page, '已发货');

    // Both shipments are listed and on the timeline, after 提交订单 and 审核通过.
    const timeline = page.locator('[data-testid="order-timeline"]');
    await expect.poll(async () => timeline.locator('[data-testid="order-event-shipped"]').count()).toBe(2);
    // The page may still be re-rendering from the live refresh: read the timeline once it has settled.
    await expect
      .poll(async () => (await timeline.locator('[data-testid="order-event-shipped"]').allTextContents())[0] ?? '')
      .toContain('顺丰速运 SF1000000001');
    const shippedEvents = await timeline.locator('[data-testid="order-event-shipped"]').allTextContents();
    expect(shippedEvents[0]).toContain('部分发货');
    expect(shippedEvents[1]).toContain('中通快递 ZTO2000000002');
    expect(shippedEvents[1]).toContain('已发货');
    expect(await timeline.locator('[data-testid="order-event-approved"]').textContent()).toContain('已电话确认');
    expect(await page.locator('[data-testid="order-shipments"]').textContent()).toMatch(
      /SF1000000001[\s\S]*ZTO2000000002/,
    );
    // Nothing is left to ship, so the ship button is gone and staff may complete the order.
    expect(await page.locator('[data-testid="order-ship"]').count()).toBe(0);
    await page.locator('[data-testid="order-complete"]').waitFor({ state: 'visible' });
    await screenshot(page, 'staff-orders-shipped-desktop');
  });
});

async function expectStatus(page: Page, label: string) {
  await page.locator('[data-testid="order-detail"] [data-testid="order-status"]', { hasText: label }).first().waitFor();
}

/** The input behind a data-testid, whether the test id sits on the input or on its wrapper. */
function field(page: Page, testId: string) {
  return page.locator(`input[data-testid="${testId}"], [data-testid="${testId}"] input`).first();
}

/** Opens an antd Select by test id and picks the option with this text from its open list. */
async function pick(page: Page, testId: string, option: string) {
  await page.click(`[data-testid="${testId}"]`);
  await page
    .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', { hasText: option })
    .first()
    .click();
}
