import { availableParallelism } from 'node:os';
import { startTypeScriptWorker } from '../lib/typescript-worker';
import { createArticleResolver, type ArticleDirectory } from './article-links';
import { RenderCache } from './render-cache';
import { createBodyRenderer, type RenderBatch, type RenderBatchResult, type RenderOutcome } from './render-outcome';

/** Options of {@link renderArticleBodies}. */
export interface RenderPoolOptions {
  /**
   * Worker threads to spread the bodies over; 0 renders them all on this thread.
   * Defaults to `BROADSHEET_RENDER_WORKERS`, else one per core for a collection of
   * at least {@link MIN_BODIES_FOR_WORKERS} bodies.
   */
  workers?: number;
  /** Reuse and keep renderings in this cache file (see render-cache.ts); none by default. */
  cache?: { file: string; projectRoot: string };
}

/**
 * Below this many bodies the threads' start-up (each loads the whole Markdown
 * pipeline, about half a second) costs more than it saves.
 */
export const MIN_BODIES_FOR_WORKERS = 200;
/** Bodies a worker is sent at a time: small enough to keep every thread busy to the end. */
const BATCH_SIZE = 20;

/**
 * Renders every body with the article pipeline, in order. Markdown rendering is
 * most of a large site's content sync and runs on one core, so a large
 * collection is spread over worker threads, one per core, each with its own copy
 * of the pipeline; the output is the same as rendering on this thread. With a
 * cache, bodies rendered before (and still valid) are not rendered again.
 */
export async function renderArticleBodies(
  bodies: readonly string[],
  directory: ArticleDirectory,
  options: RenderPoolOptions = {},
): Promise<RenderOutcome[]> {
  const cache = options.cache ? await RenderCache.open(options.cache.file, options.cache.projectRoot) : undefined;
  const resolveArticle = createArticleResolver(directory);
  const outcomes: RenderOutcome[] = new Array(bodies.length);
  const toRender: number[] = [];
  bodies.forEach((body, index) => {
    const cached = cache?.get(body, resolveArticle);
    if (cached) outcomes[index] = cached;
    else toRender.push(index);
  });

  const fresh = await renderFresh(
    toRender.map((index) => bodies[index]!),
    directory,
    options.workers ?? getDefaultWorkerCount(toRender.length),
  );
  toRender.forEach((index, i) => {
    outcomes[index] = fresh[i]!;
    cache?.set(bodies[index]!, fresh[i]!);
  });
  await cache?.save();
  return outcomes;
}

async function renderFresh(
  bodies: readonly string[],
  directory: ArticleDirectory,
  workerCount: number,
): Promise<RenderOutcome[]> {
  const workers = Math.min(workerCount, Math.ceil(bodies.length / BATCH_SIZE));
  if (workers >= 1) return renderInWorkers(bodies, directory, workers);
  return createBodyRenderer(directory)(bodies);
}

function getDefaultWorkerCount(bodyCount: number): number {
  const configured = process.env['BROADSHEET_RENDER_WORKERS'];
  if (configured !== undefined && configured.trim() !== '') {
    const count = Number(configured);
    if (!Number.isInteger(count) || count < 0)
      throw new Error(`BROADSHEET_RENDER_WORKERS must be a whole number of threads (0: none), got "${configured}"`);
    return count;
  }
  return bodyCount >= MIN_BODIES_FOR_WORKERS ? availableParallelism() : 0;
}

async function renderInWorkers(
  bodies: readonly string[],
  directory: ArticleDirectory,
  workerCount: number,
): Promise<RenderOutcome[]> {
  const batches: RenderBatch[] = [];
  for (let start = 0; start < bodies.length; start += BATCH_SIZE)
    batches.push({ batch: batches.length, bodies: bodies.slice(start, start + BATCH_SIZE) });
  const outcomes: RenderOutcome[][] = new Array(batches.length);
  const workerUrl = new URL('./article-render-worker.ts', import.meta.url);
  const workers = Array.from({ length: workerCount }, () =>
    startTypeScriptWorker(workerUrl, { workerData: directory }),
  );
  let next = 0;
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const sendNext = (): void => {
              if (next >= batches.length) {
                resolve();
                return;
              }
              worker.postMessage(batches[next++]);
            };
            worker.on('message', ({ batch, outcomes: batchOutcomes }: RenderBatchResult) => {
              outcomes[batch] = batchOutcomes;
              sendNext();
            });
            worker.once('error', reject);
            worker.once('exit', (code) => {
              if (next < batches.length || outcomes.includes(undefined as never))
                reject(new Error(`a Markdown render thread stopped early (exit code ${code})`));
            });
            sendNext();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return outcomes.flat();
}
