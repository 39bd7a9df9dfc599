import { launchBrowser } from './tests/e2e/browser';
import { serveStatic } from './tests/e2e/site-build';
const server = await serveStatic(process.argv[2]!);
const browser = await launchBrowser();
try {
  for (const [w, h, name] of [[1280, 500, 'desktop'], [390, 600, 'mobile'], [1000, 500, 'mid']] as const) {
    for (const scheme of ['light', 'dark'] as const) {
      const page = await browser.newPage({ width: w, height: h, colorScheme: scheme });
      await page.goto(`${server.url}${process.argv[3] ?? '/'}`);
      await page.screenshot({ path: `/tmp/home-${name}-${scheme}.png` });
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.stop();
}
