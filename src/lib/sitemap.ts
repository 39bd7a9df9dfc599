import type { SitemapItem } from '@astrojs/sitemap';
import { getArticleUrl } from './article-collection';
import type { ArticleFrontmatter } from './article-schema';
import { getModifiedDate } from './article-updates';
import { createHandover } from './build-handover';
import { formatIsoDateTime } from './dates';
import { getRegionUrl, toAuthor } from './site-model';
import { getTopicSlug, getTopicUrl } from './topics';

/** What the sitemap needs to know of a published article. */
export interface SitemapArticle {
  slug: string;
  /** When it last changed: its last update or correction, or its publication. */
  modified: Date;
  regions: readonly string[];
  /** Byline names. */
  authors: readonly string[];
  topics: readonly string[];
}

/**
 * When each page last changed, by path: an article's page when the article
 * did; a list (home, a region, an author, a topic and their indexes) when its
 * newest-changed article did. Later pages of a list are left out: they shift.
 */
export function buildLastModifiedIndex(articles: readonly SitemapArticle[]): Map<string, Date> {
  const index = new Map<string, Date>();
  const touch = (path: string, date: Date): void => {
    const known = index.get(path);
    if (!known || date > known) index.set(path, date);
  };
  for (const article of articles) {
    touch(getArticleUrl(article.slug), article.modified);
    for (const path of ['/', '/regions/', '/authors/', '/topics/']) touch(path, article.modified);
    for (const region of article.regions) touch(getRegionUrl(region), article.modified);
    for (const name of article.authors) touch(toAuthor(name).url, article.modified);
    for (const topic of article.topics) {
      const slug = getTopicSlug(topic);
      if (slug) touch(getTopicUrl(slug), article.modified);
    }
  }
  return index;
}

/** What the sitemap needs of one article, from frontmatter the article loader has already checked. */
export function toSitemapArticle(slug: string, frontmatter: ArticleFrontmatter<unknown>): SitemapArticle {
  const { date, updated, corrections, regions, author, topics } = frontmatter;
  return { slug, modified: getModifiedDate({ date, updated, corrections }), regions, authors: author, topics };
}

// The article loader and the sitemap integration run in one build process but in two module
// graphs (Vite's and the config's), so the loader leaves its list here for the sitemap rather
// than the sitemap reading and checking every file again.
const publishedArticles = createHandover<readonly SitemapArticle[]>('sitemapArticles');

/** Called by the article loader with the articles it stored. */
export function publishSitemapArticles(articles: readonly SitemapArticle[]): void {
  publishedArticles.put(articles);
}

/**
 * The articles the loader published in this process. The sitemap is written after the
 * pages, so the loader has always run by then in a build; should it not have, the build
 * stops here rather than write a sitemap without its dates.
 */
export function getPublishedSitemapArticles(): readonly SitemapArticle[] {
  const articles = publishedArticles.take();
  if (!articles)
    throw new Error(
      'The sitemap has no article list: the article loader hands it over in memory, and it has not run in this process.',
    );
  return articles;
}

/**
 * A `serialize` for `@astrojs/sitemap` that adds `lastmod` from the index, read
 * once when the first page is serialised (after the build, when the content is final).
 */
export function createLastModifiedSerializer(
  loadIndex: () => Promise<Map<string, Date>>,
): (item: SitemapItem) => Promise<SitemapItem> {
  let index: Promise<Map<string, Date>> | undefined;
  return async (item) => {
    index ??= loadIndex();
    const modified = (await index).get(new URL(item.url).pathname);
    return modified ? { ...item, lastmod: formatIsoDateTime(modified) } : item;
  };
}
