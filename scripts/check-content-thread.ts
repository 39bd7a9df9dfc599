// Runs the content check of `npm run build` in a worker thread (see runContentCheckThread
// in scripts/build.ts) and posts its result back.
import { parentPort } from 'node:worker_threads';
import { checkContent } from './check-content';

parentPort?.postMessage(await checkContent());
