import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { renderFeed } from '../../../data/feeds';
import { getAuthorFeedPaths } from '../../../data/paths';

export const getStaticPaths = getAuthorFeedPaths;

/** A writer's feed. */
export const GET: APIRoute = async ({ props, site }) => {
  const { author } = props as InferGetStaticPropsType<typeof getStaticPaths>;
  return renderFeed({ ...author, description: `Articles by ${author.name}.` }, site);
};
