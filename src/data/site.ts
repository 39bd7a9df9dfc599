import type { ImageMetadata } from 'astro';
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { getContentPaths } from '../lib/content-paths';
import { setSiteTimeZone } from '../lib/dates';
import { loadRegions, loadSiteSettings, type SiteSettings } from '../lib/site-config';
import { buildSiteModel, toAuthor, type ArticleSummary, type SiteModel } from '../lib/site-model';
import { getArticleUrl } from '../lib/article-collection';
import { computeRelatedArticles, describeRelatedReasons, type RelatedArticleInput } from '../lib/related';
import type { Region } from '../lib/site-config';
import { recordBuildPhase } from '../lib/build-timings';

/** An article as pages see it, with Astro's image metadata. */
export type Article = ArticleSummary<ImageMetadata>;

/** One entry of an article's related list, ready to lay out. */
export interface RelatedListing {
  article: Article;
  /** The neighbour's main region. */
  region: Region | undefined;
  /** Why it is related, in a few words: "Also on strikes · Latin America". */
  reason: string;
}

/** The whole site, built once per build: settings, regions, authors, articles and their indexes. */
export interface Site extends SiteModel<ImageMetadata> {
  settings: SiteSettings;
  /** Each article's related articles, computed once for the whole collection. */
  related: Map<string, RelatedListing[]>;
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
  const started = performance.now();
  const collection = await getCollection('articles');
  const articles = collection.map((entry) => {
    entries.set(entry.id, entry);
    return toArticleSummary(entry);
  });
  const regions = loadRegions(contentPaths.regionsFile);
  const model = buildSiteModel({ articles, regions });
  // `BROADSHEET_RELATED=off` builds without the sidebar: the benchmark's baseline for what it costs.
  const related = process.env['BROADSHEET_RELATED'] === 'off' ? new Map<string, RelatedListing[]>() : getRelatedListings(collection, model);
  recordBuildPhase('site data', performance.now() - started);
  return { settings, ...model, related };
}

/** Runs the related-articles engine once over the whole collection and resolves its answers to articles. */
function getRelatedListings(collection: CollectionEntry<'articles'>[], model: SiteModel<ImageMetadata>): Map<string, RelatedListing[]> {
  const inputs: RelatedArticleInput[] = collection.map((entry) => ({
    slug: entry.id,
    title: entry.data.title,
    description: entry.data.description,
    body: readRenderedText(entry),
    regions: entry.data.regions,
    topics: entry.data.topics,
    date: entry.data.date,
    lang: entry.data.lang ?? settings.language,
    related: entry.data.related,
    draft: entry.data.draft,
  }));
  const regionName = (id: string): string => model.regionById.get(id)?.name ?? id;
  const listings = new Map<string, RelatedListing[]>();
  const started = performance.now();
  const computed = computeRelatedArticles(inputs);
  recordBuildPhase('related engine', performance.now() - started);
  for (const [slug, neighbours] of computed) {
    listings.set(
      slug,
      neighbours.flatMap((neighbour) => {
        const article = model.articleBySlug.get(neighbour.slug);
        if (!article) return [];
        const region = article.regions[0] === undefined ? undefined : model.regionById.get(article.regions[0]);
        return [{ article, region, reason: describeRelatedReasons(neighbour.reasons, { regionName }) }];
      }),
    );
  }
  return listings;
}

/** What the loader learnt from the body (plain text, word count, reading time), kept beside the rendered HTML. */
function readBodyFact(entry: CollectionEntry<'articles'>, key: 'plainText' | 'wordCount' | 'readingTime'): unknown {
  // Astro types `metadata` loosely (`unknown` values): the loader stores an object here.
  const facts = entry.rendered?.metadata?.['frontmatter'];
  return typeof facts === 'object' && facts !== null ? (facts as Record<string, unknown>)[key] : undefined;
}

function readRenderedText(entry: CollectionEntry<'articles'>): string {
  const plainText = readBodyFact(entry, 'plainText');
  return typeof plainText === 'string' ? plainText : '';
}

function toArticleSummary(entry: CollectionEntry<'articles'>): Article {
  const { data } = entry;
  const wordCount = readBodyFact(entry, 'wordCount');
  const readingTime = readBodyFact(entry, 'readingTime');
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
    translations: data.translations,
    corrections: [...data.corrections].sort((a, b) => a.date.getTime() - b.date.getTime()),
    draft: data.draft,
    wordCount: typeof wordCount === 'number' ? wordCount : 0,
    readingMinutes: typeof readingTime === 'number' ? readingTime : 1,
  };
}

/** Renders an article's body (stored as HTML by the loader) for its page. */
export async function renderArticle(slug: string) {
  await getSite();
  const entry = entries.get(slug);
  if (!entry) throw new Error(`No article "${slug}" in the collection`);
  return render(entry);
}
