import type { APIRoute } from 'astro';
import { buildRobotsTxt } from '../lib/robots';

/** `robots.txt`, naming the sitemaps by the site's address. */
export const GET: APIRoute = ({ site }) =>
  new Response(
    buildRobotsTxt({ sitemaps: [new URL('/sitemap-index.xml', site).href, new URL('/news-sitemap.xml', site).href] }),
    {
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    },
  );
