// What the related-articles sidebar costs a whole build: the same generated
// archive built with the sidebar and without it (BROADSHEET_RELATED=off),
// alternately so machine noise hits both alike. Prints each run, the ratio of the two sides'
// medians, and the median of the run-by-run ratios: builds here swing by 20 % as the shared
// machine's load comes and goes, and a pair built back to back shares most of that swing.
//
//   npm run bench:related-build -- --count 5000 --runs 3
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { runQuietAstroBuild } from '../scripts/astro-build';
import { writeSiteCorpus } from './generate-site-corpus';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '5000' },
    runs: { type: 'string', default: '3' },
    seed: { type: 'string', default: '1' },
  },
});
const count = Number(values.count);
const runs = Number(values.runs);
const root = path.resolve(import.meta.dirname, '..');
const work = path.join(root, 'bench/.work');
const contentDir = path.join(work, `corpus-${count}`);
const outDir = path.join(work, 'dist-related-build');

function build(related: boolean): Promise<number> {
  return runQuietAstroBuild({
    outDir,
    env: { BROADSHEET_CONTENT_DIR: contentDir, BROADSHEET_RELATED: related ? 'on' : 'off' },
  });
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

const { bytes } = await writeSiteCorpus({ count, seed: Number(values.seed), outDir: contentDir });
console.log(
  `${count} generated articles (${(bytes / 1e6).toFixed(1)} MB of Markdown), ${runs} runs each, alternating; first a warm-up build`,
);
await build(true);
const withSidebar: number[] = [];
const without: number[] = [];
for (let run = 1; run <= runs; run++) {
  // Alternate which goes first, so neither always follows the other.
  const order = run % 2 ? [true, false] : [false, true];
  for (const related of order) {
    const seconds = await build(related);
    (related ? withSidebar : without).push(seconds);
    console.log(`run ${run}  ${related ? 'with sidebar   ' : 'without sidebar'}  ${seconds.toFixed(1)} s`);
  }
}
await rm(outDir, { recursive: true, force: true });
const ratio = median(withSidebar) / median(without);
const pairRatios = withSidebar.map((seconds, run) => seconds / without[run]!);
console.log(
  `\nmedian with sidebar ${median(withSidebar).toFixed(1)} s, without ${median(without).toFixed(1)} s, ratio ${ratio.toFixed(2)}x (goal <= 1.10x)`,
);
console.log(
  `run by run, with ÷ without: ${pairRatios.map((value) => value.toFixed(2)).join(', ')}; median ${median(pairRatios).toFixed(2)}x`,
);
