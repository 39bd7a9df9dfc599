// `npm run bench:related-quality`: how often the engine's neighbours really share
// a topic, on a generated corpus where half the articles lost their topic tags
// and must be placed from their text alone.
//
//   npx tsx bench/related-quality.ts [--size 600] [--seed 7]

import { computeRelatedArticles } from '../src/lib/related';
import { generateRelatedCorpus } from './related-corpus';

const GOALS = { tagged: 0.95, untagged: 0.85 };
const K = 5;

const size = readFlag('--size', 600);
const seed = readFlag('--seed', 7);
const corpus = generateRelatedCorpus({ size, seed });
// Every other article loses its tags: the engine only has its text (and regions) to go on.
const untagged = new Set(corpus.filter((_, index) => index % 2 === 1).map((article) => article.input.slug));
const inputs = corpus.map(({ input }) => (untagged.has(input.slug) ? { ...input, topics: [] } : input));
const labels = new Map(corpus.map((article) => [article.input.slug, new Set(article.labels)]));
const langs = new Map(corpus.map((article) => [article.input.slug, article.input.lang.slice(0, 2)]));

const started = performance.now();
const related = computeRelatedArticles(inputs, { k: K });
const elapsed = performance.now() - started;

interface Tally {
  hits: number;
  articles: number;
  listed: number;
}
const tallies = new Map<string, Tally>();
const count = (group: string, hits: number, listed: number): void => {
  const tally = tallies.get(group) ?? { hits: 0, articles: 0, listed: 0 };
  tally.hits += hits;
  tally.articles += 1;
  tally.listed += listed;
  tallies.set(group, tally);
};
for (const [slug, neighbours] of related) {
  const own = labels.get(slug)!;
  // Precision at 5 counts a missing neighbour as a miss: an empty slot is not a good link.
  const hits = neighbours.filter((neighbour) =>
    [...labels.get(neighbour.slug)!].some((label) => own.has(label)),
  ).length;
  const group = untagged.has(slug) ? 'untagged' : 'tagged';
  count(group, hits, neighbours.length);
  count(`${group}, ${langs.get(slug) === 'es' ? 'Spanish' : 'English'}`, hits, neighbours.length);
}

// What picking neighbours at random would score, for scale.
let sharing = 0;
let pairs = 0;
for (const a of corpus) {
  for (const b of corpus) {
    if (a === b) continue;
    pairs++;
    if (a.labels.some((label) => b.labels.includes(label))) sharing++;
  }
}

const rows = [...tallies].sort(([x], [y]) => (x < y ? -1 : 1));
console.log(
  `Related articles: precision@${K} on ${size} generated articles (seed ${seed}), ${inputs.filter((i) => i.lang.startsWith('es')).length} in Spanish`,
);
console.log(`engine time ${elapsed.toFixed(0)} ms; random neighbours would score ${(sharing / pairs).toFixed(3)}\n`);
console.log(
  `${'group'.padEnd(20)} ${'articles'.padStart(8)} ${'p@5'.padStart(7)} ${'avg listed'.padStart(11)} ${'goal'.padStart(6)}`,
);
let failed = false;
for (const [group, tally] of rows) {
  const precision = tally.hits / (tally.articles * K);
  const goal = GOALS[group as keyof typeof GOALS];
  if (goal !== undefined && precision < goal) failed = true;
  console.log(
    `${group.padEnd(20)} ${String(tally.articles).padStart(8)} ${precision.toFixed(3).padStart(7)} ${(tally.listed / tally.articles).toFixed(2).padStart(11)} ${
      goal === undefined ? '' : `${goal.toFixed(2).padStart(6)} ${precision >= goal ? 'met' : 'MISSED'}`
    }`,
  );
}
if (failed) process.exitCode = 1;

function readFlag(name: string, fallback: number): number {
  const at = process.argv.indexOf(name);
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback;
  if (!Number.isFinite(value)) throw new Error(`${name} needs a number`);
  return value;
}
