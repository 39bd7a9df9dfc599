import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { recordBuildPhase } from '../lib/build-timings';
import { SearchIndexer, setActiveSearchIndexer } from './search-indexer';
import * as pagefind from 'pagefind';
import {
  buildSearchManifest,
  planSearchBundles,
  readPageLanguages,
  SEARCH_MANIFEST_FILE,
  type IndexedPage,
  type SearchBundlePlan,
} from '../lib/search-bundles';

/** What indexing a built site did. */
export interface SearchIndexReport {
  /** Pages indexed, all bundles together. */
  pageCount: number;
  /** One entry per bundle: its language, folder under `pagefind/` and page count. */
  bundles: Array<Pick<SearchBundlePlan, 'language' | 'folder' | 'pageCount'>>;
  /**
   * Wall time in milliseconds: of the whole job when the built pages are read from disk; when
   * pages stream in during the build, from the first page to the bundles written (mostly
   * spent beside page rendering, not after it).
   */
  milliseconds: number;
}

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
 * Writes the search bundles of a built site with Pagefind's Node API: one bundle per
 * language (see src/lib/search-bundles.ts) and `pagefind/bundles.json`, which names them
 * for the search page. Only elements marked `data-pagefind-body` (article pages) are indexed.
 */
export async function indexBuiltSite(siteDir: string): Promise<SearchIndexReport> {
  const started = performance.now();
  const pages = await findIndexedPages(siteDir);
  // With no article at all, Pagefind would index every page whole: write no bundle instead.
  const plans = pages.length === 0 ? [] : planSearchBundles(pages);
  const outputDir = path.join(siteDir, 'pagefind');
  // A fresh folder: a language no longer on the site leaves no bundle behind.
  await rm(outputDir, { recursive: true, force: true });
  await mkdir(outputDir, { recursive: true });
  try {
    // The site's bundle first: the others are written inside its folder.
    for (const plan of plans) {
      const { index, errors } = await pagefind.createIndex({
        ...(plan.forceLanguage ? { forceLanguage: plan.forceLanguage } : {}),
        ...(plan.excludeSelectors.length > 0 ? { excludeSelectors: plan.excludeSelectors } : {}),
      });
      if (!index) throw new Error(`Pagefind could not start an index: ${errors.join('; ')}`);
      await addPages(index, siteDir, plan.files, plan.language);
      const written = await index.writeFiles({ outputPath: path.join(outputDir, plan.folder) });
      failOn(written.errors, `writing the ${plan.language} bundle`);
      await index.deleteIndex();
    }
  } finally {
    if (plans.length > 0) await pagefind.close();
  }
  await writeFile(path.join(outputDir, SEARCH_MANIFEST_FILE), `${JSON.stringify(buildSearchManifest(plans))}\n`);
  return {
    pageCount: plans.reduce((sum, plan) => sum + plan.pageCount, 0),
    bundles: plans.map(({ language, folder, pageCount }) => ({ language, folder, pageCount })),
    milliseconds: performance.now() - started,
  };
}

/** "Indexed 30 pages for search in 412 ms (en 29, es 1)". */
export function describeSearchIndexReport(report: SearchIndexReport): string {
  const languages = report.bundles.map((bundle) => `${bundle.language} ${bundle.pageCount}`).join(', ');
  return `Indexed ${report.pageCount} pages for search in ${Math.round(report.milliseconds)} ms (${languages})`;
}

/** Every built HTML page with a `data-pagefind-body` element, with its languages. */
async function findIndexedPages(siteDir: string): Promise<IndexedPage[]> {
  const entries = await readdir(siteDir, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.relative(siteDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .filter((file) => !file.startsWith('pagefind/'))
    .sort();
  // A few reads at a time: thousands of pages one after another wait on the disk in turn.
  const found: Array<IndexedPage | undefined> = new Array(files.length);
  let next = 0;
  const read = async (): Promise<void> => {
    for (let i = next++; i < files.length; i = next++) {
      const languages = readPageLanguages(await readFile(path.join(siteDir, files[i]!), 'utf8'));
      found[i] = languages ? { file: files[i]!, ...languages } : undefined;
    }
  };
  await Promise.all(Array.from({ length: 8 }, read));
  return found.filter((page): page is IndexedPage => page !== undefined);
}

/**
 * Hands Pagefind each page of a bundle with its address, in order. The list comes
 * from our own scan, which already knows which pages are articles and in what
 * language; a glob of thousands of alternatives is refused by Pagefind.
 */
async function addPages(
  index: pagefind.PagefindIndex,
  siteDir: string,
  files: readonly string[],
  language: string,
): Promise<void> {
  for (const file of files) {
    const added = await index.addHTMLFile({
      url: `/${file.replace(/(^|\/)index\.html$/, '$1')}`,
      content: await readFile(path.join(siteDir, file), 'utf8'),
    });
    failOn(added.errors, `indexing the ${language} page ${file}`);
  }
}

function failOn(errors: string[], doing: string): void {
  if (errors.length > 0) throw new Error(`Pagefind failed ${doing}:\n${errors.join('\n')}`);
}
