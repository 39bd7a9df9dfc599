import type { RSSOptions } from '@astrojs/rss';
import XMLBuilder from 'fast-xml-builder';

/** How many of the newest articles a feed carries. */
export const FEED_ITEM_LIMIT = 50;

/** An article as a feed item needs it. */
export interface FeedArticle {
  /** Path (`/articles/<slug>/`) or absolute URL. */
  url: string;
  title: string;
  /** The dek: the item's description. */
  description: string;
  date: Date;
  authors: readonly { name: string }[];
  /** The item's categories: the article's topics as readers see them. */
  categories: readonly string[];
}

/** A feed to build: a list page and its articles, newest first. */
export interface FeedInput {
  /** The feed's title, e.g. "Broadsheet: Latin America". */
  title: string;
  description: string;
  /** The site's absolute address (`site` in astro.config.mjs). */
  site: string | URL;
  /** The page the feed follows, e.g. `/regions/latin-america/` (`/` for the whole site). */
  listUrl: string;
  /** The language of the feed (the site's interface language). */
  language: string;
  articles: readonly FeedArticle[];
  /** At most this many items, newest first. */
  limit?: number;
}

/** A link that announces a feed in a page's head. */
export interface FeedLink {
  title: string;
  /** Path of the feed, e.g. `/rss.xml`. */
  url: string;
}

const ATOM_NS = 'http://www.w3.org/2005/Atom';
const DUBLIN_CORE_NS = 'http://purl.org/dc/elements/1.1/';

// Escapes text and attribute values, so a headline with "&" or "<" stays one text node.
const fragmentBuilder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_', suppressEmptyNode: true });

/** The feed that follows a list page: `/` → `/rss.xml`, `/regions/europe/` → `/regions/europe/rss.xml`. */
export function getFeedUrl(listUrl: string): string {
  return `${listUrl.endsWith('/') ? listUrl : `${listUrl}/`}rss.xml`;
}

/**
 * The options `@astrojs/rss` turns into an RSS 2.0 document: absolute links that
 * double as permanent `guid`s, `pubDate`, the dek as description, one `dc:creator`
 * per author, topics as categories, and an `atom:link rel="self"`.
 */
export function buildFeed({
  title,
  description,
  site,
  listUrl,
  language,
  articles,
  limit = FEED_ITEM_LIMIT,
}: FeedInput): RSSOptions {
  const selfUrl = new URL(getFeedUrl(listUrl), site).href;
  return {
    title,
    description,
    // @astrojs/rss writes `site` as the channel's <link>: the page this feed follows.
    site: new URL(listUrl, site).href,
    xmlns: { atom: ATOM_NS, dc: DUBLIN_CORE_NS },
    customData: fragmentBuilder.build({
      language,
      'atom:link': { '@_href': selfUrl, '@_rel': 'self', '@_type': 'application/rss+xml' },
    }),
    items: articles.slice(0, limit).map((article) => ({
      title: article.title,
      link: new URL(article.url, site).href,
      pubDate: article.date,
      description: article.description,
      categories: [...article.categories],
      ...(article.authors.length > 0
        ? { customData: fragmentBuilder.build({ 'dc:creator': article.authors.map((author) => author.name) }) }
        : {}),
    })),
  };
}

/** A feed's title: the site's name, then the list it follows ("Broadsheet: Latin America"). */
export function getFeedTitle(siteName: string, listName?: string): string {
  return listName ? `${siteName}: ${listName}` : siteName;
}
