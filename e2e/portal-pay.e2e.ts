import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  desktop,
  hasChromium,
  outputDir,
  phone,
  screenshot,
  signInPage,
  useBrowser,
  warnIfNoChromium,
} from './support/browser.ts';
import { useDemoServer } from './support/demo-server.ts';
import { api, apiSignIn, DEMO_BUYER } from './support/server.ts';

warnIfNoChromium();

interface Sku {
  id: number;
  code: string;
  units: { id: number; name: string; factor: number }[];
}
interface Cart {
  items: { id: number; skuId: number; amount: number | null }[];
}
interface Payment {
  id: number;
  number: string;
  method: string;
  amount: number;
  status: string;
  vouchers: { index: number; name: string }[];
}
interface PaymentOptions {
  customerId: number;
  methods: string[];
  walletBalance: number;
}

/** Live notices about the demo's orders would cover what the screenshot is of. */
async function dismissNotices(page: Page) {
  await page.addStyleTag({ content: '.ant-notification { display: none !important; }' });
}

/** A sheet is fixed to the screen: it is shot as the buyer sees it, not stitched into a full page. */
async function sheetShot(page: Page, name: string) {
  await dismissNotices(page);
  await page.waitForTimeout(400); // the sheet's slide
  await page.screenshot({ path: path.join(outputDir, `${name}.png`) });
}

/** A full page, from its top, without the notices. */
async function pageShot(page: Page, name: string) {
  await dismissNotices(page);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(300);
  await screenshot(page, name);
}

const money = (fen: number) => `¥${(fen / 100).toLocaleString('en-US', { minimumFractionDigits: 2 })}`;
const yuan = (fen: number) => (fen / 100).toFixed(2);

// A 1×1 PNG: what a phone's photo of a bank slip looks like to the server.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

describe.skipIf(!hasChromium)('the buyer pays in the portal, on a phone', () => {
  const server = useDemoServer();
  const newPage = useBrowser(() => server().baseURL);
  const buyer = () => apiSignIn(server().baseURL, DEMO_BUYER.username, DEMO_BUYER.password);
  const admin = () => apiSignIn(server().baseURL, server().adminUsername, server().adminPassword);

  /** The demo cola and its case. */
  async function cola(cookie: string) {
    const found = await api<{ items: { skus: Sku[] }[] }>(
      server().baseURL,
      cookie,
      'GET',
      '/api/products?q=YL-KKL-330-24',
    );
    const sku = found.items.flatMap((p) => p.skus).find((s) => s.code === 'YL-KKL-330-24');
    const unit = sku?.units.find((u) => u.factor > 1);
    if (!sku || !unit) throw new Error('demo SKU YL-KKL-330-24 or its case is missing');
    return { sku, unit };
  }

  /** Puts `cases` cases of the demo cola into the cart and returns the cart item. */
  async function cartItem(cookie: string, cases: number) {
    const { sku, unit } = await cola(cookie);
    const cart = await api<Cart>(server().baseURL, cookie, 'POST', '/api/cart/items', {
      items: [{ skuId: sku.id, unitId: unit.id, quantity: cases }],
      mode: 'set',
    });
    const item = cart.items.find((i) => i.skuId === sku.id);
    if (!item?.amount) throw new Error('the cola has no price for the buyer');
    return { id: item.id, amount: item.amount };
  }

  async function placeByApi(cookie: string, cases: number) {
    const { sku, unit } = await cola(cookie);
    return api<{ id: number; number: string; totalAmount: number }>(server().baseURL, cookie, 'POST', '/api/orders', {
      lines: [{ skuId: sku.id, unitId: unit.id, quantity: cases }],
    });
  }

  async function signIn(page: Page) {
    await signInPage(page, DEMO_BUYER.username, DEMO_BUYER.password, /\/portal/);
  }

  it('立即支付 after checkout: part from the wallet (部分付款), the rest by transfer with a voucher (待确认)', async () => {
    const baseURL = server().baseURL;
    const cookie = await buyer();
    const item = await cartItem(cookie, 3);
    const total = item.amount;
    const part = Math.round(total / 2);
    // The demo wallet holds a top-up; make sure it covers the part whatever the demo spent.
    const options = await api<PaymentOptions>(baseURL, cookie, 'GET', '/api/payment-options');
    expect(options.methods).toEqual(expect.arrayContaining(['wallet', 'offline']));
    if (options.walletBalance < part) {
      await api(baseURL, await admin(), 'POST', `/api/customers/${options.customerId}/wallet/top-ups`, {
        amount: part,
        method: 'offline',
      });
    }

    const page = await newPage(phone);
    await signIn(page);
    await page.goto(`/portal/checkout?items=${item.id}`);
    await page.locator('[data-testid="checkout-lines"]').waitFor();
    // 立即支付 is chosen; 账期支付 is offered beside it.
    await page.locator('[data-testid="checkout-pay-credit"]').waitFor();
    expect(await page.locator('[data-testid="checkout-pay-now"]').isChecked()).toBe(true);
    await pageShot(page, 'pay-checkout-choice-phone');

    const placed = page.waitForResponse((r) => r.url().endsWith('/api/cart/checkout'));
    await page.click('[data-testid="checkout-submit"]');
    const order = (await (await placed).json()) as { id: number; number: string; totalAmount: number };
    expect(order.totalAmount).toBe(total);
    await page.waitForURL(new RegExp(`/portal/checkout\\?pay=${order.id}$`));
    await page.locator('[data-testid="checkout-placed"]').waitFor();
    const form = page.locator('[data-testid="pay-form"]');
    await form.waitFor();
    // The amount starts at what is due.
    expect(await page.locator('[data-testid="pay-amount"]').inputValue()).toBe(yuan(total));
    await pageShot(page, 'pay-step-phone');

    // Part of it from the wallet.
    await page.click('[data-testid="pay-method-wallet"]');
    await page.fill('[data-testid="pay-amount"]', yuan(part));
    await page.locator('[data-testid="pay-submit"]', { hasText: money(part) }).waitFor();
    const paid = page.waitForResponse((r) => r.url().endsWith(`/api/orders/${order.id}/payments`));
    await page.click('[data-testid="pay-submit"]');
    const paidRes = await paid;
    expect(paidRes.status(), await paidRes.text()).toBe(201);
    expect(paidRes.request().headers()['idempotency-key']).toMatch(/^[0-9a-f-]{36}$/);
    expect(paidRes.request().postDataJSON()).toEqual({ method: 'wallet', amount: part });
    const success = page.locator('[data-testid="pay-success"]');
    await success.waitFor();
    expect(await success.textContent()).toContain('支付成功');
    expect(await success.textContent()).toContain(money(part));
    await pageShot(page, 'pay-wallet-success-phone');

    // 完成 goes to the order: 部分付款, the rest due.
    await page.click('[data-testid="pay-done"]');
    await page.waitForURL(new RegExp(`/portal/orders/${order.id}$`));
    const bill = page.locator('[data-testid="order-bill"]');
    await bill.locator('[data-testid="bill-payment-status"][data-status="partially_paid"]').waitFor();
    expect(await bill.locator('[data-testid="bill-payment-status"]').textContent()).toBe('部分付款');
    expect(await bill.locator('[data-testid="bill-paid"]').textContent()).toBe(money(part));
    expect(await bill.locator('[data-testid="bill-due"]').textContent()).toBe(money(total - part));
    await bill.locator('[data-testid="bill-payment"][data-method="wallet"] [data-state="succeeded"]').waitFor();
    await page.locator('[data-testid="timeline-entry"][data-kind="paid"]').waitFor();
    await pageShot(page, 'pay-order-phone');
    await dismissNotices(page);
    await bill.screenshot({ path: path.join(outputDir, 'pay-order-bill-partial-phone.png') });

    // The rest by bank transfer, with the voucher.
    await bill.locator('[data-testid="bill-pay"]').click();
    await form.waitFor();
    expect(await page.locator('[data-testid="pay-amount"]').inputValue()).toBe(yuan(total - part));
    await page.click('[data-testid="pay-method-offline"]');
    const bank = page.locator('[data-testid="pay-bank"]');
    await bank.waitFor();
    expect(await bank.locator('[data-testid="pay-bank-accountNo"]').textContent()).toContain('1202 0212 0910 0066 888');
    await page.fill('[data-testid="pay-payer"]', '西湖人家餐厅');
    await page.locator('.pay-sheet input[type="file"]').setInputFiles({
      name: '转账回单.png',
      mimeType: 'image/png',
      buffer: PNG,
    });
    expect(await page.locator('[data-testid="pay-voucher-name"]').textContent()).toBe('转账回单.png');
    await sheetShot(page, 'pay-transfer-form-phone');

    const reported = page.waitForResponse((r) => r.url().endsWith(`/api/orders/${order.id}/payments`));
    const uploaded = page.waitForResponse((r) => /\/api\/payments\/\d+\/vouchers$/.test(r.url()));
    await page.click('[data-testid="pay-submit"]');
    const transfer = (await (await reported).json()) as Payment;
    expect(transfer).toMatchObject({ method: 'offline', status: 'pending', amount: total - part });
    const withVoucher = (await (await uploaded).json()) as Payment;
    expect(withVoucher.vouchers.map((v) => v.name)).toEqual(['转账回单.png']);
    const pending = page.locator('[data-testid="pay-transfer-pending"]');
    await pending.waitFor();
    expect(await pending.textContent()).toContain('已提交，待财务确认');
    await pending.locator('[data-testid="pay-voucher-link"]', { hasText: '转账回单.png' }).waitFor();
    await sheetShot(page, 'pay-transfer-pending-phone');

    await page.click('[data-testid="pay-done"]');
    const row = bill.locator(`[data-testid="bill-payment"][data-method="offline"]`);
    await row.locator('[data-testid="payment-state"]', { hasText: '待确认' }).waitFor();
    expect(await bill.locator('[data-testid="bill-pending"]').textContent()).toBe(money(total - part));
    await bill.locator('[data-testid="bill-awaiting-confirm"]').waitFor();
    expect(await bill.locator('[data-testid="bill-pay"]').count()).toBe(0);
    await page.waitForTimeout(400); // the sheet's slide out
    await bill.screenshot({ path: path.join(outputDir, 'pay-order-bill-pending-phone.png') });

    // 我的 → 我的账单: the order is still to pay until finance confirms; 全部 lists it too.
    await page.goto('/portal/me');
    await page.locator('[data-testid="portal-statements-link"]').waitFor();
    await pageShot(page, 'pay-me-links-phone');
    await page.click('[data-testid="portal-bills-link"]');
    await page.waitForURL(/\/portal\/bills$/);
    const card = page.locator(`[data-testid="bill-card-${order.id}"]`);
    await card.waitFor();
    expect(await card.locator('[data-testid="bill-card-due"]').textContent()).toBe(money(total - part));
    // …but the transfer covers it: 待确认, no 去付款.
    expect(await card.locator('[data-testid="bill-card-pending"]').textContent()).toBe(
      `转账 ${money(total - part)} 待确认`,
    );
    expect(await card.locator('[data-testid="bill-card-pay"]').count()).toBe(0);
    await pageShot(page, 'pay-bills-due-phone');
    await page.click('[data-testid="bills-tab-all"]');
    await page.waitForURL(/\/portal\/bills\?tab=all$/);
    await card.waitFor();
    await pageShot(page, 'pay-bills-all-phone');

    // 我的账户: the wallet paid it (支付订单), and the demo's overdue credit order shows on the credit card.
    await page.goto('/portal/me');
    await page.click('[data-testid="portal-account-link"]');
    await page.waitForURL(/\/portal\/account$/);
    const entry = page.locator('[data-testid="wallet-entry"][data-kind="payment"]').first();
    await entry.waitFor();
    expect(await entry.textContent()).toContain(order.number);
    expect(await entry.textContent()).toContain(`-${money(part)}`);
    await page.locator('[data-testid="credit-card"] [data-testid="credit-receivable"]').first().waitFor();
    await pageShot(page, 'pay-account-phone');
  });

  it('支付宝 through the local gateway: the QR code, 打开支付宝付款, 确认支付 there, 支付成功 here', async () => {
    const baseURL = server().baseURL;
    const cookie = await buyer();
    const options = await api<PaymentOptions>(baseURL, cookie, 'GET', '/api/payment-options');
    // The demo points Alipay at our local gateway; without it there is nothing to drive.
    if (!options.methods.includes('alipay')) return;
    const order = await placeByApi(cookie, 2);

    const page = await newPage(phone);
    await signIn(page);
    await page.goto(`/portal/orders/${order.id}`);
    await page.locator('[data-testid="bill-pay"]').click();
    await page.locator('[data-testid="pay-form"]').waitFor();
    await page.click('[data-testid="pay-method-alipay"]');
    const started = page.waitForResponse((r) => r.url().endsWith(`/api/orders/${order.id}/payments`));
    await page.click('[data-testid="pay-submit"]');
    const payment = (await (await started).json()) as Payment & { codeUrl: string };
    expect(payment).toMatchObject({ method: 'alipay', status: 'pending', amount: order.totalAmount });
    const online = page.locator('[data-testid="pay-online"][data-method="alipay"]');
    await online.waitFor();
    expect(await online.locator('[data-testid="pay-online-amount"]').textContent()).toBe(money(order.totalAmount));
    await online.locator('[data-testid="pay-qr"] canvas').waitFor();
    const open = online.locator('[data-testid="pay-open-provider"]');
    expect(await open.textContent()).toBe('打开支付宝付款');
    expect(await open.getAttribute('href')).toBe(payment.codeUrl);
    await sheetShot(page, 'pay-alipay-waiting-phone');

    // The buyer opens Alipay (here: the gateway's pay page in a new tab) and confirms there.
    const [gateway] = await Promise.all([page.context().waitForEvent('page'), open.click()]);
    await gateway.waitForLoadState();
    await gateway.getByRole('button', { name: '确认支付' }).click();
    await gateway.getByText('支付成功').waitFor();
    await screenshot(gateway, 'pay-alipay-gateway-phone');
    await gateway.close();

    // Back here, the poll sees it paid.
    const success = page.locator('[data-testid="pay-success"]');
    await success.waitFor({ timeout: 20_000 });
    expect(await success.textContent()).toContain('支付成功');
    await sheetShot(page, 'pay-alipay-success-phone');
    await page.click('[data-testid="pay-done"]');
    await page.locator('[data-testid="order-bill"] [data-testid="bill-payment-status"][data-status="paid"]').waitFor();
  });

  it('账期支付 at checkout is charged to credit at once', async () => {
    const cookie = await buyer();
    const item = await cartItem(cookie, 1);
    const page = await newPage(phone);
    await signIn(page);
    await page.goto(`/portal/checkout?items=${item.id}`);
    await page.click('[data-testid="checkout-pay-credit"]');
    const placed = page.waitForResponse((r) => r.url().endsWith('/api/cart/checkout'));
    const charged = page.waitForResponse((r) => /\/api\/orders\/\d+\/payments$/.test(r.url()));
    await page.click('[data-testid="checkout-submit"]');
    expect((await placed).request().postDataJSON()).toMatchObject({ paymentMethod: 'credit' });
    const chargedRes = await charged;
    expect(chargedRes.status(), await chargedRes.text()).toBe(201);
    expect(chargedRes.request().postDataJSON()).toEqual({ method: 'credit' });
    const success = page.locator('[data-testid="pay-success"]');
    await success.waitFor();
    expect(await success.textContent()).toContain('已记入账期');
    await pageShot(page, 'pay-credit-checkout-phone');
  });

  it('充值 by WeChat Pay from 我的账户, and the account and a pay sheet on a desktop', async () => {
    const cookie = await buyer();
    const options = await api<PaymentOptions>(server().baseURL, cookie, 'GET', '/api/payment-options');
    const page = await newPage(phone);
    await signIn(page);
    await page.goto('/portal/account');
    const balance = page.locator('[data-testid="wallet-balance"]');
    await expect.poll(() => balance.textContent()).toBe(money(options.walletBalance));
    await page.click('[data-testid="wallet-top-up"]');
    await page.locator('[data-testid="pay-form"]').waitFor();
    // Only new money tops up a wallet: no wallet, no credit.
    expect(await page.locator('[data-testid="pay-method-wallet"]').count()).toBe(0);
    expect(await page.locator('[data-testid="pay-method-credit"]').count()).toBe(0);
    await page.locator('[data-testid="pay-top-up-amounts"] button', { hasText: '¥500.00' }).click();
    expect(await page.locator('[data-testid="pay-amount"]').inputValue()).toBe('500.00');
    await sheetShot(page, 'pay-top-up-form-phone');
    if (options.methods.includes('wechat')) {
      await page.click('[data-testid="pay-method-wechat"]');
      await page.click('[data-testid="pay-submit"]');
      const online = page.locator('[data-testid="pay-online"][data-method="wechat"]');
      await online.waitFor();
      expect(await online.locator('[data-testid="pay-open-provider"]').textContent()).toBe('打开微信付款');
      await sheetShot(page, 'pay-wechat-waiting-phone');
      const [gateway] = await Promise.all([
        page.context().waitForEvent('page'),
        online.locator('[data-testid="pay-open-provider"]').click(),
      ]);
      await gateway.getByRole('button', { name: '确认支付' }).click();
      await gateway.getByText('支付成功').waitFor();
      await gateway.close();
      const success = page.locator('[data-testid="pay-success"]');
      await success.waitFor({ timeout: 20_000 });
      expect(await success.textContent()).toContain('充值成功');
      await page.click('[data-testid="pay-done"]');
      await expect.poll(() => balance.textContent()).toBe(money(options.walletBalance + 50000));
    }

    // 还款 opens with the overdue amount first.
    await page.click('[data-testid="credit-repay"]');
    await page.locator('[data-testid="pay-form"]').waitFor();
    await sheetShot(page, 'pay-repay-form-phone');

    const wide = await newPage(desktop);
    await signIn(wide);
    await wide.goto('/portal/account');
    await wide.locator('[data-testid="credit-card"]').waitFor();
    await pageShot(wide, 'pay-account-desktop');
    const unpaid = await placeByApi(cookie, 1);
    await wide.goto('/portal/bills');
    const card = wide.locator(`[data-testid="bill-card-${unpaid.id}"]`);
    await card.waitFor();
    await pageShot(wide, 'pay-bills-desktop');
    await card.locator('[data-testid="bill-card-pay"]').click();
    await wide.locator('[data-testid="pay-form"]').waitFor();
    await wide.click('[data-testid="pay-method-offline"]');
    await sheetShot(wide, 'pay-sheet-desktop');
  });
});
