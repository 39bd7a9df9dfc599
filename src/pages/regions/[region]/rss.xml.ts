import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { renderFeed } from '../../../data/feeds';
import { getRegionFeedPaths } from '../../../data/paths';

export const getStaticPaths = getRegionFeedPaths;

/** A region's feed. */
export const GET: APIRoute = async ({ props, site }) => {
  const { region } = props as InferGetStaticPropsType<typeof getStaticPaths>;
  return renderFeed(region, site);
};
