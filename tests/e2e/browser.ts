import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';

/** Where Debian's Chromium lives; `CHROMIUM_PATH` points elsewhere. */
export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** Fails loudly, with the fix, when there is no browser to test in. */
export function assertChromiumInstalled(): void {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `No Chromium at ${CHROMIUM_PATH}. The browser tests need it: on Debian or Ubuntu run ` +
        '`sudo apt-get install chromium`, or set CHROMIUM_PATH to a Chromium or Chrome binary.',
    );
  }
}

/** Quiet, offline-safe flags: this browser only ever talks to the local test server (Lighthouse's audit uses them too). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A browser with a fresh profile, closed (and its profile deleted) by `close()`. */
export interface TestBrowser {
  context: BrowserContext;
  newPage(options?: { width?: number; height?: number; colorScheme?: 'light' | 'dark' }): Promise<Page>;
  close(): Promise<void>;
}

/** Starts headless Chromium with a fresh user-data dir; `javaScriptEnabled: false` browses as a reader with scripts off. */
export async function launchBrowser({
  javaScriptEnabled = true,
}: { javaScriptEnabled?: boolean } = {}): Promise<TestBrowser> {
  assertChromiumInstalled();
  const userDataDir = await mkdtemp(path.join(tmpdir(), 'broadsheet-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 900 },
    javaScriptEnabled,
  });
  return {
    context,
    async newPage({ width = 1280, height = 900, colorScheme = 'light' } = {}) {
      const page = await context.newPage();
      await page.setViewportSize({ width, height });
      await page.emulateMedia({ colorScheme });
      return page;
    },
    async close() {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/** A page's size and colour scheme, as `TestBrowser.newPage` takes them. */
export type PageOptions = NonNullable<Parameters<TestBrowser['newPage']>[0]>;

/**
 * Opens a browser before the tests of the enclosing `describe` and closes it after
 * them; each test reaches it through the returned function and opens its own pages.
 */
export function useBrowser(options: { javaScriptEnabled?: boolean } = {}): () => TestBrowser {
  let browser: TestBrowser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser(options);
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('The browser opens before the tests of its describe block: call this inside a test.');
    return browser;
  };
}

/** What `useBrowserPage` opens: the browser and its first page. */
export interface OpenBrowser {
  browser: TestBrowser;
  page: Page;
}

/**
 * Opens a browser and one page (1280 × 900, light, unless `options` say otherwise)
 * before the tests of the enclosing `describe` and closes them after them; each test
 * reaches both through the returned function, so the tests of a block share one
 * browser as a reader's visit would. With `path`, the page first loads that address
 * of the test site, and the block fails at once if it does not answer 200.
 */
export function useBrowserPage(options: PageOptions & { path?: string } = {}): () => OpenBrowser {
  const { path: firstPath, ...pageOptions } = options;
  // Registered first, so the browser is open before the page below and closed after the tests.
  const openBrowser = useBrowser();
  let page: Page | undefined;
  beforeAll(async () => {
    page = await openBrowser().newPage(pageOptions);
    if (firstPath !== undefined) await openPath(page, firstPath);
  });
  return () => {
    if (!page) throw new Error('The browser opens before the tests of its describe block: call this inside a test.');
    return { browser: openBrowser(), page };
  };
}

/**
 * Runs `visit` with a page in a browser of its own, closed afterwards whatever
 * happens: for a test that needs a clean browser (no history, no cache).
 */
export async function withBrowserPage<T>(
  visit: (page: Page) => Promise<T>,
  options: PageOptions & { javaScriptEnabled?: boolean } = {},
): Promise<T> {
  const { javaScriptEnabled = true, ...pageOptions } = options;
  const browser = await launchBrowser({ javaScriptEnabled });
  try {
    return await visit(await browser.newPage(pageOptions));
  } finally {
    await browser.close();
  }
}

/** Loads `pathname` of the test site and fails unless it answers 200. */
export async function openPath(page: Page, pathname: string): Promise<void> {
  const response = await page.goto(`${inject('baseUrl')}${pathname}`);
  if (response?.status() !== 200) throw new Error(`${pathname} answered ${response?.status() ?? 'nothing'}, not 200`);
}
