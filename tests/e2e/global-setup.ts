import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { assertChromiumInstalled } from './browser';
import { PROJECT_ROOT, prepareTestContent, runProjectBin, serveStatic } from './site-build';

/** Page size of the test build: small, so region and author lists span several pages. */
export const TEST_PAGE_SIZE = 4;

/** "Now" for the test build's news sitemap: the day after the Spanish sample article and its translation. */
export const NEWS_SITEMAP_BUILD_DATE = '2023-01-25T12:00:00Z';

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
  // The news sitemap lists the days before the build: pin "now" so the sample articles of January 2023 are in it.
  // Vitest sets NODE_ENV=test, and Astro then builds a development site (drafts shown, no
  // Content-Security-Policy): test the production site readers get.
  const env = {
    BROADSHEET_CONTENT_DIR: contentDir,
    BROADSHEET_BUILD_DATE: NEWS_SITEMAP_BUILD_DATE,
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
