import type { APIRoute } from 'astro';
import { getSiteFeedList, renderFeed } from '../data/feeds';

/** The whole site's feed: the latest 50 articles. */
export const GET: APIRoute = async ({ site }) => renderFeed(await getSiteFeedList(), site);
