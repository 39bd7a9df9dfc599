import { readFile } from 'node:fs/promises';
import { z } from 'astro/zod';
import type { SitemapItem } from '@astrojs/sitemap';
import { listArticleFiles, getArticleUrl } from './article-collection';
import { createArticleSchema, type ArticleFrontmatter } from './article-schema';
import { getModifiedDate } from './article-updates';
import { formatIsoDateTime } from './dates';
import { splitArticleFile } from './frontmatter';
import { getRegionUrl, toAuthor } from './site-model';
import { getArticleSlugFromPath } from './slugs';
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
const PUBLISHED_ARTICLES = Symbol.for('broadsheet.sitemapArticles');

/** Called by the article loader with the articles it stored. */
export function publishSitemapArticles(articles: readonly SitemapArticle[]): void {
  (globalThis as Record<symbol, unknown>)[PUBLISHED_ARTICLES] = articles;
}

/** The articles the loader published in this process, if it ran here. */
export function getPublishedSitemapArticles(): readonly SitemapArticle[] | undefined {
  return (globalThis as Record<symbol, readonly SitemapArticle[] | undefined>)[PUBLISHED_ARTICLES];
}

/**
 * Reads the frontmatter of every published article for the sitemap, with the
 * same schema the build uses: the fallback for when the article loader did not
 * publish its list in this process (astro.config.mjs cannot reach Astro's
 * collection). The build has already stopped on any invalid file, so files that
 * do not pass are skipped here rather than reported twice.
 */
export async function readSitemapArticles({
  articlesDir,
  regionIds,
}: {
  articlesDir: string;
  regionIds: readonly string[];
}): Promise<SitemapArticle[]> {
  const schema = createArticleSchema({ regionIds, image: z.string() });
  const articles: SitemapArticle[] = [];
  for (const filePath of await listArticleFiles(articlesDir)) {
    const { data } = splitArticleFile(await readFile(filePath, 'utf8'), filePath);
    const parsed = data ? schema.safeParse(data) : undefined;
    if (!parsed?.success || parsed.data.draft) continue;
    articles.push(toSitemapArticle(getArticleSlugFromPath(filePath), parsed.data));
  }
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
