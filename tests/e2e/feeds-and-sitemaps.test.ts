import { beforeAll, describe, expect, inject, it } from 'vitest';
import {
  fetchText,
  fetchXml,
  listArticleSlugs,
  readFeedLinks,
  readPage,
  readSiteOrigin,
  toLocalPath,
} from './published-files';

let origin: string;

beforeAll(async () => {
  origin = await readSiteOrigin();
});

/** Checks what every feed must have, and returns its items. */
async function readFeed(pathname: string, listPath: string): Promise<Record<string, any>[]> {
  const { rss } = await fetchXml(pathname);
  expect(rss['@_version']).toBe('2.0');
  const { channel } = rss;
  expect(channel.title).toMatch(/^Broadsheet/);
  expect(channel.description.length).toBeGreaterThan(3);
  expect(channel.link).toBe(`${origin}${listPath}`);
  expect(channel.language).toBe('en');
  expect(channel['atom:link']).toMatchObject({
    '@_href': `${origin}${pathname}`,
    '@_rel': 'self',
    '@_type': 'application/rss+xml',
  });
  const items: Record<string, any>[] = channel.item ?? [];
  expect(items.length).toBeGreaterThan(0);
  expect(items.length).toBeLessThanOrEqual(50);
  for (const item of items) {
    expect(item.title.length).toBeGreaterThan(5);
    expect(item.link).toMatch(new RegExp(`^${origin}/articles/[a-z0-9-]+/$`));
    expect(item.guid).toEqual({ '#text': item.link, '@_isPermaLink': 'true' });
    expect(Number.isNaN(Date.parse(item.pubDate))).toBe(false);
    expect(item.pubDate).toMatch(/GMT$/);
    expect(item.description.length).toBeGreaterThan(20);
    expect(item['dc:creator'].length).toBeGreaterThan(0);
  }
  const dates = items.map((item) => Date.parse(item.pubDate));
  expect([...dates].sort((a, b) => b - a)).toEqual(dates);
  return items;
}

describe('the RSS feeds', () => {
  it('carry the whole site’s articles, newest first, at /rss.xml', async () => {
    const items = await readFeed('/rss.xml', '/');
    expect(items).toHaveLength(Math.min(50, (await listArticleSlugs()).length));
  });

  it('carry a region’s articles only, at /regions/<id>/rss.xml', async () => {
    const items = await readFeed('/regions/latin-america/rss.xml', '/regions/latin-america/');
    const links = items.map((item) => item.link);
    expect(links).toContain(`${origin}/articles/peru-paro-nacional-respuesta/`);
    expect(links).toContain(`${origin}/articles/peru-national-strike-response/`);
    expect(links).not.toContain(`${origin}/articles/france-pension-strike-january-19/`);
  });

  it('carry a writer’s articles, at /authors/<slug>/rss.xml', async () => {
    const items = await readFeed('/authors/jose-rojas/rss.xml', '/authors/jose-rojas/');
    for (const item of items) expect(item['dc:creator']).toContain('José Rojas');
  });

  it('carry a topic’s articles, at /topics/<topic>/rss.xml', async () => {
    const items = await readFeed('/topics/strikes/rss.xml', '/topics/strikes/');
    for (const item of items) expect(item.category).toContain('strikes');
  });

  it('are announced by the pages they follow, and by every page for the whole site', async () => {
    const site = { title: 'Broadsheet', href: `${origin}/rss.xml` };
    expect(readFeedLinks(await readPage('/'))).toEqual([site]);
    expect(readFeedLinks(await readPage('/articles/peru-national-strike-january-19/'))).toEqual([site]);
    expect(readFeedLinks(await readPage('/regions/latin-america/'))).toEqual([
      { title: 'Broadsheet: Latin America', href: `${origin}/regions/latin-america/rss.xml` },
      site,
    ]);
    expect(readFeedLinks(await readPage('/regions/latin-america/2/'))[0]?.href).toBe(
      `${origin}/regions/latin-america/rss.xml`,
    );
    expect(readFeedLinks(await readPage('/authors/jose-rojas/'))).toEqual([
      { title: 'Broadsheet: José Rojas', href: `${origin}/authors/jose-rojas/rss.xml` },
      site,
    ]);
    expect(readFeedLinks(await readPage('/topics/strikes/'))).toEqual([
      { title: 'Broadsheet: strikes', href: `${origin}/topics/strikes/rss.xml` },
      site,
    ]);
  });
});

describe('the sitemaps', () => {
  it('index the page sitemap and the news sitemap', async () => {
    const { sitemapindex } = await fetchXml('/sitemap-index.xml');
    const locs: string[] = sitemapindex.sitemap.map((entry: { loc: string }) => entry.loc);
    expect(locs).toContain(`${origin}/news-sitemap.xml`);
    expect(locs).toContain(`${origin}/sitemap-0.xml`);
  });

  it('list every article with the date it last changed, and no error page', async () => {
    const { urlset } = await fetchXml('/sitemap-0.xml');
    const byLoc = new Map<string, string | undefined>(
      urlset.url.map((entry: { loc: string; lastmod?: string }) => [entry.loc, entry.lastmod]),
    );
    for (const slug of await listArticleSlugs()) expect(byLoc.has(`${origin}/articles/${slug}/`), slug).toBe(true);
    expect(byLoc.get(`${origin}/articles/peru-paro-nacional-respuesta/`)).toMatch(/^2023-01-24T00:00:00/);
    // `updated:` counts, and so does a correction (France's is dated the day after publication).
    expect(byLoc.get(`${origin}/articles/peru-national-strike-january-19/`)).toMatch(/^2023-01-20T00:00:00/);
    expect(byLoc.get(`${origin}/articles/france-pension-strike-january-19/`)).toMatch(/^2023-01-20T00:00:00/);
    expect(byLoc.get(`${origin}/`)).toBeDefined();
    expect(byLoc.has(`${origin}/topics/strikes/`)).toBe(true);
    expect([...byLoc.keys()].some((loc) => loc.includes('404'))).toBe(false);
  });

  it('name only pages that exist', async () => {
    const { urlset } = await fetchXml('/sitemap-0.xml');
    for (const { loc } of urlset.url as { loc: string }[]) {
      const response = await fetch(`${inject('baseUrl')}${toLocalPath(loc, origin)}`);
      expect(response.status, loc).toBe(200);
    }
  });

  it('give Google News the articles of the days before the build, with publication, language, date and title', async () => {
    const { urlset } = await fetchXml('/news-sitemap.xml');
    expect(urlset['@_xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    expect(urlset['@_xmlns:news']).toBe('http://www.google.com/schemas/sitemap-news/0.9');
    const entries: Record<string, any>[] = urlset.url;
    const bySlug = new Map(
      entries.map((entry) => [entry.loc.replace(`${origin}/articles/`, '').replace(/\/$/, ''), entry['news:news']]),
    );
    // The test build's "now" is 2023-10-16T12:00Z (global-setup.ts), and the window is two days:
    // the newest sample article is in it; the scheduled fixture of October 17 is not out yet.
    expect([...bySlug.keys()]).toEqual(['australia-voice-referendum']);
    expect(bySlug.get('australia-voice-referendum')).toEqual({
      'news:publication': { 'news:name': 'Broadsheet', 'news:language': 'en' },
      'news:publication_date': '2023-10-15T00:00:00Z',
      'news:title': 'Australia Votes No to an Indigenous Voice to Parliament',
    });
  });

  it('are named in robots.txt by their absolute addresses', async () => {
    const { text, contentType } = await fetchText('/robots.txt');
    expect(contentType).toMatch(/^text\/plain/);
    expect(text).toMatch(/^User-agent: \*$/m);
    expect(text).toContain(`Sitemap: ${origin}/sitemap-index.xml\n`);
    expect(text).toContain(`Sitemap: ${origin}/news-sitemap.xml\n`);
  });
});
