import { describe, expect, inject, it } from 'vitest';
import { useBrowserPage } from './browser';

describe('topics, translations, corrections and the promo, as a reader sees them', () => {
  const openBrowser = useBrowserPage();

  it('lists every topic with its count, and a topic page lists its articles', async () => {
    const { page } = openBrowser();
    const base = inject('baseUrl');
    await page.goto(`${base}/topics/`);
    await expect(page.locator('h1').innerText()).resolves.toBe('Topics');
    const strikes = page.locator('.topic-index li', { has: page.locator('a[href="/topics/strikes/"]') });
    const count = Number((await strikes.locator('.listing-count').innerText()).match(/^(\d+) articles?$/)?.[1]);
    expect(count).toBeGreaterThan(inject('pageSize'));

    await strikes.locator('a').click();
    await page.waitForURL(`${base}/topics/strikes/`);
    await expect(page.locator('h1').innerText()).resolves.toBe('strikes');
    await expect(page.locator('.listing-count').innerText()).resolves.toMatch(
      new RegExp(`^${count} articles · page 1 of ${Math.ceil(count / inject('pageSize'))}$`),
    );
    const titles = await page.locator('ol.article-list .card-title a').allInnerTexts();
    expect(titles).toHaveLength(inject('pageSize'));
    expect(titles).toContain(
      'Second Day of the National Strike: Boluarte Asks for a Truce and the South Answers With More Blockades',
    );
    await page.locator('.pagination a[rel="next"]').click();
    await page.waitForURL(`${base}/topics/strikes/2/`);
    expect(await page.locator('ol.article-list article.card').count()).toBeGreaterThan(0);
  });

  it('links an article to its topics at the foot', async () => {
    const { page } = openBrowser();
    await page.goto(`${inject('baseUrl')}/articles/peru-national-strike-january-19/`);
    const topics = page.locator('nav.topic-tags a');
    await expect(topics.allInnerTexts()).resolves.toEqual(['peru-crisis', 'strikes', 'protests']);
    await topics.filter({ hasText: 'protests' }).click();
    await page.waitForURL(/\/topics\/protests\/$/);
    await expect(page.locator('ol.article-list .card-title a', { hasText: 'Taking of Lima' }).count()).resolves.toBe(1);
  });

  it('shows the meta line with spaces around its separators, and the reading time', async () => {
    const { page } = openBrowser();
    await page.goto(`${inject('baseUrl')}/articles/peru-national-strike-january-19/`);
    const meta = (await page.locator('.article-meta').innerText()).replace(/\s+/g, ' ');
    expect(meta).toMatch(/January 19, 2023 · Updated January 20, 2023 · \d+ min read$/);
  });

  it('writes a Spanish article’s date in Spanish, the words around it in English, and links its English version', async () => {
    const { page } = openBrowser();
    const base = inject('baseUrl');
    await page.goto(`${base}/articles/peru-paro-nacional-respuesta/`);
    await expect(page.locator('.article-dates time').first().innerText()).resolves.toBe('24 de enero de 2023');
    const meta = (await page.locator('.article-meta').innerText()).replace(/\s+/g, ' ');
    expect(meta).toMatch(/24 de enero de 2023 · \d+ min read$/);
    await expect(page.locator('link[rel="alternate"][hreflang="en"]').getAttribute('href')).resolves.toMatch(
      /\/articles\/peru-national-strike-response\/$/,
    );
    await expect(page.locator('link[rel="alternate"][hreflang="es"]').getAttribute('href')).resolves.toMatch(
      /\/articles\/peru-paro-nacional-respuesta\/$/,
    );

    const link = page.locator('.translation-links a');
    await expect(page.locator('.translation-links').innerText()).resolves.toBe('Read this article in English');
    await expect(link.getAttribute('hreflang')).resolves.toBe('en');
    await link.click();
    await page.waitForURL(`${base}/articles/peru-national-strike-response/`);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    await expect(page.locator('article.article').getAttribute('lang')).resolves.toBeNull();
    await expect(page.locator('.article-dates time').first().innerText()).resolves.toBe('January 24, 2023');
    await expect(page.locator('.translation-links').innerText()).resolves.toBe('Read this article in Español');
    await expect(page.locator('.translation-links a').getAttribute('lang')).resolves.toBe('es');
  });

  it('dates a Spanish article in the site’s language on cards, where the date is interface', async () => {
    const { page } = openBrowser();
    await page.goto(`${inject('baseUrl')}/authors/maura-quintero/`);
    const card = page.locator('article.card', {
      has: page.locator('a[href="/articles/peru-paro-nacional-respuesta/"]'),
    });
    await expect(card.getAttribute('lang')).resolves.toBe('es');
    await expect(card.locator('.card-meta').getAttribute('lang')).resolves.toBe('en');
    await expect(card.locator('time').innerText()).resolves.toBe('Jan 24, 2023');
  });

  it('prints a correction at the foot with its date, and counts it as the update', async () => {
    const { page } = openBrowser();
    await page.goto(`${inject('baseUrl')}/articles/france-pension-strike-january-19/`);
    const correction = (await page.locator('.corrections .correction').innerText()).replace(/\s+/g, ' ');
    expect(correction).toMatch(/^Correction, January 20, 2023: An earlier version of this article said .+\.$/);
    await expect(page.locator('.article-dates .updated').innerText()).resolves.toBe('Updated January 20, 2023');
  });

  it('promotes the newsroom’s podcast beside the article', async () => {
    const { page } = openBrowser();
    await page.goto(`${inject('baseUrl')}/articles/peru-national-strike-january-19/`);
    const promo = page.locator('aside.promo');
    await expect(promo.locator('h2').innerText()).resolves.toBe('The Picket Line');
    await expect(promo.locator('a').getAttribute('href')).resolves.toMatch(/^https:\/\//);
  });

  it('links the newsroom’s accounts in the footer', async () => {
    const { page } = openBrowser();
    await page.goto(`${inject('baseUrl')}/`);
    const hrefs = await page
      .locator('.site-footer .social-links a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(hrefs).toEqual([
      'https://x.com/broadsheetnews',
      'https://social.example/@broadsheet',
      'https://bsky.app/profile/broadsheet.bsky.social',
    ]);
  });
});
