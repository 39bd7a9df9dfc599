import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { describe, expect, it } from 'vitest';
import { buildNewsSitemap, getNewsLanguage, selectRecentArticles } from '../../src/lib/news-sitemap';

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', isArray: (name) => name === 'url' });

describe('selectRecentArticles', () => {
  const now = new Date('2023-01-25T12:00:00Z');
  const at = (iso: string) => ({ date: new Date(iso) });

  it('keeps the articles of the last days before now', () => {
    const articles = [
      at('2023-01-25T00:00:00Z'),
      at('2023-01-23T13:00:00Z'),
      at('2023-01-23T11:00:00Z'),
      at('2022-12-01T00:00:00Z'),
    ];
    expect(selectRecentArticles(articles, now, 2)).toEqual([articles[0], articles[1]]);
  });

  it('leaves out articles dated after the build', () => {
    expect(selectRecentArticles([at('2023-01-26T00:00:00Z')], now, 2)).toEqual([]);
  });

  it('reaches further back when given more days', () => {
    expect(selectRecentArticles([at('2023-01-20T00:00:00Z')], now, 7)).toHaveLength(1);
  });
});

describe('getNewsLanguage', () => {
  it('writes the ISO 639 language of a tag', () => {
    expect(getNewsLanguage('es')).toBe('es');
    expect(getNewsLanguage('pt-BR')).toBe('pt');
    expect(getNewsLanguage('EN')).toBe('en');
  });

  it('writes Chinese as Google News does', () => {
    expect(getNewsLanguage('zh-TW')).toBe('zh-tw');
    expect(getNewsLanguage('zh-Hant')).toBe('zh-tw');
    expect(getNewsLanguage('zh')).toBe('zh-cn');
  });
});

describe('buildNewsSitemap', () => {
  it('lists each article with the news namespace, publication, language, date and title', () => {
    const xml = buildNewsSitemap({
      site: 'https://news.example.org',
      publicationName: 'Broadsheet',
      articles: [
        {
          url: '/articles/peru-paro/',
          title: 'Segunda jornada & más',
          date: new Date('2023-01-24T00:00:00Z'),
          lang: 'es',
        },
      ],
    });
    expect(SyntaxValidator.validate(xml)).toBe(true);
    expect(xml).toContain('Segunda jornada &amp; más');
    const { urlset } = parser.parse(xml);
    expect(urlset['@_xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    expect(urlset['@_xmlns:news']).toBe('http://www.google.com/schemas/sitemap-news/0.9');
    expect(urlset.url).toEqual([
      {
        loc: 'https://news.example.org/articles/peru-paro/',
        'news:news': {
          'news:publication': { 'news:name': 'Broadsheet', 'news:language': 'es' },
          'news:publication_date': '2023-01-24T00:00:00Z',
          'news:title': 'Segunda jornada & más',
        },
      },
    ]);
  });

  it('is still a valid, empty urlset when nothing is recent', () => {
    const { urlset } = parser.parse(
      buildNewsSitemap({ site: 'https://news.example.org', publicationName: 'Broadsheet', articles: [] }),
    );
    expect(urlset['@_xmlns:news']).toBe('http://www.google.com/schemas/sitemap-news/0.9');
    expect(urlset.url).toBeUndefined();
  });
});
