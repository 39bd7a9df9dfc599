// `npm run bench`: Broadsheet's full build (`npm run build`: content check, Astro,
// search index, sitemap) against two references on the same generated corpora,
// in one run: a minimal Astro content-collection site (bench/peers/minimal-astro)
// and, where Debian's `hugo` is installed, a minimal Hugo site with `.Related`
// (bench/peers/hugo). The three builds take turns, in a rotating order, so that
// the machine's noise hits all of them alike.
//
//   npm run bench                                  1,000, 5,000 and 10,000 articles, 3 runs each
//   npm run bench -- --large                       adds 20,000
//   npm run bench -- --sizes 1000 --runs 5         other sizes and run counts
//   npm run bench -- --skip hugo,astro             Broadsheet alone
//
// Each cold build starts without Astro's caches or Broadsheet's rendered-body
// cache. The warm rebuild edits one article after a cold build and builds again.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { appendFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { execFileSync } from 'node:child_process';
import { writeSiteCorpus } from './generate-site-corpus';
import { measureCommand, type CommandMeasurement } from './process-tree';

const ROOT = path.resolve(import.meta.dirname, '..');
const WORK = path.join(ROOT, 'bench', '.work');
const PEER_ASTRO = path.join(ROOT, 'bench', 'peers', 'minimal-astro');
const PEER_HUGO = path.join(ROOT, 'bench', 'peers', 'hugo');
const NODE = process.execPath;
const TSX_CLI = path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const ASTRO_BIN = path.join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');

const { values: flags } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,5000,10000' },
    large: { type: 'boolean', default: false },
    runs: { type: 'string', default: '3' },
    seed: { type: 'string', default: '1' },
    skip: { type: 'string', default: '' },
  },
});
const sizes = flags.sizes.split(',').map(Number).concat(flags.large ? [20_000] : []);
const runs = Number(flags.runs);
const seed = Number(flags.seed);
const skipped = new Set(flags.skip.split(',').filter(Boolean));
const hugoInstalled = hasHugo();
if (!hugoInstalled) console.log('hugo is not installed (apt-get install hugo): the Hugo column is left out.\n');

type System = 'broadsheet' | 'astro' | 'hugo';
const systems = (['broadsheet', 'astro', 'hugo'] as const).filter(
  (system) => !skipped.has(system) && (system !== 'hugo' || hugoInstalled),
);

interface Run {
  measurement: CommandMeasurement;
  pages: number;
  phases: Map<string, number>;
}

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' };
await mkdir(WORK, { recursive: true });

for (const size of sizes) {
  const corpus = path.join(WORK, `corpus-${size}-${seed}`);
  if (!existsSync(path.join(corpus, 'site.yaml'))) await writeSiteCorpus({ count: size, seed, outDir: corpus });
  const markdownBytes = sumMarkdownBytes(path.join(corpus, 'articles'));
  const results = new Map<System, Run[]>(systems.map((system) => [system, []]));
  const warm: Run[] = [];
  for (let run = 0; run < runs; run++) {
    // Rotate who goes first, so no system always runs on a machine warmed or tired by another.
    const order = systems.map((_, i) => systems[(i + run) % systems.length]!);
    for (const system of order) {
      process.stdout.write(`  ${size} articles, run ${run + 1}/${runs}: ${system} cold… `);
      const result = await buildCold(system, corpus, size);
      results.get(system)!.push(result);
      console.log(`${seconds(result.measurement.milliseconds)}, ${megabytes(result.measurement.peakTreeRss)}`);
      if (system === 'broadsheet') {
        process.stdout.write(`  ${size} articles, run ${run + 1}/${runs}: broadsheet warm, one article edited… `);
        const rebuilt = await buildWarmAfterEdit(corpus, size);
        warm.push(rebuilt);
        console.log(`${seconds(rebuilt.measurement.milliseconds)}, ${megabytes(rebuilt.measurement.peakTreeRss)}`);
      }
    }
  }
  report(size, markdownBytes, results, warm);
}

async function buildCold(system: System, corpus: string, size: number): Promise<Run> {
  if (system === 'broadsheet') {
    await rm(path.join(ROOT, 'node_modules', '.astro'), { recursive: true, force: true });
    await rm(path.join(ROOT, 'node_modules', '.cache', 'broadsheet'), { recursive: true, force: true });
    await rm(path.join(ROOT, '.astro'), { recursive: true, force: true });
    return buildBroadsheet(corpus, size);
  }
  const outDir = path.join(WORK, `out-${system}-${size}`);
  await rm(outDir, { recursive: true, force: true });
  let measurement: CommandMeasurement;
  if (system === 'astro') {
    await rm(path.join(PEER_ASTRO, '.astro'), { recursive: true, force: true });
    await rm(path.join(PEER_ASTRO, 'node_modules'), { recursive: true, force: true });
    measurement = await measureCommand(NODE, [ASTRO_BIN, 'build', '--outDir', outDir], {
      cwd: PEER_ASTRO,
      env: { ...env, BENCH_CONTENT_DIR: corpus },
    });
  } else {
    measurement = await measureCommand(
      'hugo',
      ['--quiet', '--source', PEER_HUGO, '--contentDir', path.join(corpus, 'articles'), '--destination', outDir],
      { cwd: ROOT, env },
    );
  }
  failUnlessOk(system, measurement);
  return { measurement, pages: countPages(outDir), phases: new Map() };
}

async function buildBroadsheet(corpus: string, size: number): Promise<Run> {
  const outDir = path.join(WORK, `out-broadsheet-${size}`);
  const timings = path.join(WORK, `timings-${size}.jsonl`);
  await writeFile(timings, '');
  const measurement = await measureCommand(NODE, [TSX_CLI, 'scripts/build.ts', '--outDir', outDir], {
    cwd: ROOT,
    env: { ...env, BROADSHEET_CONTENT_DIR: corpus, BROADSHEET_BUILD_TIMINGS: timings },
  });
  failUnlessOk('broadsheet', measurement);
  const ended = Date.now();
  return {
    measurement,
    pages: countPages(outDir),
    phases: readPhases(await readFile(timings, 'utf8'), ended - measurement.milliseconds, ended),
  };
}

async function buildWarmAfterEdit(corpus: string, size: number): Promise<Run> {
  const articlesDir = path.join(corpus, 'articles');
  const first = readdirSync(articlesDir, { recursive: true }).map(String).filter((file) => file.endsWith('.md')).sort()[0]!;
  const file = path.join(articlesDir, first);
  const original = await readFile(file, 'utf8');
  await appendFile(file, '\n\nA correction: an earlier version of this article misstated the date of the vote.\n');
  try {
    return await buildBroadsheet(corpus, size);
  } finally {
    await writeFile(file, original);
  }
}

/**
 * The build's phases from its timings file (src/lib/build-timings.ts). Bundling, page
 * rendering and the finishing steps come from Astro's hook marks; feeds are pages,
 * so they are in page rendering.
 */
function readPhases(lines: string, started: number, ended: number): Map<string, number> {
  const records = lines
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { phase: string; milliseconds: number; at: number });
  const find = (phase: string) => records.filter((record) => record.phase === phase);
  const sum = (phase: string) => find(phase).reduce((total, record) => total + record.milliseconds, 0);
  const phases = new Map<string, number>();
  const check = find('content check')[0];
  const configAt = find('mark: config')[0]?.at;
  const buildStart = find('mark: build start')[0]?.at;
  const pagesWritten = find('mark: pages written')[0]?.at;
  const siteData = find('site data')[0];
  // The content check renders every body first; Astro's content sync then finds them in the cache.
  const [checkMarkdown, syncMarkdown] = find('markdown rendering');
  const related = sum('related engine');
  const search = sum('search index');
  if (check) {
    phases.set('content check', check.milliseconds);
    phases.set('  rendering Markdown', checkMarkdown?.milliseconds ?? 0);
  }
  if (configAt !== undefined) phases.set('start-up (Node, Astro)', configAt - started - (check?.milliseconds ?? 0));
  phases.set('content sync', sum('content sync'));
  phases.set('  Markdown, from the cache', syncMarkdown?.milliseconds ?? 0);
  // The loader runs the engine while it has every body's plain text.
  phases.set('  related engine', related);
  if (buildStart !== undefined && siteData !== undefined)
    phases.set('bundling (Vite)', siteData.at - siteData.milliseconds - buildStart);
  if (siteData !== undefined && pagesWritten !== undefined) {
    phases.set('page rendering', pagesWritten - (siteData.at - siteData.milliseconds));
    phases.set('  reading the collection', siteData.milliseconds);
  }
  const buildDone = find('mark: build done')[0]?.at;
  const astroExited = find('mark: astro exited')[0]?.at;
  const swap = find('swap')[0];
  if (pagesWritten !== undefined && buildDone !== undefined)
    phases.set("Astro's steps after the pages", buildDone - pagesWritten);
  phases.set('search index', search);
  if (buildDone !== undefined && astroExited !== undefined)
    phases.set('sitemap, headers, Astro exiting', astroExited - buildDone - search);
  if (swap) {
    phases.set('swap into the output folder', swap.milliseconds);
    phases.set('build script exiting', ended - swap.at);
  }
  return phases;
}

function report(size: number, markdownBytes: number, results: Map<System, Run[]>, warm: Run[]): void {
  const label: Record<System, string> = { broadsheet: 'Broadsheet', astro: 'minimal Astro', hugo: 'Hugo + .Related' };
  const median = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    const middle = sorted.length >> 1;
    return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  };
  console.log(`\n${size.toLocaleString('en')} articles (${(markdownBytes / 2 ** 20).toFixed(1)} MB of Markdown), ${runs} runs each, medians:`);
  console.log('  system            cold build   range              peak RSS (tree)   pages   pages/s');
  const coldMedian = new Map<System, number>();
  for (const [system, list] of results) {
    const times = list.map((run) => run.measurement.milliseconds);
    coldMedian.set(system, median(times));
    const pages = list[0]?.pages ?? 0;
    console.log(
      `  ${label[system].padEnd(17)} ${seconds(median(times)).padStart(10)}   ${`${seconds(Math.min(...times))}–${seconds(Math.max(...times))}`.padEnd(17)}  ${megabytes(median(list.map((run) => run.measurement.peakTreeRss))).padStart(15)}   ${String(pages).padStart(5)}   ${(pages / (median(times) / 1000)).toFixed(0).padStart(7)}`,
    );
  }
  if (warm.length > 0) {
    const warmTime = median(warm.map((run) => run.measurement.milliseconds));
    const cold = coldMedian.get('broadsheet')!;
    console.log(`  Broadsheet warm rebuild, one article edited: ${seconds(warmTime)} (${((warmTime / cold) * 100).toFixed(0)} % of cold; goal ≤ 40 %)`);
  }
  const ours = coldMedian.get('broadsheet');
  if (ours !== undefined) {
    const astro = coldMedian.get('astro');
    const hugo = coldMedian.get('hugo');
    if (astro !== undefined) console.log(`  Broadsheet / minimal Astro: ${(ours / astro).toFixed(2)}x (goal at 5,000: ≤ 1.10x)`);
    if (hugo !== undefined) console.log(`  Hugo + .Related / Broadsheet: ${(hugo / ours).toFixed(2)}x (goal at 10,000: ≥ 1.5x)`);
    const runsOfOurs = results.get('broadsheet')!;
    const phaseNames = [...(runsOfOurs[0]?.phases.keys() ?? [])];
    if (phaseNames.length > 0) {
      console.log('  Broadsheet cold build by phase (median of runs, share of the cold build):');
      for (const name of phaseNames) {
        const value = median(runsOfOurs.map((run) => run.phases.get(name) ?? 0));
        console.log(`    ${name.padEnd(24)} ${seconds(value).padStart(8)}  ${((value / ours) * 100).toFixed(0).padStart(3)} %`);
      }
    }
  }
  console.log('');
}

function countPages(dir: string): number {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { recursive: true }).filter((file) => String(file).endsWith('.html')).length;
}

function sumMarkdownBytes(dir: string): number {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('.md'))
    .reduce((total, file) => total + readFileSync(path.join(dir, file)).length, 0);
}

function failUnlessOk(system: string, measurement: CommandMeasurement): void {
  if (measurement.exitCode === 0) return;
  console.error(`\n${system} build failed (exit ${measurement.exitCode}):\n${measurement.output.slice(-4000)}`);
  process.exit(1);
}

function hasHugo(): boolean {
  try {
    execFileSync('hugo', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function seconds(milliseconds: number): string {
  return `${(milliseconds / 1000).toFixed(1)} s`;
}

function megabytes(bytes: number): string {
  return `${(bytes / 2 ** 20).toFixed(0)} MB`;
}
