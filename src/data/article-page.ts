import { getImage } from 'astro:assets';
import { getLastUpdate, getModifiedDate } from '../lib/article-updates';
import { buildSocialMeta, type MetaTag } from '../lib/social-meta';
import { buildBreadcrumbJsonLd, buildNewsArticleJsonLd, serializeJsonLd, type Crumb } from '../lib/structured-data';
import { getArticleTopics, type Topic } from '../lib/topics';
import {
  getHreflangAlternates,
  getTranslationLinks,
  type HreflangAlternate,
  type TranslationLink,
} from '../lib/translations';
import { getSite, type Article } from './site';

/** Width of the lead image social cards and structured data point to (what X and Facebook show large). */
const SHARE_IMAGE_WIDTH = 1200;

/** What an article page shows and tells machines beyond the article itself. */
export interface ArticlePageData {
  /** The article's topics as readers see them, with their pages. */
  topics: Topic[];
  /** The last update or correction, for "Updated …"; none when the article never changed. */
  lastUpdate: Date | undefined;
  /** The same article in other languages. */
  translations: TranslationLink[];
  /** `<link rel="alternate" hreflang>` of the page: itself and its translations. */
  alternates: HreflangAlternate[];
  /** OpenGraph and X card tags. */
  meta: MetaTag[];
  /** JSON-LD blocks, serialised safely for `<script type="application/ld+json">`: the NewsArticle and its breadcrumbs. */
  jsonLd: string[];
}

/**
 * Gathers an article page's topics, translations, social tags and structured
 * data from the site model, with absolute URLs on `siteUrl`. The lead image is
 * built once more at 1200 pixels wide (JPEG, which every network reads) for cards.
 */
export async function getArticlePageData(article: Article, siteUrl: URL | undefined): Promise<ArticlePageData> {
  if (!siteUrl) throw new Error('Article pages need the site’s address: set url in content/site.yaml or SITE_URL');
  const { settings, regionById, topicBySlug, articleBySlug, authorBySlug } = await getSite();
  const absolute = (path: string): string => new URL(path, siteUrl).href;
  const url = absolute(article.url);
  const mainRegion = article.regions[0] === undefined ? undefined : regionById.get(article.regions[0]);
  const topics = getArticleTopics(article.topics, topicBySlug);
  const lastUpdate = getLastUpdate(article);
  const modified = getModifiedDate(article);
  const translations = getTranslationLinks(article.translations, articleBySlug);

  let image: { url: string; alt: string; width: number; height: number } | undefined;
  if (article.image) {
    const source = article.image.src;
    const width = Math.min(SHARE_IMAGE_WIDTH, source.width);
    const built = await getImage({ src: source, width, format: 'jpeg' });
    image = {
      url: absolute(built.src),
      alt: article.image.alt,
      width,
      height: Math.round((source.height * width) / source.width),
    };
  }

  const meta = buildSocialMeta({
    title: article.title,
    description: article.description,
    url,
    siteName: settings.name,
    xHandle: settings.social.x,
    image,
    article: {
      publishedTime: article.date,
      modifiedTime: modified,
      section: mainRegion?.name,
      tags: topics.map((topic) => topic.name),
      authors: article.authors.map((author) => absolute(author.url)),
    },
  });

  const newsArticle = buildNewsArticleJsonLd({
    url,
    headline: article.title,
    description: article.description,
    datePublished: article.date,
    dateModified: modified,
    authors: article.authors.map((author) => {
      // The role and pages elsewhere from content/authors.yaml; the bio stays on the writer's page.
      const profile = authorBySlug.get(author.slug)?.profile;
      return { name: author.name, url: absolute(author.url), jobTitle: profile?.role, sameAs: profile?.links };
    }),
    image,
    publisher: { name: settings.name, url: absolute('/'), logoUrl: absolute(settings.logo) },
    inLanguage: article.lang,
    section: mainRegion?.name,
    keywords: topics.map((topic) => topic.name),
    source: article.source,
    corrections: article.corrections,
  });
  const crumbs: Crumb[] = [
    { name: settings.name, url: absolute('/') },
    ...(mainRegion ? [{ name: mainRegion.name, url: absolute(mainRegion.url) }] : []),
    { name: article.title, url },
  ];

  return {
    topics,
    lastUpdate,
    translations,
    alternates: getHreflangAlternates(article, translations, siteUrl),
    meta,
    jsonLd: [serializeJsonLd(newsArticle), serializeJsonLd(buildBreadcrumbJsonLd(crumbs))],
  };
}
