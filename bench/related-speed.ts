// `npm run bench:related`: time and memory of computeRelatedArticles alone on
// generated corpora of 1,000, 10,000 and 50,000 articles. Each size runs in a
// fresh Node process so one size's peak memory does not leak into the next.
//
//   npx tsx bench/related-speed.ts              all sizes, one child process each
//   npx tsx bench/related-speed.ts --size 5000  one size, in this process
//                                               (add --expose-gc via NODE_OPTIONS to match)

import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { computeRelatedArticles } from '../src/lib/related';
import { generateRelatedCorpus } from './related-corpus';

const SIZES = [1_000, 10_000, 50_000];
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

const sizeFlag = process.argv.indexOf('--size');
if (sizeFlag >= 0) {
  const measurement = measure(Number(process.argv[sizeFlag + 1]));
  if (process.argv.includes('--json')) console.log(JSON.stringify(measurement));
  else printTable([measurement]);
} else {
  const measurements: Measurement[] = [];
  for (const size of SIZES) {
    // A fresh process per size: the RSS high-water mark only ever goes up.
    const child = spawnSync(
      process.execPath,
      ['--expose-gc', '--import', 'tsx', fileURLToPath(import.meta.url), '--size', String(size), '--json'],
      {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    if (child.status !== 0) throw new Error(`size ${size}: child exited with ${child.status ?? child.signal}`);
    measurements.push(JSON.parse(child.stdout.trim().split('\n').at(-1)!) as Measurement);
  }
  printTable(measurements);
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

function printTable(measurements: Measurement[]): void {
  console.log(
    `Related articles: computeRelatedArticles on generated corpora (Node ${process.version}, corpus generation not timed)\n`,
  );
  const header = [
    'articles',
    'body words',
    'engine time',
    'target',
    'peak RSS',
    'RSS before',
    'heap used',
    'avg listed',
  ];
  const rows = measurements.map((m) => [
    m.size.toLocaleString('en-US'),
    m.words.toLocaleString('en-US'),
    `${(m.engineMs / 1000).toFixed(2)} s`,
    TARGETS_MS[m.size] === undefined
      ? ''
      : `≤ ${TARGETS_MS[m.size]! / 1000} s ${m.engineMs <= TARGETS_MS[m.size]! ? 'met' : 'MISSED'}`,
    `${m.maxRssMb.toFixed(0)} MB${m.maxRssMb <= MEMORY_TARGET_MB ? '' : ' (over 1 GB)'}`,
    `${m.rssBeforeMb.toFixed(0)} MB`,
    `${m.heapUsedMb.toFixed(0)} MB`,
    (m.neighbours / m.size).toFixed(2),
  ]);
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]): string => cells.map((cell, i) => cell.padStart(widths[i]!)).join('  ');
  console.log(line(header));
  for (const row of rows) console.log(line(row));
  console.log('\npeak RSS: process high-water mark (process.resourceUsage().maxRSS), corpus included;');
  console.log('RSS before: after generating the corpus, before the engine ran; heap used: after it ran, lists kept.');
}

function countWords(text: string): number {
  let count = 0;
  for (const _ of text.matchAll(/\S+/g)) count++;
  return count;
}
