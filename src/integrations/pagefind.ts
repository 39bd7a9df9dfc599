import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { getFileUrlPath, listBuiltPages } from '../lib/built-site';
import { recordBuildPhase } from '../lib/build-timings';
import { SearchIndexer, setActiveSearchIndexer, type SearchIndexReport } from './search-indexer';

export type { SearchIndexReport } from './search-indexer';

/**
 * Indexes the site for search into `<outDir>/pagefind/`. Article pages go to
 * Pagefind as Astro renders them (search-middleware.ts), so indexing runs beside
 * page rendering; `astro:build:done` writes the bundles into the hook's `dir`,
 * so the index lands in whatever folder the build writes (a staging folder
 * included) and a failed index fails the build. Should no page have come
 * through, the built pages are read from disk instead.
 */
export function pagefindSearch(): AstroIntegration {
  let indexer: SearchIndexer | undefined;
  return {
    name: 'broadsheet:pagefind',
    hooks: {
      'astro:config:setup': ({ command, addMiddleware }) => {
        if (command === 'build')
          addMiddleware({ entrypoint: new URL('./search-middleware.ts', import.meta.url), order: 'post' });
      },
      'astro:build:start': async () => {
        await indexer?.close();
        indexer = new SearchIndexer();
        setActiveSearchIndexer(indexer);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const finishing = performance.now();
        setActiveSearchIndexer(undefined);
        const siteDir = fileURLToPath(dir);
        const streamed = indexer;
        indexer = undefined;
        let report: SearchIndexReport;
        if (streamed && streamed.queued > 0) report = await streamed.finish(path.join(siteDir, 'pagefind'));
        else {
          await streamed?.close();
          report = await indexBuiltSite(siteDir);
        }
        // What search adds to the build's wall time: the part not hidden behind page rendering.
        recordBuildPhase('search index', performance.now() - finishing);
        logger.info(describeSearchIndexReport(report));
      },
    },
  };
}

/**
 * Writes the search bundles of a site already built into `siteDir`, reading its pages
 * back from disk: the same bundles (see src/lib/search-bundles.ts) and
 * `pagefind/bundles.json` as during a build. Only elements marked
 * `data-pagefind-body` (article pages) are indexed.
 */
export async function indexBuiltSite(siteDir: string): Promise<SearchIndexReport> {
  const started = performance.now();
  // The search bundles of an earlier run are not pages of the site.
  const files = (await listBuiltPages(siteDir)).filter((file) => !file.startsWith('pagefind/'));
  const indexer = new SearchIndexer();
  try {
    // One page at a time, in path order: the index comes out the same on every run, and
    // pages read faster than Pagefind takes them do not pile up in memory.
    for (const file of files) {
      const html = await readFile(path.join(siteDir, file), 'utf8');
      await indexer.add(getFileUrlPath(file), html);
    }
  } catch (error) {
    await indexer.close();
    throw error;
  }
  const report = await indexer.finish(path.join(siteDir, 'pagefind'));
  return { ...report, milliseconds: performance.now() - started };
}

/** "Indexed 30 pages for search in 412 ms (en 29, es 1)". */
export function describeSearchIndexReport(report: SearchIndexReport): string {
  const languages = report.bundles.map((bundle) => `${bundle.language} ${bundle.pageCount}`).join(', ');
  return `Indexed ${report.pageCount} pages for search in ${Math.round(report.milliseconds)} ms (${languages})`;
}
