// Takes the README's and docs' screenshots of the built site in Debian's Chromium:
// `npm run screenshots` (after `npm run build`). Pages at 390 px and 1280 px, light and dark.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { launchBrowser } from '../tests/e2e/browser';
import { PROJECT_ROOT, serveStatic } from '../tests/e2e/site-build';

const PAGES = [
  { name: 'home', path: '/' },
  { name: 'region', path: '/regions/latin-america/' },
  { name: 'article', path: '/articles/peru-national-strike-january-19/' },
  { name: 'author', path: '/authors/jose-rojas/' },
];
const VIEWPORTS = [
  { name: 'mobile', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 900 },
];
const SCHEMES = ['light', 'dark'] as const;

const outDir = process.argv[2] ?? path.join(PROJECT_ROOT, 'dist');
const shotsDir = path.join(PROJECT_ROOT, 'docs/screenshots');
await mkdir(shotsDir, { recursive: true });
const server = await serveStatic(outDir);
const browser = await launchBrowser().catch(async (error: unknown) => {
  await server.stop();
  throw error;
});
try {
  for (const page of PAGES) {
    for (const viewport of VIEWPORTS) {
      for (const scheme of SCHEMES) {
        const tab = await browser.newPage({ width: viewport.width, height: viewport.height, colorScheme: scheme });
        await tab.goto(`${server.url}${page.path}`, { waitUntil: 'networkidle' });
        // Lazy pictures in the second screen load only on scrolling; a screenshot does not scroll.
        await tab.locator('img[loading="lazy"]').evaluateAll((images: HTMLImageElement[]) => images.forEach((image) => (image.loading = 'eager')));
        await tab.waitForFunction(() => Array.from(document.images).every((image) => image.complete));
        const file = path.join(shotsDir, `${page.name}-${viewport.name}-${scheme}.png`);
        // The top of the page as a reader first sees it, plus a screen more (a clip past the viewport needs fullPage).
        await tab.screenshot({ path: file, fullPage: true, clip: { x: 0, y: 0, width: viewport.width, height: viewport.height * 2 } });
        await tab.close();
        console.log(path.relative(PROJECT_ROOT, file));
      }
    }
  }
} finally {
  await browser.close();
  await server.stop();
}
