import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { desktop, hasChromium, phone, screenshot, useBrowser, warnIfNoChromium } from './support/browser.ts';
import { type RunningServer, startServer } from './support/server.ts';

warnIfNoChromium();

/** 西湖人家餐厅's buyer: a 金牌客户 (九折) with a fixed 金牌 price for a case of 可口可乐 330ml. */
const BUYER = { username: 'buyer', password: 'demo1234' };

describe.skipIf(!hasChromium)('catalog', () => {
  let server: RunningServer | undefined;

  beforeAll(async () => {
    server = await startServer({ demoData: true });
  });
  afterAll(async () => {
    await server?.stop();
  });

  const newPage = useBrowser(() => server!.baseURL);

  it('a buyer on a phone finds 可口可乐 by its pinyin initials and sees its own prices', async () => {
    const page = await newPage(phone);
    await page.goto('/login');
    await page.fill('#username', BUYER.username);
    await page.fill('#password', BUYER.password);
    await page.click('button[type=submit]');
    await page.waitForURL(/\/portal/);
    await page.goto('/portal/products');
    const search = page.locator('[data-testid="product-search"] input, input[data-testid="product-search"]').first();
    const answered = page.waitForResponse((r) => r.url().includes('/api/products?') && r.url().includes('q=kkkl'));
    await search.fill('kkkl');
    expect((await answered).status()).toBe(200);
    const card = page.locator('[data-testid^="product-card-"]', { hasText: '可口可乐' }).first();
    await card.waitFor({ state: 'visible' });
    // A can is ¥2.00 at base; 九折 makes it ¥1.80 — the buyer never sees the base price.
    const price = (await card.locator('[data-testid="product-card-price"]').textContent()) ?? '';
    expect(price).toContain('¥1.80');
    await screenshot(page, 'catalog-buyer-search-phone');

    await card.click();
    await page.locator('[data-testid="product-detail"]').waitFor({ state: 'visible' });
    // The case of 24 has a fixed 金牌 price (¥39.80), which beats 九折 of ¥45.00 (¥40.50).
    await expect
      .poll(async () => (await page.locator('[data-testid="product-detail"]').textContent()) ?? '')
      .toContain('¥39.80');
    await page.locator('[data-testid="tier-table"]').waitFor({ state: 'visible' });
    await screenshot(page, 'catalog-buyer-product-phone');
  });

  it('signed-out visitors get no prices: the API refuses and the portal asks to sign in', async () => {
    const res = await fetch(`${server!.baseURL}/api/products?q=kkkl`);
    expect(res.status).toBe(401);
    const page = await newPage(desktop);
    await page.goto('/portal/products');
    await page.waitForURL(/\/login/);
  });
});
