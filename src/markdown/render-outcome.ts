import {
  createArticleResolver,
  type ArticleDirectory,
  type ArticleLinkTarget,
  type ResolveArticle,
} from './article-links';
import { createArticleProcessor, type RenderedArticleBody } from './article-processor';

/**
 * A question a body asked about another article while it was rendered, and the
 * answer, as text: a callout or `.md` link shows the target's title and URL, or
 * is reported missing. A cached rendering holds while every answer is the same.
 */
export type ArticleLookup = [slug: string, answer: string];

/** A body rendered, or the reason it could not be, with the articles it looked up. */
export type RenderOutcome = ({ rendered: RenderedArticleBody } | { failure: string }) & { lookups: ArticleLookup[] };

/** Bodies sent to a worker thread, numbered so the answers go back in order. */
export interface RenderBatch {
  batch: number;
  bodies: string[];
}

export interface RenderBatchResult {
  batch: number;
  outcomes: RenderOutcome[];
}

/** An answer of a {@link ResolveArticle} as one comparable string. */
export function describeLookupAnswer(answer: ArticleLinkTarget | string): string {
  return typeof answer === 'string' ? `missing: ${answer}` : `${answer.title}\n${answer.url}`;
}

/**
 * Wraps a resolver so the lookups made while rendering one body can be taken
 * afterwards. Bodies render one after another on a thread, so one list is enough.
 */
export function createRecordingResolver(resolveArticle: ResolveArticle): {
  resolveArticle: ResolveArticle;
  takeLookups(): ArticleLookup[];
} {
  let lookups: ArticleLookup[] = [];
  return {
    resolveArticle(slug) {
      const answer = resolveArticle(slug);
      lookups.push([slug, describeLookupAnswer(answer)]);
      return answer;
    },
    takeLookups() {
      const taken = lookups;
      lookups = [];
      return taken;
    },
  };
}

/**
 * Renders one body, turning a throw into a failure: a plugin that chokes on odd
 * input must not hide the other files' problems behind a stack trace.
 */
export async function renderSafely(
  render: (markdown: string) => Promise<RenderedArticleBody>,
  takeLookups: () => ArticleLookup[],
  body: string,
): Promise<RenderOutcome> {
  try {
    const rendered = await render(body);
    return { rendered, lookups: takeLookups() };
  } catch (error) {
    return { failure: error instanceof Error ? error.message : String(error), lookups: takeLookups() };
  }
}

/**
 * The article pipeline for one thread, over a directory of articles: renders
 * bodies one after another, each with the lookups it made. The render pool uses
 * it on its own thread and in each worker.
 */
export function createBodyRenderer(
  directory: ArticleDirectory,
): (bodies: readonly string[]) => Promise<RenderOutcome[]> {
  const { resolveArticle, takeLookups } = createRecordingResolver(createArticleResolver(directory));
  const renderArticleBody = createArticleProcessor({ resolveArticle });
  return async (bodies) => {
    const outcomes: RenderOutcome[] = [];
    for (const body of bodies) outcomes.push(await renderSafely(renderArticleBody, takeLookups, body));
    return outcomes;
  };
}
