import type { ImageMetadata } from 'astro';
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { getContentPaths } from '../lib/content-paths';
import { setSiteTimeZone } from '../lib/dates';
import { loadRegions, loadSiteSettings, type SiteSettings } from '../lib/site-config';
import { buildSiteModel, toAuthor, type ArticleSummary, type SiteModel } from '../lib/site-model';
import { getArticleUrl } from '../lib/article-collection';

/** An article as pages see it, with Astro's image metadata. */
export type Article = ArticleSummary<ImageMetadata>;

/** The whole site, built once per build: settings, regions, authors, articles and their indexes. */
export interface Site extends SiteModel<ImageMetadata> {
  settings: SiteSettings;
}

const contentPaths = getContentPaths();
const settings = loadSiteSettings(contentPaths.siteFile);
setSiteTimeZone(settings.timeZone);

/** The site's settings from `content/site.yaml`. */
export function getSiteSettings(): SiteSettings {
  return settings;
}

let sitePromise: Promise<Site> | undefined;
const entries = new Map<string, CollectionEntry<'articles'>>();

/**
 * The one place that reads the article collection. Drafts are not in a production
 * collection at all (the loader leaves them out), so nothing here can leak them.
 */
export function getSite(): Promise<Site> {
  sitePromise ??= loadSite();
  return sitePromise;
}

async function loadSite(): Promise<Site> {
  const collection = await getCollection('articles');
  const articles = collection.map((entry) => {
    entries.set(entry.id, entry);
    return toArticleSummary(entry);
  });
  const regions = loadRegions(contentPaths.regionsFile);
  return { settings, ...buildSiteModel({ articles, regions }) };
}

function toArticleSummary(entry: CollectionEntry<'articles'>): Article {
  const { data } = entry;
  // The loader keeps what it learnt from the body beside the rendered HTML.
  const frontmatter: Record<string, unknown> = entry.rendered?.metadata?.frontmatter ?? {};
  return {
    slug: entry.id,
    url: getArticleUrl(entry.id),
    title: data.title,
    description: data.description,
    authors: data.author.map(toAuthor),
    date: data.date,
    updated: data.updated,
    regions: data.regions,
    topics: data.topics,
    image: data.image,
    source: data.source,
    related: data.related,
    lang: data.lang ?? settings.language,
    draft: data.draft,
    wordCount: typeof frontmatter['wordCount'] === 'number' ? frontmatter['wordCount'] : 0,
  };
}

/** Renders an article's body (stored as HTML by the loader) for its page. */
export async function renderArticle(slug: string) {
  await getSite();
  const entry = entries.get(slug);
  if (!entry) throw new Error(`No article "${slug}" in the collection`);
  return render(entry);
}
