import { describe, expect, inject, it } from 'vitest';
import { useBrowserPage } from './browser';

describe('a reader browsing by clicking', () => {
  const openBrowser = useBrowserPage({ width: 390, height: 844 });

  it('goes home → region → article → author → back to the region', async () => {
    const { page } = openBrowser();
    const base = inject('baseUrl');
    await page.goto(`${base}/`);
    await expect(page.locator('h1').innerText()).resolves.toMatch(/latest news/i);

    await page.locator('nav.region-nav a', { hasText: 'Europe' }).click();
    await page.waitForURL(`${base}/regions/europe/`);
    await expect(page.locator('h1').innerText()).resolves.toBe('Europe');
    await expect(page.locator('nav.region-nav a[aria-current="page"]').innerText()).resolves.toBe('Europe');

    const firstHeadline = page.locator('ol.article-list .card-title a').first();
    const title = await firstHeadline.innerText();
    await firstHeadline.click();
    await page.waitForURL(/\/articles\/[a-z0-9-]+\/$/);
    await expect(page.locator('h1').innerText()).resolves.toBe(title);

    const author = page.locator('.article-meta .byline a').first();
    const authorName = await author.innerText();
    await author.click();
    await page.waitForURL(/\/authors\/[a-z0-9-]+\/$/);
    await expect(page.locator('h1').innerText()).resolves.toBe(authorName);
    const listed = await page.locator('ol.article-list .card-title a').allInnerTexts();
    expect(listed).toContain(title);

    await page.goBack();
    await page.waitForURL(/\/articles\/[a-z0-9-]+\/$/);
    await page.locator('.region-tags a', { hasText: 'Europe' }).click();
    await page.waitForURL(`${base}/regions/europe/`);
    await expect(page.locator('h1').innerText()).resolves.toBe('Europe');
  });

  it('finds every region, with its description and count, on the regions page', async () => {
    const { page } = openBrowser();
    await page.goto(`${inject('baseUrl')}/regions/`);
    const names = await page.locator('.region-index h2 a').allInnerTexts();
    expect(names).toEqual(['Latin America', 'North America', 'Europe', 'Africa', 'Asia', 'Middle East', 'Oceania']);
    const counts = await page.locator('.region-index .listing-count').allInnerTexts();
    for (const count of counts) expect(count).toMatch(/^\d+ articles?$/);
  });

  it('gets a helpful 404 page for an address that does not exist', async () => {
    const { page } = openBrowser();
    const response = await page.goto(`${inject('baseUrl')}/articles/no-such-story/`);
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1').innerText()).resolves.toMatch(/can.t find/i);
    expect(await page.locator('a[href="/"]').count()).toBeGreaterThan(0);
  });
});
