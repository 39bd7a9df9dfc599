// A worker thread of the render pool (article-render-pool.ts): renders the batches
// of article bodies it is sent with the same pipeline as the main thread.
import { parentPort, workerData } from 'node:worker_threads';
import { createArticleResolver, type ArticleDirectory } from './article-links';
import { createArticleProcessor } from './article-processor';
import { createRecordingResolver, renderSafely, type RenderBatch, type RenderBatchResult } from './render-outcome';

const port = parentPort;
if (!port) throw new Error('article-render-worker.ts runs as a worker thread of the render pool');
const { resolveArticle, takeLookups } = createRecordingResolver(createArticleResolver(workerData as ArticleDirectory));
const renderArticleBody = createArticleProcessor({ resolveArticle });

port.on('message', async ({ batch, bodies }: RenderBatch) => {
  const outcomes = [];
  for (const body of bodies) outcomes.push(await renderSafely(renderArticleBody, takeLookups, body));
  port.postMessage({ batch, outcomes } satisfies RenderBatchResult);
});
