import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { assertChromiumInstalled } from './browser';
import { PROJECT_ROOT, prepareTestContent, runProjectBin, serveStatic } from './site-build';

/** Page size of the test build: small, so region and author lists span several pages. */
export const TEST_PAGE_SIZE = 4;

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    outDir: string;
    pageSize: number;
  }
}

/** Builds the site once from the real articles, serves it, and tells the tests where. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  assertChromiumInstalled();
  const contentDir = await prepareTestContent(TEST_PAGE_SIZE);
  const outDir = path.join(PROJECT_ROOT, '.test-dist');
  const env = { BROADSHEET_CONTENT_DIR: contentDir };
  await rm(outDir, { recursive: true, force: true });
  await runProjectBin('astro', ['build', '--outDir', outDir], env);
  const server = await serveStatic(outDir);
  project.provide('baseUrl', server.url);
  project.provide('outDir', outDir);
  project.provide('pageSize', TEST_PAGE_SIZE);
  return async () => {
    await server.stop();
    await rm(path.dirname(contentDir), { recursive: true, force: true });
  };
}
