// A worker thread of the render pool (article-render-pool.ts): renders the batches
// of article bodies it is sent with the same pipeline as the main thread.
import { parentPort, workerData } from 'node:worker_threads';
import type { ArticleDirectory } from './article-links';
import { createBodyRenderer, type RenderBatch, type RenderBatchResult } from './render-outcome';

const port = parentPort;
if (!port) throw new Error('article-render-worker.ts runs as a worker thread of the render pool');
const renderBodies = createBodyRenderer(workerData as ArticleDirectory);

port.on('message', async ({ batch, bodies }: RenderBatch) => {
  port.postMessage({ batch, outcomes: await renderBodies(bodies) } satisfies RenderBatchResult);
});
