// `npm run bench:related`: time and memory of computeRelatedArticles alone on
// generated corpora of 1,000, 10,000 and 50,000 articles. The machine it runs on is
// shared and noisy, so each size is run several times, every run in a fresh Node
// process (a cold engine, as in a build, and a peak-memory figure of its own), and
// the table gives the median with the fastest and slowest run.
//
//   npx tsx bench/related-speed.ts              all sizes: 5 runs at 1,000 and 10,000, 3 at 50,000
//   npx tsx bench/related-speed.ts --runs 9     all sizes, 9 runs each
//   npx tsx bench/related-speed.ts --size 5000  one size, one run, in this process
//                                               (add --expose-gc via NODE_OPTIONS to match)
//   npx tsx bench/related-speed.ts --size 5000 --runs 5   one size, 5 fresh processes

import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { computeRelatedArticles } from '../src/lib/related';
import { generateRelatedCorpus } from './related-corpus';

const SIZES = [1_000, 10_000, 50_000];
/** Runs per size by default: fewer at 50,000, where one run (corpus included) takes half a minute. */
const DEFAULT_RUNS: Record<number, number> = { 1_000: 5, 10_000: 5, 50_000: 3 };
const TARGETS_MS: Record<number, number> = { 10_000: 2_000, 50_000: 15_000 };
const MEMORY_TARGET_MB = 1024;

interface Measurement {
  size: number;
  words: number;
  generateMs: number;
  engineMs: number;
  rssBeforeMb: number;
  maxRssMb: number;
  heapUsedMb: number;
  neighbours: number;
}

/** Several runs of one size, summarised. */
interface Summary {
  size: number;
  words: number;
  runs: number;
  medianMs: number;
  minMs: number;
  maxMs: number;
  /** The highest of the runs' peaks. */
  maxRssMb: number;
  rssBeforeMb: number;
  heapUsedMb: number;
  neighbours: number;
}

const sizeFlag = process.argv.indexOf('--size');
const runsFlag = process.argv.indexOf('--runs');
const runsWanted = runsFlag >= 0 ? Number(process.argv[runsFlag + 1]) : undefined;
if (runsWanted !== undefined && (!Number.isInteger(runsWanted) || runsWanted < 1))
  throw new Error('--runs needs a whole number ≥ 1');

if (sizeFlag >= 0 && runsWanted === undefined) {
  const measurement = measure(Number(process.argv[sizeFlag + 1]));
  if (process.argv.includes('--json')) console.log(JSON.stringify(measurement));
  else printTable([summarise([measurement])]);
} else {
  const sizes = sizeFlag >= 0 ? [Number(process.argv[sizeFlag + 1])] : SIZES;
  const summaries: Summary[] = [];
  for (const size of sizes) {
    const runs = runsWanted ?? DEFAULT_RUNS[size] ?? 3;
    const measurements: Measurement[] = [];
    for (let run = 1; run <= runs; run++) {
      if (process.stderr.isTTY)
        process.stderr.write(`\r${size.toLocaleString('en-US')} articles: run ${run} of ${runs}…`);
      measurements.push(runChild(size));
    }
    if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');
    summaries.push(summarise(measurements));
  }
  printTable(summaries);
}

/** One run in a fresh process: the RSS high-water mark only ever goes up, and the JIT starts cold as in a build. */
function runChild(size: number): Measurement {
  const child = spawnSync(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', fileURLToPath(import.meta.url), '--size', String(size), '--json'],
    {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  if (child.status !== 0) throw new Error(`size ${size}: child exited with ${child.status ?? child.signal}`);
  return JSON.parse(child.stdout.trim().split('\n').at(-1)!) as Measurement;
}

function summarise(measurements: Measurement[]): Summary {
  const first = measurements[0]!;
  // The engine is deterministic: runs that disagree mean something is wrong, not noise.
  if (measurements.some((m) => m.neighbours !== first.neighbours))
    throw new Error(`size ${first.size}: runs listed different numbers of neighbours`);
  const times = measurements.map((m) => m.engineMs);
  return {
    size: first.size,
    words: first.words,
    runs: measurements.length,
    medianMs: median(times),
    minMs: Math.min(...times),
    maxMs: Math.max(...times),
    maxRssMb: Math.max(...measurements.map((m) => m.maxRssMb)),
    rssBeforeMb: median(measurements.map((m) => m.rssBeforeMb)),
    heapUsedMb: median(measurements.map((m) => m.heapUsedMb)),
    neighbours: first.neighbours,
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function measure(size: number): Measurement {
  if (!Number.isInteger(size) || size < 1) throw new Error('--size needs a whole number');
  let started = performance.now();
  // Some pins (a fifth of them unknown) and drafts, as on a real site.
  const articles = generateRelatedCorpus({ size, seed: 42, pinShare: 0.05, draftShare: 0.02 }).map(
    (article) => article.input,
  );
  const generateMs = performance.now() - started;
  const words = articles.reduce((total, article) => total + countWords(article.body), 0);
  // Collect the generator's garbage now so the engine is not charged for it (needs --expose-gc).
  globalThis.gc?.();
  const rssBeforeMb = process.memoryUsage().rss / 2 ** 20;

  started = performance.now();
  const related = computeRelatedArticles(articles);
  const engineMs = performance.now() - started;

  let neighbours = 0;
  for (const list of related.values()) neighbours += list.length;
  return {
    size,
    words,
    generateMs,
    engineMs,
    rssBeforeMb,
    // maxRSS is in KiB.
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    heapUsedMb: process.memoryUsage().heapUsed / 2 ** 20,
    neighbours,
  };
}

function printTable(summaries: Summary[]): void {
  console.log(
    `Related articles: computeRelatedArticles on generated corpora (Node ${process.version}, corpus generation not timed)\n`,
  );
  const header = [
    'articles',
    'body words',
    'runs',
    'engine time (median)',
    'range',
    'target',
    'peak RSS',
    'RSS before',
    'heap used',
    'avg listed',
  ];
  const seconds = (ms: number): string => (ms / 1000).toFixed(2);
  const rows = summaries.map((m) => [
    m.size.toLocaleString('en-US'),
    m.words.toLocaleString('en-US'),
    String(m.runs),
    `${seconds(m.medianMs)} s`,
    m.runs === 1 ? '' : `${seconds(m.minMs)}–${seconds(m.maxMs)} s`,
    TARGETS_MS[m.size] === undefined
      ? ''
      : `≤ ${TARGETS_MS[m.size]! / 1000} s ${m.medianMs <= TARGETS_MS[m.size]! ? 'met' : 'MISSED'}`,
    `${m.maxRssMb.toFixed(0)} MB${m.maxRssMb <= MEMORY_TARGET_MB ? '' : ' (over 1 GB)'}`,
    `${m.rssBeforeMb.toFixed(0)} MB`,
    `${m.heapUsedMb.toFixed(0)} MB`,
    (m.neighbours / m.size).toFixed(2),
  ]);
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]): string => cells.map((cell, i) => cell.padStart(widths[i]!)).join('  ');
  console.log(line(header));
  for (const row of rows) console.log(line(row));
  console.log('\nengine time: median of the runs, each in a fresh process; range: fastest and slowest run;');
  console.log("target: met when the median is within it; peak RSS: the highest of the runs' process");
  console.log('high-water marks (process.resourceUsage().maxRSS), corpus included;');
  console.log('RSS before: after generating the corpus, before the engine ran; heap used: after it ran, lists kept.');
}

function countWords(text: string): number {
  let count = 0;
  for (const _ of text.matchAll(/\S+/g)) count++;
  return count;
}
