// What full-text search costs: the size of the Pagefind index (files and bytes) and the time
// to build it, for the sample site and for a generated archive of 5,000 articles. Each site is
// built once with `astro build` (which indexes it through src/integrations/pagefind.ts); the
// index is then rebuilt on the built pages with the same code and timed alone: `--runs` times
// for the sample site, `--generated-runs` times for the archive (a few minutes each on 2 cores).
//
//   npm run bench:search                       # sample site and 5,000 articles
//   npm run bench:search -- --count 1000 --generated-runs 3
//   npm run bench:search -- --skip-generated   # the sample site only
//
// The generated archive is written once to bench/.work/corpus-<count>/ (as
// `npx tsx bench/generate-site-corpus.ts --count 5000 --out bench/.work/corpus-5000` does) and
// reused; --regenerate writes it again. Builds go to bench/.work/dist-search-*/.
import { existsSync } from 'node:fs';
import { readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { describeSearchIndexReport, indexBuiltSite, type SearchIndexReport } from '../src/integrations/pagefind';
import { runQuietAstroBuild } from '../scripts/astro-build';
import { writeSiteCorpus } from './generate-site-corpus';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '5000' },
    runs: { type: 'string', default: '3' },
    'generated-runs': { type: 'string', default: '1' },
    seed: { type: 'string', default: '1' },
    'skip-generated': { type: 'boolean', default: false },
    regenerate: { type: 'boolean', default: false },
  },
});
const count = Number(values.count);
const sampleRuns = Math.max(1, Number(values.runs));
const generatedRuns = Math.max(1, Number(values['generated-runs']));
const root = path.resolve(import.meta.dirname, '..');
const work = path.join(root, 'bench/.work');

interface FolderSize {
  files: number;
  bytes: number;
}

/** What the index folder holds, by kind of file. */
interface IndexSizes {
  total: FolderSize;
  /** Word index chunks, filters, metadata and entry files: what a search reads first. */
  index: FolderSize;
  /** One per page: its text, metadata and filters, fetched for each result shown. */
  fragments: FolderSize;
  /** Pagefind's WebAssembly search engine, one per language. */
  wasm: FolderSize;
  /** pagefind.js, its worker, and the UI files we do not load, once per bundle. */
  scripts: FolderSize;
}

/** Files and bytes under the index folder, by kind. */
async function measureIndex(pagefindDir: string): Promise<IndexSizes> {
  const sizes: IndexSizes = {
    total: { files: 0, bytes: 0 },
    index: { files: 0, bytes: 0 },
    fragments: { files: 0, bytes: 0 },
    wasm: { files: 0, bytes: 0 },
    scripts: { files: 0, bytes: 0 },
  };
  for (const entry of await readdir(pagefindDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const { size } = await stat(path.join(entry.parentPath, entry.name));
    const kind: keyof IndexSizes = entry.name.endsWith('.pf_fragment')
      ? 'fragments'
      : entry.name.endsWith('.pagefind')
        ? 'wasm'
        : /\.(js|css)$/.test(entry.name)
          ? 'scripts'
          : 'index';
    for (const size_ of [sizes.total, sizes[kind]]) {
      size_.files += 1;
      size_.bytes += size;
    }
  }
  return sizes;
}

const median = (numbers: number[]): number => {
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(2)} MB`;
const describeSize = ({ files, bytes }: FolderSize): string => `${files} files, ${mb(bytes)}`;

async function benchSite(label: string, contentDir: string, outDir: string, runs: number): Promise<void> {
  console.log(`\n${label}`);
  const buildSeconds = await runQuietAstroBuild({ outDir, env: { BROADSHEET_CONTENT_DIR: contentDir } });
  console.log(`  astro build (indexing included)  ${buildSeconds.toFixed(1)} s`);
  const reports: SearchIndexReport[] = [];
  for (let run = 1; run <= runs; run++) {
    await rm(path.join(outDir, 'pagefind'), { recursive: true, force: true });
    const report = await indexBuiltSite(outDir);
    reports.push(report);
    console.log(`  run ${run}  ${describeSearchIndexReport(report)}`);
  }
  const sizes = await measureIndex(path.join(outDir, 'pagefind'));
  const pages = reports[0]!.pageCount;
  console.log(
    `  indexing time   median ${Math.round(median(reports.map((report) => report.milliseconds)))} ms over ${runs} runs (${pages} pages)`,
  );
  console.log(`  index on disk   ${describeSize(sizes.total)} in all:`);
  console.log(`    word index, filters, metadata  ${describeSize(sizes.index)}`);
  console.log(`    page fragments                 ${describeSize(sizes.fragments)}`);
  console.log(`    WebAssembly engines            ${describeSize(sizes.wasm)}`);
  console.log(`    Pagefind scripts and UI files  ${describeSize(sizes.scripts)}`);
  const data = sizes.index.bytes + sizes.fragments.bytes;
  console.log(`  per page        ${(data / Math.max(1, pages) / 1000).toFixed(1)} KB of index and fragment`);
}

await benchSite(
  'Sample site (content/)',
  path.join(root, 'content'),
  path.join(work, 'dist-search-sample'),
  sampleRuns,
);

if (!values['skip-generated']) {
  const contentDir = path.join(work, `corpus-${count}`);
  if (values.regenerate || !existsSync(path.join(contentDir, 'site.yaml'))) {
    const written = await writeSiteCorpus({ count, seed: Number(values.seed), outDir: contentDir });
    console.log(
      `\nGenerated ${written.articles} articles (${mb(written.bytes)} of Markdown) in ${path.relative(root, contentDir)}/`,
    );
  }
  await benchSite(
    `Generated archive (${path.relative(root, contentDir)}/, ${count} articles)`,
    contentDir,
    path.join(work, `dist-search-${count}`),
    generatedRuns,
  );
}
