// The thread of `startRelatedLists`: runs the engine over the inputs it is given
// and posts the lists back.
import { parentPort, workerData } from 'node:worker_threads';
import { computeRelatedArticles, type RelatedArticleInput } from './related';
import type { RelatedListsFromThread } from './related-lists';

const started = performance.now();
const lists = computeRelatedArticles(workerData as RelatedArticleInput[]);
const result: RelatedListsFromThread = { lists: [...lists], milliseconds: performance.now() - started };
parentPort!.postMessage(result);
