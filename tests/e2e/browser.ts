import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

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

/** What `useBrowserPage` opens: the browser and its first page. */
export interface OpenBrowser {
  browser: TestBrowser;
  page: Page;
}

/**
 * Opens a browser and one page (1280 × 900, light) before the tests of the enclosing
 * `describe` and closes them after them; each test reaches both through the returned
 * function, so the tests of a block share one browser as a reader's visit would.
 */
export function useBrowserPage(): () => OpenBrowser {
  let opened: OpenBrowser | undefined;
  beforeAll(async () => {
    const browser = await launchBrowser();
    opened = { browser, page: await browser.newPage() };
  });
  afterAll(async () => {
    await opened?.browser.close();
  });
  return () => {
    if (!opened) throw new Error('The browser opens before the tests of its describe block: call this inside a test.');
    return opened;
  };
}
