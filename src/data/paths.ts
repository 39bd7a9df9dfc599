import { getPageParam, paginate, type Page } from '../lib/pagination';
import type { AuthorListing, RegionListing } from '../lib/site-model';
import type { TopicListing } from '../lib/topics';
import { getSite, type Article } from './site';
import type { ImageMetadata } from 'astro';

/** `getStaticPaths` of `/articles/<slug>/`. */
export async function getArticlePaths() {
  const site = await getSite();
  return site.articles.map((article) => ({ params: { slug: article.slug }, props: { article } }));
}

/** `getStaticPaths` of `/regions/<id>/`, `/regions/<id>/2/`, … */
export async function getRegionPagePaths() {
  const site = await getSite();
  return site.regions.flatMap((region) =>
    paginate(region.articles, site.settings.pageSize, region.url).map((page) => ({
      params: { region: region.id, page: getPageParam(page.number) },
      props: { region, page } as { region: RegionListing<ImageMetadata>; page: Page<Article> },
    })),
  );
}

/** `getStaticPaths` of `/authors/<slug>/`, `/authors/<slug>/2/`, … */
export async function getAuthorPagePaths() {
  const site = await getSite();
  return site.authors.flatMap((author) =>
    paginate(author.articles, site.settings.pageSize, author.url).map((page) => ({
      params: { author: author.slug, page: getPageParam(page.number) },
      props: { author, page } as { author: AuthorListing<ImageMetadata>; page: Page<Article> },
    })),
  );
}

/** `getStaticPaths` of `/topics/<slug>/`, `/topics/<slug>/2/`, … */
export async function getTopicPagePaths() {
  const site = await getSite();
  return site.topics.flatMap((topic) =>
    paginate(topic.articles, site.settings.pageSize, topic.url).map((page) => ({
      params: { topic: topic.slug, page: getPageParam(page.number) },
      props: { topic, page } as { topic: TopicListing<Article>; page: Page<Article> },
    })),
  );
}

/** `getStaticPaths` of `/regions/<id>/rss.xml`. */
export async function getRegionFeedPaths() {
  const site = await getSite();
  return site.regions.map((region) => ({ params: { region: region.id }, props: { region } }));
}

/** `getStaticPaths` of `/authors/<slug>/rss.xml`. */
export async function getAuthorFeedPaths() {
  const site = await getSite();
  return site.authors.map((author) => ({ params: { author: author.slug }, props: { author } }));
}

/** `getStaticPaths` of `/topics/<slug>/rss.xml`. */
export async function getTopicFeedPaths() {
  const site = await getSite();
  return site.topics.map((topic) => ({ params: { topic: topic.slug }, props: { topic } }));
}
