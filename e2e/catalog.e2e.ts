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

const BUYER = DEMO_BUYER;

describe.skipIf(!hasChromium)('catalog', () => {
  const server = useDemoServer();
  const newPage = useBrowser(() => server().baseURL);

  it('a buyer on a phone finds 可口可乐 by its pinyin initials and sees its own prices', async () => {
    const page = await newPage(phone);
    await signInPage(page, BUYER.username, BUYER.password, /\/portal/);
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
    await screenshot(page, 'catalog-buyer-product-phone');

    // 农夫山泉 550ml: 九折 of a ¥24.00 case is ¥21.60; from 10 cases ¥21.00, from 50 ¥19.80.
    await page.goto('/portal/products?q=nfsq');
    await page.locator('[data-testid^="product-card-"]', { hasText: '农夫山泉 饮用天然水' }).first().click();
    const tiers = page.locator('[data-testid="tier-table"]');
    await tiers.waitFor({ state: 'visible' });
    expect(await tiers.textContent()).toMatch(/¥21\.00[\s\S]*¥19\.80/);
    await screenshot(page, 'catalog-buyer-tiers-phone');
  });

  it('staff create a product with two SKUs on a desktop and give a customer its own price', async () => {
    const page = await newPage(desktop);
    await signInPage(page, server().adminUsername, server().adminPassword, /\/admin/);

    await page.goto('/admin/products/new');
    await field(page, 'product-name').fill('鲜达自有品牌 苏打水');
    await page.click('[data-testid="spec-add"]');
    await field(page, 'spec-name-0').fill('规格');
    await field(page, 'spec-name-0').press('Enter');
    const values = page.locator('[data-testid="spec-values-0"] input').first();
    for (const v of ['350ml', '500ml']) {
      await values.fill(v);
      await values.press('Enter');
    }
    await field(page, 'sku-code-1').waitFor({ state: 'visible' });
    await field(page, 'sku-code-0').fill('E2E-SODA-350');
    await field(page, 'sku-price-0').fill('2.50');
    await field(page, 'sku-code-1').fill('E2E-SODA-500');
    await field(page, 'sku-price-1').fill('3.20');
    const created = page.waitForResponse((r) => r.url().endsWith('/api/products') && r.request().method() === 'POST');
    await page.click('[data-testid="product-save"]');
    const createdRes = await created;
    expect(createdRes.status()).toBe(201);
    const product = (await createdRes.json()) as { id: number; skus: { id: number; code: string; price: number }[] };
    expect(product.skus.map((s) => [s.code, s.price])).toEqual([
      ['E2E-SODA-350', 250],
      ['E2E-SODA-500', 320],
    ]);
    await page.waitForURL(new RegExp(`/admin/products/${product.id}$`));
    await page.locator('[data-testid="sku-table"]').waitFor({ state: 'visible' });
    // Enter in the spec editor must not have submitted the half-filled form on the way.
    expect(await page.locator('.ant-message-error').count()).toBe(0);
    await screenshot(page, 'catalog-staff-product-desktop');

    // 西湖人家餐厅 gets ¥2.00 for the 350ml bottle instead of 九折 of ¥2.50.
    const adminCookie = await apiSignIn(server().baseURL, server().adminUsername, server().adminPassword);
    const customers = await api<{ items: { id: number }[] }>(
      server().baseURL,
      adminCookie,
      'GET',
      `/api/customers?q=${encodeURIComponent('西湖人家')}`,
    );
    const customerId = customers.items[0]!.id;
    await page.goto(`/admin/customers/${customerId}?tab=prices`);
    await page.click('[data-testid="customer-price-add"]');
    const picker = page.locator('[data-testid="sku-picker"]').first();
    await picker.click();
    await page.keyboard.type('E2E-SODA-350');
    const option = page.locator('.ant-select-item-option', { hasText: 'E2E-SODA-350' }).first();
    await option.waitFor({ state: 'visible' });
    await option.click();
    await field(page, 'price-amount').fill('2.00');
    const priced = page.waitForResponse(
      (r) => r.url().endsWith(`/api/customers/${customerId}/prices`) && r.request().method() === 'POST',
    );
    await page.click('[data-testid="price-form-submit"]');
    expect((await priced).status()).toBe(201);
    await page
      .locator('[data-testid="customer-prices-table"]', { hasText: 'E2E-SODA-350' })
      .waitFor({ state: 'visible' });
    await screenshot(page, 'catalog-staff-customer-price-desktop');

    // The buyer now pays its own price for that SKU, 九折 for the other.
    const buyerCookie = await apiSignIn(server().baseURL, BUYER.username, BUYER.password);
    const seen = await api<{ items: { skus: { code: string; price: number }[] }[] }>(
      server().baseURL,
      buyerCookie,
      'GET',
      '/api/products?q=E2E-SODA',
    );
    const prices = Object.fromEntries(seen.items.flatMap((p) => p.skus.map((s) => [s.code, s.price])));
    expect(prices).toEqual({ 'E2E-SODA-350': 200, 'E2E-SODA-500': 288 });
  });

  it('signed-out visitors get no prices: the API refuses and the portal asks to sign in', async () => {
    const res = await fetch(`${server().baseURL}/api/products?q=kkkl`);
    expect(res.status).toBe(401);
    const page = await newPage(desktop);
    await page.goto('/portal/products');
    await page.waitForURL(/\/login/);
  });
});

/** The input behind a data-testid, whether the test id sits on the input or on its wrapper. */
function field(page: Page, testId: string) {
  return page.locator(`input[data-testid="${testId}"], [data-testid="${testId}"] input`).first();
}
