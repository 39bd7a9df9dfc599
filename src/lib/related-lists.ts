import type { LoadedArticle } from './article-collection';
import { computeRelatedArticles, type RelatedArticleInput, type RelatedNeighbour } from './related';
import { startTypeScriptWorker } from './typescript-worker';

/**
 * From this many articles the engine runs on a thread of its own, beside the rest of
 * the content sync; below it, starting the thread (about 0.4 s) costs more than the
 * engine itself (0.4 s at 1,000 articles, `npm run bench:related`).
 */
const MIN_ARTICLES_FOR_THREAD = 1_000;

/** What `related-lists-worker.ts` posts back. */
export interface RelatedListsFromThread {
  lists: [string, RelatedNeighbour[]][];
  milliseconds: number;
}

/** The engine's input for each loaded article: the body as plain text, the site's language where the article names none. */
function toRelatedInputs(articles: readonly LoadedArticle[], siteLanguage: string): RelatedArticleInput[] {
  return articles.map(({ slug, frontmatter, rendered, scheduled }) => ({
    slug,
    title: frontmatter.title,
    description: frontmatter.description,
    body: rendered.plainText,
    regions: frontmatter.regions,
    topics: frontmatter.topics,
    date: frontmatter.date,
    lang: frontmatter.lang ?? siteLanguage,
    related: frontmatter.related,
    // A scheduled article (shown only in development) is no more a neighbour than a draft is.
    draft: frontmatter.draft || scheduled,
  }));
}

/**
 * Runs the related-articles engine over the collection as the loader reads it,
 * while each body's plain text is at hand; only the lists go on to the pages, so
 * the text of every article is not kept in Astro's content store for one use.
 * For a large collection the engine runs on a worker thread, so the loader stores
 * the entries meanwhile; the lists are the same. Resolves with the lists and the
 * engine's own time.
 */
export function startRelatedLists(
  articles: readonly LoadedArticle[],
  siteLanguage: string,
  { minArticlesForThread = MIN_ARTICLES_FOR_THREAD }: { minArticlesForThread?: number } = {},
): Promise<{ lists: Map<string, RelatedNeighbour[]>; milliseconds: number }> {
  const inputs = toRelatedInputs(articles, siteLanguage);
  if (inputs.length < minArticlesForThread) {
    const started = performance.now();
    const lists = computeRelatedArticles(inputs);
    return Promise.resolve({ lists, milliseconds: performance.now() - started });
  }
  return new Promise((resolve, reject) => {
    const worker = startTypeScriptWorker(new URL('./related-lists-worker.ts', import.meta.url), { workerData: inputs });
    let result: RelatedListsFromThread | undefined;
    worker.once('message', (message: RelatedListsFromThread) => (result = message));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (result) resolve({ lists: new Map(result.lists), milliseconds: result.milliseconds });
      else reject(new Error(`The related-articles thread stopped (exit code ${code}) without its lists.`));
    });
  });
}
