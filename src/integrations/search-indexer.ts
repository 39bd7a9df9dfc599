import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { activeSearchIndexer } from '../lib/build-handover';
import { recordBuildPhase } from '../lib/build-timings';
import {
  buildSearchManifest,
  chooseSearchBundle,
  extractIndexedDocument,
  readPageLanguages,
  SEARCH_MANIFEST_FILE,
  type SearchBundleChoice,
} from '../lib/search-bundles';

/** What indexing a site did. */
export interface SearchIndexReport {
  /** Pages indexed, all bundles together. */
  pageCount: number;
  /** One entry per bundle: its language, folder under `pagefind/` and page count. */
  bundles: Array<{ language: string; folder: string; pageCount: number }>;
  /**
   * Wall time in milliseconds from the first page to the bundles written: when pages
   * stream in during the build, mostly spent beside page rendering, not after it.
   */
  milliseconds: number;
}

interface OpenBundle extends SearchBundleChoice {
  index: pagefind.PagefindIndex;
  pageCount: number;
}

/**
 * Builds the search bundles (one per language, see src/lib/search-bundles.ts) from
 * pages handed over one at a time. During a build they come while the rest of the
 * site is still being rendered: Pagefind runs in a process of its own, so on a
 * machine with two cores it indexes on one while Astro renders on the other,
 * instead of reading every page back from disk once Astro is done.
 */
export class SearchIndexer {
  private readonly bundles = new Map<string, Promise<OpenBundle>>();
  private readonly pending: Promise<void>[] = [];
  private readonly errors: string[] = [];
  /** When the first page came, for the report: indexing runs from there, beside page rendering. */
  private started: number | undefined;

  /**
   * Queues a built page; pages without a `data-pagefind-body` element are not indexed.
   * The promise settles once Pagefind has the page, for a caller that reads pages faster
   * than Pagefind takes them; it never rejects (failures are reported by `finish`).
   */
  add(url: string, html: string): Promise<void> {
    this.started ??= performance.now();
    const languages = readPageLanguages(html);
    if (!languages) return Promise.resolve();
    const choice = chooseSearchBundle(languages);
    const indexed = this.open(choice)
      .then(async (bundle) => {
        // Only what Pagefind reads: every page also carries the site's whole stylesheet inline
        // (about 30 KB), its header, footer and related list, which would otherwise be sent,
        // parsed and held for every article.
        const { errors } = await bundle.index.addHTMLFile({ url, content: extractIndexedDocument(html) });
        if (errors.length > 0) this.errors.push(`${url}: ${errors.join('; ')}`);
        else bundle.pageCount++;
      })
      // Kept for finish(), which reports every failure at once; a rejection left waiting
      // until then would end the build early with a stack trace instead.
      .catch((error: unknown) => {
        this.errors.push(`${url}: ${error instanceof Error ? error.message : String(error)}`);
      });
    this.pending.push(indexed);
    return indexed;
  }

  /** Pages indexed or queued so far. */
  get queued(): number {
    return this.pending.length;
  }

  /**
   * Waits for every queued page and writes the bundles and `bundles.json` into
   * `outputDir` (the site bundle first, then one folder a language), replacing
   * whatever was there. Throws if Pagefind refused a page.
   */
  async finish(outputDir: string): Promise<SearchIndexReport> {
    try {
      const waiting = performance.now();
      await Promise.all(this.pending);
      recordBuildPhase('search index: pages still queued', performance.now() - waiting);
      if (this.errors.length > 0) {
        const more = this.errors.length > 10 ? `\n… and ${this.errors.length - 10} more pages` : '';
        throw new Error(`Pagefind could not index:\n${this.errors.slice(0, 10).join('\n')}${more}`);
      }
      const bundles = (await Promise.all(this.bundles.values())).sort((a, b) =>
        a.folder === '' ? -1 : b.folder === '' ? 1 : a.folder < b.folder ? -1 : 1,
      );
      await rm(outputDir, { recursive: true, force: true });
      await mkdir(outputDir, { recursive: true });
      const writing = performance.now();
      for (const bundle of bundles) {
        const { errors } = await bundle.index.writeFiles({ outputPath: path.join(outputDir, bundle.folder) });
        if (errors.length > 0)
          throw new Error(`Pagefind failed writing the ${bundle.language} bundle:\n${errors.join('\n')}`);
      }
      await writeFile(path.join(outputDir, SEARCH_MANIFEST_FILE), `${JSON.stringify(buildSearchManifest(bundles))}\n`);
      recordBuildPhase('search index: writing the bundles', performance.now() - writing);
      return {
        pageCount: bundles.reduce((sum, bundle) => sum + bundle.pageCount, 0),
        bundles: bundles.map(({ language, folder, pageCount }) => ({ language, folder, pageCount })),
        milliseconds: performance.now() - (this.started ?? performance.now()),
      };
    } finally {
      await this.close();
    }
  }

  /** Stops Pagefind's process; also after a failed build. */
  async close(): Promise<void> {
    if (this.bundles.size > 0) await pagefind.close();
    this.bundles.clear();
  }

  private open(choice: SearchBundleChoice): Promise<OpenBundle> {
    let bundle = this.bundles.get(choice.folder);
    if (!bundle) {
      bundle = pagefind
        .createIndex(choice.forceLanguage ? { forceLanguage: choice.forceLanguage } : {})
        .then(({ index, errors }) => {
          if (!index) throw new Error(`Pagefind could not start an index: ${errors.join('; ')}`);
          return { ...choice, index, pageCount: 0 };
        });
      this.bundles.set(choice.folder, bundle);
    }
    return bundle;
  }
}

/** Makes `indexer` the one the page middleware hands pages to, or none (see build-handover.ts). */
export function setActiveSearchIndexer(indexer: SearchIndexer | undefined): void {
  activeSearchIndexer.put(indexer);
}
