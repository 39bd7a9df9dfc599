import type { APIRoute } from 'astro';
import { getSite } from '../data/site';
import { getBuildDate } from '../lib/build-date';
import { buildNewsSitemap, selectRecentArticles } from '../lib/news-sitemap';

/** The Google News sitemap: the articles of the last `newsSitemapDays` days before the build. */
export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('The news sitemap needs the site’s address: set url in content/site.yaml or SITE_URL');
  const { settings, articles } = await getSite();
  const recent = selectRecentArticles(articles, getBuildDate(), settings.newsSitemapDays);
  return new Response(buildNewsSitemap({ site, publicationName: settings.name, articles: recent }), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
};
