import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { createArticleSchema } from '../../src/lib/article-schema';
import {
  buildLastModifiedIndex,
  createLastModifiedSerializer,
  getPublishedSitemapArticles,
  publishSitemapArticles,
  toSitemapArticle,
  type SitemapArticle,
} from '../../src/lib/sitemap';

const day = (d: number) => new Date(Date.UTC(2023, 0, d));

describe('buildLastModifiedIndex', () => {
  const articles: SitemapArticle[] = [
    { slug: 'old', modified: day(10), regions: ['europe'], authors: ['Lena Brandt'], topics: ['Strikes'] },
    {
      slug: 'new',
      modified: day(20),
      regions: ['latin-america', 'europe'],
      authors: ['José Rojas'],
      topics: ['strikes', 'peru-crisis'],
    },
  ];
  const index = buildLastModifiedIndex(articles);

  it('dates each article page by its own last change', () => {
    expect(index.get('/articles/old/')).toEqual(day(10));
    expect(index.get('/articles/new/')).toEqual(day(20));
  });

  it('dates each list by its most recently changed article', () => {
    expect(index.get('/')).toEqual(day(20));
    expect(index.get('/regions/europe/')).toEqual(day(20));
    expect(index.get('/regions/latin-america/')).toEqual(day(20));
    expect(index.get('/authors/lena-brandt/')).toEqual(day(10));
    expect(index.get('/authors/jose-rojas/')).toEqual(day(20));
    expect(index.get('/topics/')).toEqual(day(20));
  });

  it('files topics by slug, whatever their case', () => {
    expect(index.get('/topics/strikes/')).toEqual(day(20));
    expect(index.get('/topics/peru-crisis/')).toEqual(day(20));
  });

  it('leaves out pages it knows nothing about, such as later pages of a list', () => {
    expect(index.has('/regions/europe/2/')).toBe(false);
  });
});

describe('toSitemapArticle', () => {
  // Parsed by the real frontmatter schema, as the article loader does.
  const schema = createArticleSchema({ regionIds: ['europe'], image: z.string() });
  const base = { title: 'T', description: 'D', author: 'José Rojas', regions: ['europe'], topics: ['Strikes'] };

  it('dates a published article by its latest correction, else its update, else its date', () => {
    expect(toSitemapArticle('plain', schema.parse({ ...base, date: '2023-01-19' }))).toEqual({
      slug: 'plain',
      modified: new Date('2023-01-19T00:00:00Z'),
      regions: ['europe'],
      authors: ['José Rojas'],
      topics: ['Strikes'],
    });
    const updated = { ...base, date: '2023-01-19', updated: '2023-01-20' };
    expect(toSitemapArticle('updated', schema.parse(updated)).modified).toEqual(new Date('2023-01-20T00:00:00Z'));
    const corrected = { ...updated, corrections: [{ date: '2023-01-22', text: 'A name was misspelt.' }] };
    expect(toSitemapArticle('corrected', schema.parse(corrected)).modified).toEqual(new Date('2023-01-22T00:00:00Z'));
  });
});

describe('getPublishedSitemapArticles', () => {
  it('stops the build with a sentence when the article loader has not published its list', () => {
    const key = Symbol.for('broadsheet.sitemapArticles');
    const saved = (globalThis as Record<symbol, unknown>)[key];
    delete (globalThis as Record<symbol, unknown>)[key];
    try {
      expect(() => getPublishedSitemapArticles()).toThrow(/article loader .* has not run in this process/);
      const articles = [{ slug: 'a', modified: day(1), regions: [], authors: [], topics: [] }];
      publishSitemapArticles(articles);
      expect(getPublishedSitemapArticles()).toBe(articles);
    } finally {
      (globalThis as Record<symbol, unknown>)[key] = saved;
    }
  });
});

describe('createLastModifiedSerializer', () => {
  it('adds lastmod to the pages in the index and leaves the others as they are', async () => {
    let loads = 0;
    const serialize = createLastModifiedSerializer(async () => {
      loads += 1;
      return new Map([['/articles/a/', day(19)]]);
    });
    await expect(serialize({ url: 'https://news.example.org/articles/a/' })).resolves.toEqual({
      url: 'https://news.example.org/articles/a/',
      lastmod: '2023-01-19T00:00:00Z',
    });
    await expect(serialize({ url: 'https://news.example.org/regions/europe/2/' })).resolves.toEqual({
      url: 'https://news.example.org/regions/europe/2/',
    });
    expect(loads).toBe(1);
  });
});
