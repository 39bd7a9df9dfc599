import { describe, expect, inject, it } from 'vitest';
import { useBrowserPage, withBrowserPage } from './browser';

describe('the related-articles sidebar', () => {
  const article = '/articles/peru-national-strike-january-19/';
  const openBrowser = useBrowserPage({ path: article });

  it('is an aside labelled "Related articles" with an ordered list of up to five other articles', async () => {
    const { page } = openBrowser();
    const aside = page.getByRole('complementary', { name: 'Related articles' });
    await expect(aside.count()).resolves.toBe(1);
    const items = aside.locator('ol > li');
    const count = await items.count();
    expect(count).toBeGreaterThanOrEqual(3);
    expect(count).toBeLessThanOrEqual(5);
    const hrefs = await items.locator('a.related-title').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(new Set(hrefs).size).toBe(count);
    for (const href of hrefs) {
      expect(href).toMatch(/^\/articles\/[a-z0-9-]+\/$/);
      expect(href).not.toBe(article);
    }
  });

  it('puts the editors’ pins first, in their order', async () => {
    const { page } = openBrowser();
    const hrefs = await page.locator('aside.related a.related-title').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(hrefs.slice(0, 2)).toEqual(['/articles/peru-juliaca-massacre/', '/articles/peru-san-marcos-raid/']);
  });

  it('gives each entry its date, first region and a short reason', async () => {
    const { page } = openBrowser();
    for (const item of await page.locator('aside.related ol > li').all()) {
      await expect(item.locator('time').getAttribute('datetime')).resolves.toMatch(/^\d{4}-\d{2}-\d{2}T/);
      const meta = (await item.locator('.related-meta').innerText()).replace(/\s+/g, ' ');
      expect(meta).toMatch(/^[A-Z][a-z]{2} \d{1,2}, \d{4} · [A-Z][\w ]+$/);
      const reason = await item.locator('.related-why').innerText();
      expect(reason.length).toBeGreaterThan(3);
      expect(reason.length).toBeLessThanOrEqual(60);
    }
  });

  it('sits beside the article on wide screens and after it on narrow ones', async () => {
    const { page } = openBrowser();
    const wide = await page.evaluate(() => {
      const article = document.querySelector('article.article')!.getBoundingClientRect();
      const aside = document.querySelector('aside.related')!.getBoundingClientRect();
      return { asideLeft: aside.left, articleRight: article.right };
    });
    expect(wide.asideLeft).toBeGreaterThanOrEqual(wide.articleRight);
    await page.setViewportSize({ width: 390, height: 844 });
    const narrow = await page.evaluate(() => {
      const article = document.querySelector('article.article')!.getBoundingClientRect();
      const aside = document.querySelector('aside.related')!.getBoundingClientRect();
      return { asideTop: aside.top, articleBottom: article.bottom };
    });
    expect(narrow.asideTop).toBeGreaterThanOrEqual(narrow.articleBottom);
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('takes a reader to the article it names', async () => {
    const { page } = openBrowser();
    const link = page.locator('aside.related a.related-title').nth(2);
    const title = await link.innerText();
    const href = await link.getAttribute('href');
    await link.click();
    await page.waitForURL(`${inject('baseUrl')}${href}`);
    await expect(page.locator('h1').innerText()).resolves.toBe(title);
  });
});

describe('inline callouts and article links', () => {
  it('show "You might be interested in:" with the target’s headline and lead to it', async () => {
    await withBrowserPage(async (page) => {
      await page.goto(`${inject('baseUrl')}/articles/peru-protests-spread-south/`);
      const callout = page.locator('.article-body aside.related-callout');
      await expect(callout.count()).resolves.toBe(1);
      await expect(callout.locator('strong').innerText()).resolves.toMatch(/^You might be interested in:$/i);
      const link = callout.locator('a');
      await expect(link.getAttribute('href')).resolves.toBe('/articles/peru-castillo-removed-congress/');
      const title = await link.innerText();
      await link.click();
      await page.waitForURL(/\/articles\/peru-castillo-removed-congress\/$/);
      await expect(page.locator('h1').innerText()).resolves.toBe(title);
    });
  });

  it('turn a link to another article’s file into a link to its page', async () => {
    await withBrowserPage(async (page) => {
      await page.goto(`${inject('baseUrl')}/articles/peru-paro-nacional-respuesta/`);
      const link = page.locator('.article-body a', { hasText: 'allanamiento de San Marcos' });
      await expect(link.getAttribute('href')).resolves.toBe('/articles/peru-san-marcos-raid/');
      await link.click();
      await page.waitForURL(/\/articles\/peru-san-marcos-raid\/$/);
      expect((await page.goto(page.url()))?.status()).toBe(200);
    });
  });
});
