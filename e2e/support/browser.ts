import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, type BrowserContext, type BrowserContextOptions, chromium, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, type TestContext } from 'vitest';

/** Debian's Chromium (`apt-get install chromium`); CHROMIUM_PATH points elsewhere if needed. */
export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const hasChromium = existsSync(chromiumPath);
export const outputDir = fileURLToPath(new URL('../output/', import.meta.url));

let warned = false;
/** Prints once why the browser journeys are skipped on this machine. */
export function warnIfNoChromium(): void {
  if (hasChromium || warned) return;
  warned = true;
  console.warn(
    `\n⚠ e2e: ${chromiumPath} not found — skipping the browser journeys.\n` +
      '  Install it with `apt-get install chromium fonts-noto-cjk` (or set CHROMIUM_PATH) to run them.\n',
  );
}

export const desktop: BrowserContextOptions = { viewport: { width: 1440, height: 900 } };
export const phone: BrowserContextOptions = {
  viewport: { width: 390, height: 844 },
  isMobile: true,
  hasTouch: true,
  deviceScaleFactor: 2,
};

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** Saves a full-page screenshot as e2e/output/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(outputDir, { recursive: true });
  const file = path.join(outputDir, `${name.replace(/[^\w.-]+/g, '-')}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/**
 * Registers the browser for the current test file: one Chromium per file, a fresh context per
 * test (closed after it, with a `failed-…` screenshot when the test failed).
 */
export function useBrowser(baseURL: () => string) {
  let browser: Browser | undefined;
  let contexts: BrowserContext[] = [];
  let lastPage: Page | undefined;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterEach(async (context: TestContext) => {
    if (context.task.result?.state === 'fail' && lastPage && !lastPage.isClosed()) {
      await screenshot(lastPage, `failed-${context.task.name}`).catch(() => undefined);
    }
    await Promise.all(contexts.map((c) => c.close().catch(() => undefined)));
    contexts = [];
    lastPage = undefined;
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** A page in a fresh browser context (no cookies, no storage) with baseURL set. */
  return async function newPage(options: BrowserContextOptions = desktop): Promise<Page> {
    if (!browser) throw new Error('the browser did not start');
    const context = await browser.newContext({ baseURL: baseURL(), locale: 'zh-CN', ...options });
    context.setDefaultTimeout(15_000);
    contexts.push(context);
    lastPage = await context.newPage();
    return lastPage;
  };
}

/** Signs in through the sign-in page and waits for the landing page (`/admin` or `/portal`). */
export async function signInPage(page: Page, username: string, password: string, landing: RegExp): Promise<void> {
  await page.goto('/login');
  await page.fill('#username', username);
  await page.fill('#password', password);
  await page.click('button[type=submit]');
  await page.waitForURL(landing);
}
