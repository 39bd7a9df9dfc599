// What a reader downloads for each article page: its HTML plus the CSS (and any
// script) it links, gzipped as a server sends them. Images and web fonts are not
// counted: images are sized per screen and lazy below the fold, and fonts are
// cached across pages (the browser test lists which font files a page loads).
// Prints min/median/max over every article and the heaviest page against the goal;
// exits 1 when the heaviest is over it.
//
//   npm run bench:page-weight              # reads dist/, building it first if there is none
//   npm run bench:page-weight -- --build   # rebuilds dist/ first
//   npm run bench:page-weight -- --dir .test-dist
import { existsSync, readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  measurePageWeight,
  PAGE_WEIGHT_GOAL_BYTES,
  summarizePageWeights,
  type PageWeight,
} from '../src/lib/page-weight';
import { runQuietAstroBuild } from '../scripts/astro-build';

const root = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: { dir: { type: 'string', default: 'dist' }, build: { type: 'boolean', default: false } },
});
const outDir = path.resolve(root, values.dir);

async function build(): Promise<void> {
  console.log(`Building the site into ${path.relative(root, outDir)}/ …`);
  await runQuietAstroBuild({ outDir });
}

const kb = (bytes: number): string => `${(bytes / 1000).toFixed(1)} KB`;
const describe = (weight: PageWeight): string =>
  `${kb(weight.total)}  ${weight.page}  (HTML ${kb(weight.html)} + CSS ${kb(weight.css)}${weight.scripts > 0 ? ` + scripts ${kb(weight.scripts)}` : ''})`;

if (values.build || !existsSync(path.join(outDir, 'index.html'))) await build();

const articlesDir = path.join(outDir, 'articles');
const pages = (await readdir(articlesDir, { withFileTypes: true }))
  .filter((entry) => entry.isDirectory() && existsSync(path.join(articlesDir, entry.name, 'index.html')))
  .map((entry) => path.posix.join('articles', entry.name, 'index.html'));
if (pages.length === 0) throw new Error(`No article pages under ${path.relative(root, articlesDir)}/`);

const assets = new Map<string, Buffer>();
/** A linked asset's bytes: its URL resolved against the page, as a browser would, read once. */
function readAsset(page: string, url: string): Buffer {
  const pathname = decodeURIComponent(new URL(url, `https://site.invalid/${page}`).pathname);
  let content = assets.get(pathname);
  if (!content) {
    const file = path.join(outDir, pathname);
    if (!existsSync(file)) throw new Error(`${page} links ${url}, which is not in the build`);
    content = readFileSync(file);
    assets.set(pathname, content);
  }
  return content;
}

const weights: PageWeight[] = [];
for (const page of pages) {
  weights.push(measurePageWeight(page, await readFile(path.join(outDir, page), 'utf8'), (url) => readAsset(page, url)));
}

const { min, median, max } = summarizePageWeights(weights);
console.log(
  `Article pages in ${path.relative(root, outDir) || '.'}/: ${weights.length}, HTML + linked CSS and scripts, gzipped (level 6); images and fonts not counted.`,
);
console.log(`  min     ${describe(min)}`);
console.log(`  median  ${kb(median)}`);
console.log(`  max     ${describe(max)}`);
const verdict = max.total <= PAGE_WEIGHT_GOAL_BYTES ? 'within' : 'OVER';
console.log(
  `Heaviest page: ${kb(max.total)} of the ${kb(PAGE_WEIGHT_GOAL_BYTES)} goal: ${verdict} (${Math.round((max.total / PAGE_WEIGHT_GOAL_BYTES) * 100)}%).`,
);
if (max.total > PAGE_WEIGHT_GOAL_BYTES) process.exitCode = 1;
