import { describe, expect, inject, it } from 'vitest';
import { useBrowserPage, withBrowserPage } from './browser';

// A real article with every optional part: lead image, source note, update, several regions' neighbours.
const ARTICLE = '/articles/peru-national-strike-january-19/';

describe('an article page', () => {
  const openBrowser = useBrowserPage({ path: ARTICLE });

  it('shows the headline as the only h1 and the dek under it', async () => {
    const { page } = openBrowser();
    await expect(page.locator('h1').count()).resolves.toBe(1);
    const headline = await page.locator('h1.headline').innerText();
    expect(headline).toMatch(/Lima/);
    await expect(page.title()).resolves.toContain(headline.replace(/\s+/g, ' ').trim().slice(0, 20));
    const dek = await page.locator('.article-header .dek').innerText();
    expect(dek.length).toBeGreaterThan(40);
  });

  it('links each author on the byline to their page', async () => {
    const { page } = openBrowser();
    const authors = page.locator('.article-meta .byline a[rel="author"]');
    expect(await authors.count()).toBeGreaterThan(0);
    for (const href of await authors.evaluateAll((links) => links.map((link) => link.getAttribute('href')))) {
      expect(href).toMatch(/^\/authors\/[a-z0-9-]+\/$/);
    }
    await expect(authors.first().innerText()).resolves.toBe('José Rojas');
    await expect(authors.first().getAttribute('href')).resolves.toBe('/authors/jose-rojas/');
  });

  it('prints the date for readers and for machines, and the update', async () => {
    const { page } = openBrowser();
    const published = page.locator('.article-dates time').first();
    await expect(published.innerText()).resolves.toBe('January 19, 2023');
    await expect(published.getAttribute('datetime')).resolves.toMatch(/^2023-01-19T00:00:00(Z|[+-]\d{2}:\d{2})$/);
    await expect(page.locator('.article-dates .updated').innerText()).resolves.toBe('Updated January 20, 2023');
  });

  it('keeps the spaces between the parts of the meta line', async () => {
    const { page } = openBrowser();
    const meta = (await page.locator('.article-meta').innerText()).replace(/\s+/g, ' ');
    expect(meta).toContain('By José Rojas');
    expect(meta).toContain('January 19, 2023 · Updated January 20, 2023');
  });

  it('shows the lead image with its caption and credit, sized to avoid layout shift', async () => {
    const { page } = openBrowser();
    const image = page.locator('figure.lead-image img');
    await expect(image.getAttribute('alt')).resolves.toMatch(/\w{4,}/);
    await expect(image.getAttribute('width')).resolves.toMatch(/^\d+$/);
    await expect(image.getAttribute('height')).resolves.toMatch(/^\d+$/);
    await expect(image.getAttribute('srcset')).resolves.toMatch(/\.webp \d+w/);
    expect(await image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    const caption = await page.locator('figure.lead-image figcaption').innerText();
    expect(caption).toMatch(/\w/);
    await expect(page.locator('figure.lead-image figcaption .credit').textContent()).resolves.toBe('Illustration: Broadsheet');
  });

  it('renders the body with its subheadings', async () => {
    const { page } = openBrowser();
    expect(await page.locator('.article-body p').count()).toBeGreaterThan(4);
    expect(await page.locator('.article-body h2').count()).toBeGreaterThan(0);
  });

  it('says where the piece was first published', async () => {
    const { page } = openBrowser();
    const note = await page.locator('.source-note').innerText();
    expect(note).toMatch(/^A version of this article was originally published on \w+ \d+, \d{4} in Spanish by .+\.$/);
    await expect(page.locator('.source-note a').getAttribute('href')).resolves.toMatch(/^https:\/\//);
  });

  it('offers share links as plain URLs, at the top and the foot', async () => {
    const { page } = openBrowser();
    expect(await page.locator('nav.share').count()).toBe(2);
    const hrefs = await page.locator('nav.share').first().locator('a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    const encoded = encodeURIComponent(new URL(ARTICLE, 'https://x.invalid').pathname);
    expect(hrefs.find((href) => href.startsWith('https://www.facebook.com/sharer/'))).toContain(encoded);
    expect(hrefs.find((href) => href.startsWith('https://x.com/intent/'))).toContain(encoded);
    expect(hrefs.find((href) => href.startsWith('mailto:'))).toContain(encoded);
  });

  it('tags the regions at the foot, linking to their pages', async () => {
    const { page } = openBrowser();
    const tags = page.locator('.region-tags a');
    await expect(tags.first().innerText()).resolves.toBe('Latin America');
    await expect(tags.first().getAttribute('href')).resolves.toBe('/regions/latin-america/');
  });

  it('lists four more articles from the main region, each with title, dek, author and date', async () => {
    const { page } = openBrowser();
    const section = page.locator('section.more-in-region');
    await expect(section.locator('h2').innerText()).resolves.toMatch(/More in Latin America/i);
    const cards = section.locator('article.card');
    expect(await cards.count()).toBe(4);
    for (const card of await cards.all()) {
      await expect(card.locator('.card-title a').getAttribute('href')).resolves.toMatch(/^\/articles\/[a-z0-9-]+\/$/);
      await expect(card.locator('.card-title a').getAttribute('href')).resolves.not.toBe(ARTICLE);
      await expect(card.locator('.card-dek').innerText()).resolves.toMatch(/\w{3,}/);
      await expect(card.locator('.byline').innerText()).resolves.toMatch(/^By \S/);
      await expect(card.locator('time').getAttribute('datetime')).resolves.toMatch(/^\d{4}-\d{2}-\d{2}T/);
    }
  });
});

describe('a Spanish article', () => {
  it('declares its language on the content and keeps the interface in English', async () => {
    await withBrowserPage(async (page) => {
      await page.goto(`${inject('baseUrl')}/articles/peru-paro-nacional-respuesta/`);
      await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
      await expect(page.locator('article.article').getAttribute('lang')).resolves.toBe('es');
      await expect(page.locator('.article-dates time').first().innerText()).resolves.toMatch(/^\d{1,2} de [a-z]+ de \d{4}$/);
      await expect(page.locator('.article-meta').getAttribute('lang')).resolves.toBe('en');
    });
  });
});
