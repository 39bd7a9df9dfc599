import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import type { Dialog, Page } from 'playwright-core';
import { useBrowserPage, withBrowserPage } from './browser';

const SPANISH_ARTICLE = '/articles/peru-paro-nacional-respuesta/';
const KOREAN_ARTICLE = '/articles/south-korea-truckers-strike/';

/** Waits until the status line (the live region) says something that matches. */
async function waitForStatus(page: Page, pattern: RegExp): Promise<string> {
  await page.waitForFunction(
    (source) => new RegExp(source).test(document.querySelector('#search-status')?.textContent ?? ''),
    pattern.source,
    { timeout: 20_000 },
  );
  return (await page.locator('#search-status').textContent()) ?? '';
}

/** The addresses of the results listed now. */
function readResultLinks(page: Page): Promise<string[]> {
  return page
    .locator('.search-result-title a')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
}

describe('the search index', () => {
  it('holds the article pages only, the Spanish one in a Spanish bundle', async () => {
    const outDir = inject('outDir');
    const manifest = JSON.parse(await readFile(path.join(outDir, 'pagefind/bundles.json'), 'utf8'));
    expect(manifest).toEqual({
      bundles: [
        { language: 'en', path: './' },
        { language: 'es', path: 'es/' },
      ],
    });
    const english = JSON.parse(await readFile(path.join(outDir, 'pagefind/pagefind-entry.json'), 'utf8'));
    const spanish = JSON.parse(await readFile(path.join(outDir, 'pagefind/es/pagefind-entry.json'), 'utf8'));
    expect(Object.keys(english.languages)).toEqual(['en']);
    expect(Object.keys(spanish.languages)).toEqual(['es']);
    const articles = await readdir(path.join(outDir, 'articles'));
    expect(english.languages.en.page_count + spanish.languages.es.page_count).toBe(articles.length);
    expect(spanish.languages.es.page_count).toBe(1);
  });
});

describe('the search page', () => {
  const openBrowser = useBrowserPage();

  it('finds an article by a word from its body, typed and sent with the keyboard', async () => {
    const { page } = openBrowser();
    await page.goto(`${inject('baseUrl')}/search/`);
    await page.getByLabel('Search articles').focus();
    await page.keyboard.type('Uiwang');
    await page.keyboard.press('Enter');
    expect(await waitForStatus(page, /result/)).toBe('1 result for “Uiwang”');
    expect(await readResultLinks(page)).toEqual([KOREAN_ARTICLE]);
    expect(new URL(page.url()).search).toBe('?q=Uiwang');
  });

  it('shows each result’s headline, region, date, dek and the passage found', async () => {
    const { page } = openBrowser();
    const result = page.locator('.search-result').first();
    await expect(result.locator('.search-result-title a').textContent()).resolves.toBe(
      'Korean Truckers End 16-Day Strike Under Yoon’s Back-to-Work Orders',
    );
    await expect(result.locator('.search-result-region').textContent()).resolves.toBe('Asia');
    await expect(result.locator('time').textContent()).resolves.toBe('December 9, 2022');
    await expect(result.locator('time').getAttribute('datetime')).resolves.toBe('2022-12-09T00:00:00.000Z');
    await expect(result.locator('.search-result-dek').textContent()).resolves.toMatch(
      /^Cargo Truckers Solidarity voted/,
    );
    await expect(result.locator('.search-result-excerpt mark').first().textContent()).resolves.toMatch(/Uiwang/);
    // "Asia · December 9, 2022": compressHTML does not apply to script-made markup, but the spaces must be there.
    await expect(result.locator('.search-result-meta').innerText()).resolves.toBe('ASIA · December 9, 2022');
  });

  it('runs the search in the address on load, and narrows it to a region ticked with the keyboard', async () => {
    const { page } = openBrowser();
    await page.goto(`${inject('baseUrl')}/search/?q=strike`);
    const all = await waitForStatus(page, /results for “strike”/);
    const total = Number(all.split(' ')[0]);
    expect(total).toBeGreaterThan(3);
    await expect(page.getByLabel('Search articles').inputValue()).resolves.toBe('strike');

    await page.getByRole('checkbox', { name: 'Europe' }).focus();
    await page.keyboard.press('Space');
    const narrowed = await waitForStatus(page, /in Europe/);
    expect(narrowed).toMatch(/^\d+ results? for “strike” in Europe$/);
    expect(Number(narrowed.split(' ')[0])).toBeLessThan(total);
    const regions = await page.locator('.search-result-region').allTextContents();
    expect(regions.length).toBeGreaterThan(0);
    expect(new Set(regions)).toEqual(new Set(['Europe']));
    expect(new URL(page.url()).searchParams.getAll('region')).toEqual(['Europe']);
  });

  it('narrows to a topic and orders the newest first', async () => {
    const { page } = openBrowser();
    await page.goto(`${inject('baseUrl')}/search/?q=strike&topic=pensions&sort=newest`);
    await waitForStatus(page, /on pensions/);
    await expect(page.getByLabel('Topic').inputValue()).resolves.toBe('pensions');
    const dates = await page
      .locator('.search-result time')
      .evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''));
    expect(dates.length).toBeGreaterThan(1);
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  it('follows a result to its article', async () => {
    const { page } = openBrowser();
    await page.goto(`${inject('baseUrl')}/search/?q=Uiwang`);
    await waitForStatus(page, /1 result/);
    const link = page.locator('.search-result-title a').first();
    const title = await link.textContent();
    await link.focus();
    await Promise.all([page.waitForURL(`**${KOREAN_ARTICLE}`), page.keyboard.press('Enter')]);
    await expect(page.locator('h1').textContent()).resolves.toBe(title);
  });

  it('finds the Spanish article by a Spanish word, stemmed as Spanish, and marks it up as Spanish', async () => {
    const { page } = openBrowser();
    // "treguas" is not in the article ("tregua" is): only a Spanish stemmer takes one to the other.
    await page.goto(`${inject('baseUrl')}/search/?q=treguas`);
    expect(await waitForStatus(page, /for “treguas”/)).toBe('1 result for “treguas”');
    expect(await readResultLinks(page)).toEqual([SPANISH_ARTICLE]);
    const result = page.locator('.search-result').first();
    await expect(result.locator('.search-result-title a').getAttribute('lang')).resolves.toBe('es');
    await expect(result.locator('.search-result-dek').getAttribute('lang')).resolves.toBe('es');
    await expect(result.locator('.search-result-region').textContent()).resolves.toBe('Latin America');
  });

  it('lists English and Spanish results together', async () => {
    const { page } = openBrowser();
    await page.goto(`${inject('baseUrl')}/search/?q=Boluarte`);
    await waitForStatus(page, /results for “Boluarte”/);
    const links = await readResultLinks(page);
    expect(links).toContain(SPANISH_ARTICLE);
    expect(links).toContain('/articles/peru-national-strike-january-19/');
  });

  it('says so when nothing matches, and leaves out the sidebars', async () => {
    const { page } = openBrowser();
    // "Podcast" is in the promo box beside every article, and in no article.
    for (const word of ['xyzzyplugh', 'Podcast']) {
      await page.goto(`${inject('baseUrl')}/search/?q=${encodeURIComponent(word)}`);
      expect(await waitForStatus(page, /No results/)).toBe(`No results for “${word}”.`);
      await expect(page.locator('.search-result').count()).resolves.toBe(0);
    }
  });

  it('shows ten results at a time, and moves focus to the first added by "Show more results"', async () => {
    const { page } = openBrowser();
    await page.goto(`${inject('baseUrl')}/search/?q=the`);
    const status = await waitForStatus(page, /results for “the”/);
    expect(Number(status.split(' ')[0])).toBeGreaterThan(10);
    await expect(page.locator('.search-result').count()).resolves.toBe(10);
    await page.getByRole('button', { name: 'Show more results' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelectorAll('.search-result').length > 10);
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    await expect(page.locator('.search-result').nth(10).locator('a').getAttribute('href')).resolves.toBe(focused);
  });

  it('shows a hostile headline, dek or body as text, running nothing', async () => {
    const { page } = openBrowser();
    // The security fixtures (tests/fixtures/payload-articles/) are always in the test build (site-build.ts).
    const dialogs: string[] = [];
    const onDialog = (dialog: Dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    };
    page.on('dialog', onDialog);
    try {
      await page.goto(`${inject('baseUrl')}/search/?q=Quokkaglyph`);
      await waitForStatus(page, /results? for “Quokkaglyph”/);
      await expect(page.locator('.search-result-title a', { hasText: '<script>' }).count()).resolves.toBeGreaterThan(0);
      await expect(page.locator('.search-results script, .search-results img').count()).resolves.toBe(0);
      await expect(page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).resolves.toBeUndefined();
      expect(dialogs).toEqual([]);
    } finally {
      page.off('dialog', onDialog);
    }
  });

  it('works under the site’s Content-Security-Policy sent as a header too: scripts from the site itself, WebAssembly allowed', async () => {
    const { browser } = openBrowser();
    // The policy the built `_headers` makes a host send (the page's <meta> policy applies as well).
    const headers = await readFile(path.join(inject('outDir'), '_headers'), 'utf8');
    const policy = /^\/\*\n(?:[ \t]+.*\n)*?[ \t]+Content-Security-Policy: (.+)$/m.exec(headers)?.[1]?.trim() ?? '';
    expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval';");
    const strict = await browser.newPage();
    const errors: string[] = [];
    strict.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    try {
      // On every response, the worker script included: Pagefind compiles its WebAssembly there.
      await strict.route('**/*', async (route) => {
        const response = await route.fetch();
        await route.fulfill({
          response,
          headers: {
            ...response.headers(),
            'content-security-policy': policy,
          },
        });
      });
      await strict.goto(`${inject('baseUrl')}/search/?q=treguas`);
      expect(await waitForStatus(strict, /treguas/)).toBe('1 result for “treguas”');
      expect(errors).toEqual([]);
    } finally {
      await strict.close();
    }
  });

  it.each(['light', 'dark'] as const)(
    'has no WCAG 2.2 A/AA violation with results listed, in the %s colour scheme',
    async (colorScheme) => {
      const { browser } = openBrowser();
      const themed = await browser.newPage({ colorScheme });
      try {
        await themed.goto(`${inject('baseUrl')}/search/?q=Lima`);
        await waitForStatus(themed, /results for “Lima”/);
        const results = await new AxeBuilder({ page: themed })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
          .setLegacyMode(true)
          .analyze();
        expect(
          results.violations.map(
            (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
          ),
        ).toEqual([]);
      } finally {
        await themed.close();
      }
    },
  );
});

describe('the header search box, with JavaScript off', () => {
  it('sends the words to /search/?q=… as a plain form, and the search page says results need JavaScript', async () => {
    await withBrowserPage(
      async (page) => {
        await page.goto(`${inject('baseUrl')}/articles/uk-nurses-strike/`);
        const form = page.getByRole('search', { name: 'Site' });
        await expect(form.getAttribute('action')).resolves.toBe('/search/');
        await expect(form.getAttribute('method')).resolves.toBe('get');
        await form.getByLabel('Search articles').fill('Lima strike');
        await Promise.all([
          page.waitForURL('**/search/?q=Lima+strike'),
          form.getByLabel('Search articles').press('Enter'),
        ]);
        await expect(page.locator('h1').textContent()).resolves.toBe('Search');
        await expect(page.locator('[data-search-needs-js]').isVisible()).resolves.toBe(true);
        // The page has one search form: the header leaves its box out there.
        await expect(page.getByRole('search').count()).resolves.toBe(1);
      },
      { javaScriptEnabled: false },
    );
  });
});
