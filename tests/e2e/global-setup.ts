import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { assertChromiumInstalled } from './browser';
import { PROJECT_ROOT, prepareTestContent, runProjectBin, serveStatic } from './site-build';

/** Page size of the test build: small, so region and author lists span several pages. */
export const TEST_PAGE_SIZE = 4;

/**
 * "Now" for the test build: the day after the newest sample article, so every sample article
 * is out, the scheduled fixtures are not, and the news sitemap has a fixed window.
 */
export const TEST_BUILD_DATE = '2023-10-16T12:00:00Z';

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
  // Vitest sets NODE_ENV=test, and Astro then builds a development site (drafts shown, no
  // Content-Security-Policy): test the production site readers get.
  const env = {
    BROADSHEET_CONTENT_DIR: contentDir,
    // Scheduling and the news sitemap both go by the build's moment: pin it, as `npm run build` does.
    BROADSHEET_BUILD_DATE: TEST_BUILD_DATE,
    NODE_ENV: 'production',
  };
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
