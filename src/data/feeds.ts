import rss from '@astrojs/rss';
import { buildFeed, getFeedTitle, getFeedUrl, type FeedLink } from '../lib/feeds';
import { getArticleTopics } from '../lib/topics';
import { getSite, getSiteSettings, type Article } from './site';

/** A list page that has a feed: the whole site, a region, an author or a topic. */
export interface FeedList {
  /** What the list is of, e.g. "Latin America"; none for the whole site. */
  name?: string | undefined;
  description: string;
  /** The list page, e.g. `/regions/latin-america/` (`/` for the whole site). */
  url: string;
  articles: readonly Article[];
}

/** The whole site's feed, `/rss.xml`: every article, newest first. */
export async function getSiteFeedList(): Promise<FeedList> {
  const site = await getSite();
  return { description: site.settings.tagline || site.settings.name, url: '/', articles: site.articles };
}

/** The `<link rel="alternate">` of a list's feed. */
export function getFeedLink(list: Pick<FeedList, 'name' | 'url'>): FeedLink {
  return { title: getFeedTitle(getSiteSettings().name, list.name), url: getFeedUrl(list.url) };
}

/** The RSS response of a list's feed, its links absolute on `site`. */
export async function renderFeed(list: FeedList, site: URL | undefined): Promise<Response> {
  if (!site) throw new Error('Feeds need the site’s address: set url in content/site.yaml or SITE_URL');
  const { settings, topicBySlug } = await getSite();
  return rss(
    buildFeed({
      title: getFeedTitle(settings.name, list.name),
      description: list.description,
      site,
      listUrl: list.url,
      language: settings.language,
      articles: list.articles.map((article) => ({
        url: article.url,
        title: article.title,
        description: article.description,
        date: article.date,
        authors: article.authors,
        categories: getArticleTopics(article.topics, topicBySlug).map((topic) => topic.name),
      })),
    }),
  );
}
