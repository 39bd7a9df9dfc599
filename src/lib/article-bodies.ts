import { createHandover } from './build-handover';
import type { RelatedNeighbour } from './related';

/** What the article loader made of one article's body, for its pages. */
export interface ArticleBody {
  /** The rendered, sanitised body. */
  html: string;
  wordCount: number;
  /** Minutes to read the body, at least 1. */
  readingTime: number;
  /** The related-articles engine's list for this article (empty for drafts). */
  relatedArticles: RelatedNeighbour[];
  /** Dated after the build: only in development builds, whose pages say so. */
  scheduled: boolean;
}

// Astro serialises its whole content store into the page bundle and parses it back
// before the first page, so every body stored there is copied, compiled and held
// several times over (at 5,000 articles the store ran to 34 MB). The loader and the
// pages run in one process, in the build as in `astro dev`, but in two module graphs
// (the content config's and Vite's page bundle), so the loader leaves the bodies here
// and the store keeps only the frontmatter.
const articleBodies = createHandover<ReadonlyMap<string, ArticleBody>>('articleBodies');

/** Called by the article loader after each read of the collection, replacing the last. */
export function publishArticleBodies(bodies: ReadonlyMap<string, ArticleBody>): void {
  articleBodies.put(bodies);
}

/** The body the loader published for an article; throws if the loader did not run in this process. */
export function getArticleBody(slug: string): ArticleBody {
  const bodies = articleBodies.take();
  if (!bodies)
    throw new Error(
      'The article bodies are missing: the article loader hands them to the pages in memory, and it has not run in this process.',
    );
  const body = bodies.get(slug);
  if (!body) throw new Error(`The article loader has no body for "${slug}".`);
  return body;
}
