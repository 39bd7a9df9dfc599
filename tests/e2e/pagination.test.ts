import { describe, expect, inject, it } from 'vitest';
import { useBrowserPage } from './browser';

// The test build lists `pageSize` articles a page (see global-setup.ts), so Latin America spans pages.
describe('a paginated region', () => {
  const openBrowser = useBrowserPage();

  it('walks every page by "Older articles", newest first, without repeats, and back by "Newer articles"', async () => {
    const { page } = openBrowser();
    const base = inject('baseUrl');
    const pageSize = inject('pageSize');
    await page.goto(`${base}/regions/latin-america/`);
    const total = Number((await page.locator('.listing-count').innerText()).match(/^(\d+) articles/)?.[1]);
    expect(total).toBeGreaterThan(pageSize);
    const seen: string[] = [];
    const dates: string[] = [];
    let pages = 1;
    for (;;) {
      const items = page.locator('ol.article-list article.card');
      const count = await items.count();
      expect(count).toBeLessThanOrEqual(pageSize);
      seen.push(...(await items.locator('.card-title a').allInnerTexts()));
      dates.push(
        ...(await items
          .locator('time')
          .evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''))),
      );
      const older = page.locator('.pagination a[rel="next"]');
      if ((await older.count()) === 0) break;
      await older.click();
      pages += 1;
      await page.waitForURL(`${base}/regions/latin-america/${pages}/`);
      await expect(page.locator('.pagination-status').innerText()).resolves.toMatch(
        new RegExp(`^Page ${pages} of \\d+$`),
      );
    }
    expect(pages).toBe(Math.ceil(total / pageSize));
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
    expect([...dates].sort().reverse()).toEqual(dates);

    await page.locator('.pagination a[rel="prev"]').click();
    await page.waitForURL(
      pages - 1 === 1 ? `${base}/regions/latin-america/` : `${base}/regions/latin-america/${pages - 1}/`,
    );
  });

  it('paginates author pages the same way', async () => {
    const { page } = openBrowser();
    const base = inject('baseUrl');
    await page.goto(`${base}/authors/`);
    const authorLinks = await page
      .locator('.author-index a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    expect(authorLinks.length).toBeGreaterThan(3);
    let paginated = 0;
    for (const href of authorLinks) {
      await page.goto(`${base}${href}`);
      if ((await page.locator('.pagination a[rel="next"]').count()) === 0) continue;
      paginated += 1;
      await page.locator('.pagination a[rel="next"]').click();
      await page.waitForURL(`${base}${href}2/`);
      expect(await page.locator('ol.article-list article.card').count()).toBeGreaterThan(0);
    }
    expect(paginated).toBeGreaterThan(0);
  });
});
