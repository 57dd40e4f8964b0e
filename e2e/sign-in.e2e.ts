import { describe, expect, it } from 'vitest';
import { desktop, hasChromium, phone, screenshot, useBrowser, warnIfNoChromium } from './support/browser.ts';
import { useDemoServer } from './support/demo-server.ts';
import { DEMO_BUYER } from './support/server.ts';

warnIfNoChromium();

const BUYER = DEMO_BUYER;

describe.skipIf(!hasChromium)('sign-in', () => {
  const server = useDemoServer();
  const newPage = useBrowser(() => server().baseURL);

  it('staff sign in on a desktop and reach the workbench', async () => {
    const page = await newPage(desktop);
    await page.goto('/login');
    await page.fill('#username', server().adminUsername);
    await page.fill('#password', server().adminPassword);
    await page.click('button[type=submit]');
    await page.waitForURL(/\/admin(\/|$|\?)/);
    await page.locator('[data-testid="staff-workbench"]').waitFor({ state: 'visible' });
    expect(new URL(page.url()).pathname).toMatch(/^\/admin/);
    await screenshot(page, 'sign-in-staff-desktop');
  });

  it('a customer buyer signs in on a phone and reaches the portal', async () => {
    const page = await newPage(phone);
    await page.goto('/login');
    await page.fill('#username', BUYER.username);
    await page.fill('#password', BUYER.password);
    await page.click('button[type=submit]');
    await page.waitForURL(/\/portal(\/|$|\?)/);
    await page.locator('[data-testid="portal-home"]').waitFor({ state: 'visible' });
    expect(new URL(page.url()).pathname).toMatch(/^\/portal/);
    await screenshot(page, 'sign-in-buyer-phone');
  });

  it('a wrong password shows an error and stays on the sign-in page', async () => {
    const page = await newPage(desktop);
    await page.goto('/login');
    await page.fill('#username', server().adminUsername);
    await page.fill('#password', 'not-the-password-1');
    const answer = page.waitForResponse((res) => res.url().endsWith('/api/auth/login'));
    await page.click('button[type=submit]');
    expect((await answer).status()).toBe(401);
    const error = page
      .locator(
        [
          '[data-testid="login-error"]',
          '[role="alert"]',
          '.ant-alert-error',
          '.ant-message-error',
          '.ant-form-item-explain-error',
        ].join(', '),
      )
      .first();
    await error.waitFor({ state: 'visible' });
    expect((await error.textContent())?.trim()).toBeTruthy();
    expect(new URL(page.url()).pathname).toBe('/login');
    await screenshot(page, 'sign-in-wrong-password');
  });
});
