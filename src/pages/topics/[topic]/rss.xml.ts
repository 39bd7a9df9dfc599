import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { renderFeed } from '../../../data/feeds';
import { getTopicFeedPaths } from '../../../data/paths';

export const getStaticPaths = getTopicFeedPaths;

/** A topic's feed. */
export const GET: APIRoute = async ({ props, site }) => {
  const { topic } = props as InferGetStaticPropsType<typeof getStaticPaths>;
  return renderFeed({ ...topic, description: `Articles on ${topic.name}.` }, site);
};
