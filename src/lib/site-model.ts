import type { Correction } from './article-updates';
import type { AuthorProfile, Region } from './site-config';
import { slugifyName } from './slugs';
import { buildTopicIndex, type TopicListing } from './topics';

/** A person on a byline. */
export interface Author {
  name: string;
  slug: string;
  url: string;
}

/** Where a piece was first published. */
export interface ArticleSource {
  name: string;
  url?: string | undefined;
  language?: string | undefined;
  date?: Date | undefined;
}

/** An article as lists and pages use it: plain data, no rendering. `TImage` is Astro's image metadata in a build. */
export interface ArticleSummary<TImage = unknown> {
  slug: string;
  url: string;
  title: string;
  description: string;
  authors: Author[];
  date: Date;
  updated: Date | undefined;
  /** Region ids; the first is the main region. */
  regions: string[];
  topics: string[];
  image: { src: TImage; alt: string; caption?: string | undefined; credit?: string | undefined } | undefined;
  source: ArticleSource | undefined;
  /** Editors' pinned related slugs, in order. */
  related: string[];
  /** The article's language (the site's when not set). */
  lang: string;
  /** Slugs of the same article in other languages. */
  translations: string[];
  /** Dated corrections, oldest first. */
  corrections: Correction[];
  draft: boolean;
  /** Dated after the build: not published yet (only development builds have such articles). */
  scheduled: boolean;
  wordCount: number;
  /** Minutes to read the body, at least 1. */
  readingMinutes: number;
}

/** A region with its articles, newest first. */
export interface RegionListing<TImage = unknown> extends Region {
  url: string;
  articles: ArticleSummary<TImage>[];
}

/** An author with their articles, newest first. */
export interface AuthorListing<TImage = unknown> extends Author {
  articles: ArticleSummary<TImage>[];
  /** What `content/authors.yaml` says of them, if anything. */
  profile: AuthorProfile | undefined;
}

/** Everything pages need about the whole collection, computed once per build. */
export interface SiteModel<TImage = unknown> {
  /** Every article, newest first. */
  articles: ArticleSummary<TImage>[];
  articleBySlug: Map<string, ArticleSummary<TImage>>;
  /** Regions in the order of content/regions.yaml. */
  regions: RegionListing<TImage>[];
  regionById: Map<string, RegionListing<TImage>>;
  /** Authors by name. */
  authors: AuthorListing<TImage>[];
  authorBySlug: Map<string, AuthorListing<TImage>>;
  /** Topics by name, each with its articles; "Strikes" and "strikes" are one topic. */
  topics: TopicListing<ArticleSummary<TImage>>[];
  topicBySlug: Map<string, TopicListing<ArticleSummary<TImage>>>;
  /** For each article, the latest other articles of its main region ("More in …"). */
  moreInRegion: Map<string, ArticleSummary<TImage>[]>;
}

/** The URL of a region page. */
export function getRegionUrl(regionId: string): string {
  return `/regions/${regionId}/`;
}

/** A byline name as a person with a page: "José Rojas" → `/authors/jose-rojas/`. */
export function toAuthor(name: string): Author {
  const slug = slugifyName(name);
  return { name, slug, url: `/authors/${slug}/` };
}

/** Newest first; on the same instant, by slug, so lists never depend on file order. */
export function compareArticlesNewestFirst(a: { date: Date; slug: string }, b: { date: Date; slug: string }): number {
  return b.date.getTime() - a.date.getTime() || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);
}

/**
 * Builds the region, author, topic and "More in <region>" indexes in one pass over
 * the collection, so no page ever walks the whole collection itself.
 */
export function buildSiteModel<TImage>({
  articles,
  regions,
  authorProfiles = [],
  moreInRegionCount = 4,
}: {
  articles: readonly ArticleSummary<TImage>[];
  regions: readonly Region[];
  authorProfiles?: readonly AuthorProfile[];
  moreInRegionCount?: number;
}): SiteModel<TImage> {
  const profileBySlug = new Map(authorProfiles.map((profile) => [slugifyName(profile.name), profile]));
  const sorted = [...articles].sort(compareArticlesNewestFirst);
  const regionListings = regions.map((region) => ({ ...region, url: getRegionUrl(region.id), articles: [] as ArticleSummary<TImage>[] }));
  const regionById = new Map(regionListings.map((region) => [region.id, region]));
  const authorBySlug = new Map<string, AuthorListing<TImage>>();
  for (const article of sorted) {
    for (const regionId of new Set(article.regions)) regionById.get(regionId)?.articles.push(article);
    for (const author of article.authors) {
      const listing = authorBySlug.get(author.slug) ?? { ...author, articles: [], profile: profileBySlug.get(author.slug) };
      if (!listing.articles.includes(article)) listing.articles.push(article);
      authorBySlug.set(author.slug, listing);
    }
  }
  const moreInRegion = new Map<string, ArticleSummary<TImage>[]>();
  for (const article of sorted) {
    const mainRegion = article.regions[0] === undefined ? undefined : regionById.get(article.regions[0]);
    const others: ArticleSummary<TImage>[] = [];
    for (const candidate of mainRegion?.articles ?? []) {
      if (others.length >= moreInRegionCount) break;
      if (candidate !== article) others.push(candidate);
    }
    moreInRegion.set(article.slug, others);
  }
  const authors = [...authorBySlug.values()].sort((a, b) => a.name.localeCompare(b.name, 'en') || a.slug.localeCompare(b.slug, 'en'));
  const topics = buildTopicIndex(sorted);
  return {
    articles: sorted,
    articleBySlug: new Map(sorted.map((article) => [article.slug, article])),
    regions: regionListings,
    regionById,
    authors,
    authorBySlug,
    topics,
    topicBySlug: new Map(topics.map((topic) => [topic.slug, topic])),
    moreInRegion,
  };
}
