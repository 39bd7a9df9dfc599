import XMLBuilder from 'fast-xml-builder';
import { formatIsoDateTime } from './dates';

/** An article as the Google News sitemap needs it. */
export interface NewsSitemapArticle {
  /** Path (`/articles/<slug>/`) or absolute URL. */
  url: string;
  title: string;
  date: Date;
  /** The article's language tag (`en`, `es`, `pt-BR`). */
  lang: string;
}

const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const NEWS_NS = 'http://www.google.com/schemas/sitemap-news/0.9';
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The articles published in the `days` before `now` (and not after it), as
 * Google News wants them: a news sitemap lists only fresh articles.
 */
export function selectRecentArticles<T extends { date: Date }>(articles: readonly T[], now: Date, days: number): T[] {
  const since = now.getTime() - days * DAY_MS;
  return articles.filter((article) => article.date.getTime() > since && article.date.getTime() <= now.getTime());
}

/**
 * The language code Google News expects: ISO 639 (`es` for `es-PE`), except
 * Chinese, which it writes `zh-cn` or `zh-tw`.
 */
export function getNewsLanguage(tag: string): string {
  const [language = 'en', ...rest] = tag.toLowerCase().split('-');
  if (language !== 'zh') return language;
  return rest.some((part) => part === 'tw' || part === 'hk' || part === 'hant') ? 'zh-tw' : 'zh-cn';
}

/**
 * A Google News sitemap (`news:` namespace): each article's address, the
 * publication's name and the article's language, its publication date and title.
 */
export function buildNewsSitemap({
  site,
  publicationName,
  articles,
}: {
  site: string | URL;
  publicationName: string;
  articles: readonly NewsSitemapArticle[];
}): string {
  const builder = new XMLBuilder({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    format: true,
    suppressEmptyNode: true,
  });
  return builder.build({
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
    urlset: {
      '@_xmlns': SITEMAP_NS,
      '@_xmlns:news': NEWS_NS,
      url: articles.map((article) => ({
        loc: new URL(article.url, site).href,
        'news:news': {
          'news:publication': { 'news:name': publicationName, 'news:language': getNewsLanguage(article.lang) },
          'news:publication_date': formatIsoDateTime(article.date),
          'news:title': article.title,
        },
      })),
    },
  });
}
