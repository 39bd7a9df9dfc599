import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';

/**
 * Starts a worker thread on one of the project's TypeScript modules. Builds run
 * our sources through Vite or tsx, neither of which a new thread inherits, so
 * the thread loads tsx itself to compile the module and what it imports.
 */
export function startTypeScriptWorker(module: URL, options: Omit<WorkerOptions, 'execArgv'> = {}): Worker {
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
  return new Worker(module, { ...options, execArgv: ['--import', tsx] });
}
