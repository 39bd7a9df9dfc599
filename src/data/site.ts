import type { ImageMetadata } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { describeContentFile, getContentPaths } from '../lib/content-paths';
import { setSiteTimeZone } from '../lib/dates';
import { loadAuthorProfiles, loadRegions, loadSiteSettings, type SiteSettings } from '../lib/site-config';
import { buildSiteModel, toAuthor, type ArticleSummary, type SiteModel } from '../lib/site-model';
import { getArticleUrl } from '../lib/article-collection';
import { describeRelatedReasons } from '../lib/related';
import { getArticleBody } from '../lib/article-bodies';
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
const settings = loadSiteSettings(contentPaths.siteFile, describeContentFile(contentPaths.siteFile));
setSiteTimeZone(settings.timeZone);

/** The site's settings from `content/site.yaml`. */
export function getSiteSettings(): SiteSettings {
  return settings;
}

let sitePromise: Promise<Site> | undefined;

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
  const articles = collection.map(toArticleSummary);
  const regions = loadRegions(contentPaths.regionsFile, describeContentFile(contentPaths.regionsFile));
  const authorProfiles = loadAuthorProfiles(contentPaths.authorsFile, describeContentFile(contentPaths.authorsFile));
  const model = buildSiteModel({ articles, regions, authorProfiles });
  const related = getRelatedListings(collection, model);
  recordBuildPhase('site data', performance.now() - started);
  return { settings, ...model, related };
}

/** The related lists the loader computed, resolved to articles and worded for readers. */
function getRelatedListings(
  collection: CollectionEntry<'articles'>[],
  model: SiteModel<ImageMetadata>,
): Map<string, RelatedListing[]> {
  const regionName = (id: string): string => model.regionById.get(id)?.name ?? id;
  const listings = new Map<string, RelatedListing[]>();
  for (const entry of collection) {
    listings.set(
      entry.id,
      getArticleBody(entry.id).relatedArticles.flatMap((neighbour) => {
        const article = model.articleBySlug.get(neighbour.slug);
        if (!article) return [];
        const region = article.regions[0] === undefined ? undefined : model.regionById.get(article.regions[0]);
        return [{ article, region, reason: describeRelatedReasons(neighbour.reasons, { regionName }) }];
      }),
    );
  }
  return listings;
}

function toArticleSummary(entry: CollectionEntry<'articles'>): Article {
  const { data } = entry;
  // Whether it is scheduled is the loader's word, taken with the build date it read the collection by.
  const { wordCount, readingTime, scheduled } = getArticleBody(entry.id);
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
    scheduled,
    wordCount,
    readingMinutes: readingTime,
  };
}

/** An article's rendered body, as the loader made it. */
export function getArticleBodyHtml(slug: string): string {
  return getArticleBody(slug).html;
}
