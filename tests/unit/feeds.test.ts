import { getRssString } from '@astrojs/rss';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { describe, expect, it } from 'vitest';
import { buildFeed, FEED_ITEM_LIMIT, getFeedTitle, getFeedUrl, type FeedArticle } from '../../src/lib/feeds';

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  isArray: (name) => ['item', 'category', 'dc:creator'].includes(name),
});

function article(slug: string, day: number, overrides: Partial<FeedArticle> = {}): FeedArticle {
  return {
    url: `/articles/${slug}/`,
    title: `Headline ${slug}`,
    description: `The dek of ${slug}.`,
    date: new Date(Date.UTC(2023, 0, day)),
    authors: [{ name: 'José Rojas' }],
    categories: ['strikes'],
    ...overrides,
  };
}

/** The feed as XML, checked well-formed, then parsed. */
async function render(feed: ReturnType<typeof buildFeed>) {
  const xml = await getRssString(feed);
  expect(SyntaxValidator.validate(xml)).toBe(true);
  return parser.parse(xml).rss;
}

describe('getFeedUrl', () => {
  it('puts rss.xml under the list page it follows', () => {
    expect(getFeedUrl('/')).toBe('/rss.xml');
    expect(getFeedUrl('/regions/europe/')).toBe('/regions/europe/rss.xml');
    expect(getFeedUrl('/topics/strikes')).toBe('/topics/strikes/rss.xml');
  });
});

describe('getFeedTitle', () => {
  it('is the site name alone for the whole site, and names the list otherwise', () => {
    expect(getFeedTitle('Broadsheet')).toBe('Broadsheet');
    expect(getFeedTitle('Broadsheet', 'Latin America')).toBe('Broadsheet: Latin America');
  });
});

describe('buildFeed', () => {
  const site = 'https://news.example.org';

  it('makes an RSS 2.0 channel whose link is the list page and whose atom:link points at itself', async () => {
    const rss = await render(
      buildFeed({
        title: 'Broadsheet: Europe',
        description: 'Europe',
        site,
        listUrl: '/regions/europe/',
        language: 'en',
        articles: [article('a', 3)],
      }),
    );
    expect(rss['@_version']).toBe('2.0');
    expect(rss['@_xmlns:atom']).toBe('http://www.w3.org/2005/Atom');
    expect(rss.channel.title).toBe('Broadsheet: Europe');
    expect(rss.channel.link).toBe('https://news.example.org/regions/europe/');
    expect(rss.channel.language).toBe('en');
    expect(rss.channel['atom:link']).toEqual({
      '@_href': 'https://news.example.org/regions/europe/rss.xml',
      '@_rel': 'self',
      '@_type': 'application/rss+xml',
    });
  });

  it('gives each item an absolute link, the same link as a permanent guid, pubDate, the dek, authors and topics', async () => {
    const rss = await render(
      buildFeed({
        title: 'B',
        description: 'B',
        site,
        listUrl: '/',
        language: 'en',
        articles: [
          article('peru-strike', 19, {
            authors: [{ name: 'Lena Brandt' }, { name: 'Dana Whitfield' }],
            categories: ['strikes', 'peru-crisis'],
          }),
        ],
      }),
    );
    const [item] = rss.channel.item;
    expect(item.link).toBe('https://news.example.org/articles/peru-strike/');
    expect(item.guid).toEqual({ '#text': 'https://news.example.org/articles/peru-strike/', '@_isPermaLink': 'true' });
    expect(item.pubDate).toBe('Thu, 19 Jan 2023 00:00:00 GMT');
    expect(item.description).toBe('The dek of peru-strike.');
    expect(item['dc:creator']).toEqual(['Lena Brandt', 'Dana Whitfield']);
    expect(item.category).toEqual(['strikes', 'peru-crisis']);
  });

  it('keeps markup characters in headlines and names as text', async () => {
    const tricky = article('x', 1, { title: 'Bread & Roses <now>', authors: [{ name: 'A & B' }] });
    const xml = await getRssString(
      buildFeed({ title: 'B', description: 'B', site, listUrl: '/', language: 'en', articles: [tricky] }),
    );
    expect(xml).toContain('Bread &amp; Roses &lt;now&gt;');
    const [item] = parser.parse(xml).rss.channel.item;
    expect(item.title).toBe('Bread & Roses <now>');
    expect(item['dc:creator']).toEqual(['A & B']);
  });

  it(`carries at most ${FEED_ITEM_LIMIT} items, the first ones given`, async () => {
    const many = Array.from({ length: 60 }, (_, index) => article(`a${index}`, 1));
    const feed = buildFeed({ title: 'B', description: 'B', site, listUrl: '/', language: 'en', articles: many });
    expect(Array.isArray(feed.items) ? feed.items.length : 0).toBe(FEED_ITEM_LIMIT);
    const rss = await render(feed);
    expect(rss.channel.item[0].link).toBe('https://news.example.org/articles/a0/');
  });
});
