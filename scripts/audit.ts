// Lighthouse on the front page, a region and an article, as a phone sees them
// (Lighthouse's default: mobile screen, simulated slow 4G and CPU), in Debian's
// Chromium. The site is built for the address it is served at (SITE_URL), then
// served as a static host would: gzip, long cache for hashed assets, the
// build's `_headers` if it has one. Writes the four scores to docs/quality.md.
//
//   npm run audit                 # one run a page
//   npm run audit -- --runs 3     # the median of three runs a page
//   npm run audit -- --no-write   # print only
//   npm run audit -- --dir dist   # audit a build as it is (its canonical URLs name another host)
import { spawn } from 'node:child_process';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createGzip } from 'node:zlib';
import { launch, type LaunchedChrome } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { assertChromiumInstalled, CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/e2e/browser';
import { runQuietAstroBuild } from './astro-build';

const root = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '1' },
    'no-write': { type: 'boolean', default: false },
    dir: { type: 'string' },
  },
});
const runs = Math.max(1, Number(values.runs) || 1);

const PAGES = [
  { name: 'Home', path: '/' },
  { name: 'Region', path: '/regions/latin-america/' },
  { name: 'Article', path: '/articles/peru-national-strike-january-19/' },
];
const CATEGORIES = [
  { id: 'performance', name: 'Performance' },
  { id: 'accessibility', name: 'Accessibility' },
  { id: 'best-practices', name: 'Best practices' },
  { id: 'seo', name: 'SEO' },
] as const;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.jpg': 'image/jpeg',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};
const COMPRESSIBLE = /^(text\/|application\/(xml|json)|image\/svg)/;

/** Headers from a Netlify/Cloudflare-style `_headers` file: a path (a trailing `*` matches the rest), then indented `Name: value` lines. */
function readHeadersFile(file: string): Array<{ pattern: string; headers: Array<[string, string]> }> {
  if (!existsSync(file)) return [];
  const rules: Array<{ pattern: string; headers: Array<[string, string]> }> = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: [] });
    else {
      const separator = line.indexOf(':');
      if (separator > 0)
        rules.at(-1)?.headers.push([line.slice(0, separator).trim(), line.slice(separator + 1).trim()]);
    }
  }
  return rules;
}

/** Serves a built site as a static host does: index.html for folders, 404.html for the rest, gzip, caching, `_headers`. */
async function serveBuiltSite(outDir: string, port = 0): Promise<{ origin: string; close(): Promise<void> }> {
  const headerRules = readHeadersFile(path.join(outDir, '_headers'));
  const handle = (request: IncomingMessage, response: ServerResponse) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    let file = path.join(outDir, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
    let status = 200;
    if (!file.startsWith(outDir) || !existsSync(file) || !statSync(file).isFile()) {
      file = path.join(outDir, '404.html');
      status = 404;
    }
    const type = CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream';
    response.setHeader('content-type', type);
    // Astro's hashed assets never change; pages are revalidated.
    response.setHeader(
      'cache-control',
      pathname.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'public, max-age=0, must-revalidate',
    );
    for (const rule of headerRules) {
      const matches = rule.pattern.endsWith('*')
        ? pathname.startsWith(rule.pattern.slice(0, -1))
        : pathname === rule.pattern;
      if (matches) for (const [name, value] of rule.headers) response.setHeader(name, value);
    }
    response.statusCode = status;
    const stream = createReadStream(file);
    if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
      response.setHeader('content-encoding', 'gzip');
      response.setHeader('vary', 'accept-encoding');
      stream.pipe(createGzip()).pipe(response);
    } else stream.pipe(response);
  };
  const server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: actualPort } = server.address() as AddressInfo;
  return {
    origin: `http://localhost:${actualPort}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

const median = (numbers: number[]): number => {
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : Math.round((sorted[middle - 1]! + sorted[middle]!) / 2);
};

assertChromiumInstalled();
const work = await mkdtemp(path.join(tmpdir(), 'broadsheet-audit-'));
const outDir = values.dir ? path.resolve(values.dir) : path.join(work, 'dist');
// Listen first, so the site can be built for the address it is served at (canonical, feeds, social cards).
const server = await serveBuiltSite(outDir);
const scores = new Map<string, Map<string, number[]>>();
// Lighthouse's own measure of this machine's speed: below about 1000 its simulated phone is slower than the real one.
const benchmarkIndexes: number[] = [];
let chrome: LaunchedChrome | undefined;
try {
  if (!values.dir) {
    console.log(`Building the site for ${server.origin} …`);
    await runQuietAstroBuild({ outDir, env: { SITE_URL: server.origin } });
  }
  const profile = path.join(work, 'profile');
  await mkdir(profile);
  chrome = await launch({ chromePath: CHROMIUM_PATH, chromeFlags: [...CHROMIUM_ARGS], userDataDir: profile });
  for (const page of PAGES) {
    const pageScores = new Map<string, number[]>();
    scores.set(page.name, pageScores);
    for (let run = 1; run <= runs; run += 1) {
      const result = await lighthouse(`${server.origin}${page.path}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: CATEGORIES.map((category) => category.id),
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${page.path}`);
      if (result.lhr.environment.benchmarkIndex) benchmarkIndexes.push(result.lhr.environment.benchmarkIndex);
      for (const category of CATEGORIES) {
        const score = Math.round((result.lhr.categories[category.id]?.score ?? 0) * 100);
        pageScores.set(category.id, [...(pageScores.get(category.id) ?? []), score]);
      }
      // What kept a score under 100, so the next person knows where to look.
      const misses = Object.values(result.lhr.audits)
        .filter(
          (audit) =>
            audit.scoreDisplayMode !== 'informative' &&
            audit.scoreDisplayMode !== 'notApplicable' &&
            audit.scoreDisplayMode !== 'manual' &&
            audit.score !== null &&
            audit.score < 0.9,
        )
        .map((audit) => `${audit.id}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
      const line = CATEGORIES.map((category) => `${category.name} ${pageScores.get(category.id)?.at(-1)}`).join(', ');
      console.log(
        `${page.name} ${page.path} run ${run}: ${line}${misses.length > 0 ? `\n  below 90: ${misses.join(', ')}` : ''}`,
      );
    }
  }
} finally {
  chrome?.kill();
  await server.close();
  await rm(work, { recursive: true, force: true });
}

const lighthouseVersion = (
  JSON.parse(await readFile(path.join(root, 'node_modules/lighthouse/package.json'), 'utf8')) as { version: string }
).version;
const chromiumVersion = await new Promise<string>((resolve) => {
  const child = spawn(CHROMIUM_PATH, ['--version']);
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.on('close', () => resolve(output.trim() || 'Chromium'));
  child.on('error', () => resolve('Chromium'));
});
const date = new Date().toISOString().slice(0, 10);
const table = [
  `| page | ${CATEGORIES.map((category) => category.name).join(' | ')} |`,
  `| --- | ${CATEGORIES.map(() => '---:').join(' | ')} |`,
  ...PAGES.map(
    (page) =>
      `| ${page.name} (\`${page.path}\`) | ${CATEGORIES.map((category) => median(scores.get(page.name)?.get(category.id) ?? [0])).join(' | ')} |`,
  ),
].join('\n');
const block = [
  '<!-- audit:start (written by `npm run audit`; edit outside these markers) -->',
  '',
  `Measured on ${date} with \`npm run audit\`${runs > 1 ? ` (median of ${runs} runs a page)` : ' (one run a page)'}: Lighthouse ${lighthouseVersion}, mobile (its default: Moto G Power screen, simulated slow 4G and 4× CPU slowdown), ${chromiumVersion} (Lighthouse benchmark index of this machine: ${median(benchmarkIndexes.length > 0 ? benchmarkIndexes : [0])}), the site served from localhost with gzip.`,
  '',
  table,
  '',
  '<!-- audit:end -->',
].join('\n');
console.log(`\n${table}`);

if (!values['no-write']) {
  const qualityFile = path.join(root, 'docs/quality.md');
  const current = existsSync(qualityFile) ? await readFile(qualityFile, 'utf8') : '# Quality\n\n## Lighthouse\n\n';
  const updated = /<!-- audit:start[\s\S]*?<!-- audit:end -->/.test(current)
    ? current.replace(/<!-- audit:start[\s\S]*?<!-- audit:end -->/, block)
    : `${current.trimEnd()}\n\n${block}\n`;
  await writeFile(qualityFile, updated);
  console.log(`\nWritten to ${path.relative(root, qualityFile)}`);
}
