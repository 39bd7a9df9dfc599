import { launchBrowser } from './tests/e2e/browser';
import { serveStatic } from './tests/e2e/site-build';
const server = await serveStatic(process.argv[2]!);
const browser = await launchBrowser();
try {
  for (const [w, h, name] of [[1280, 900, 'desktop'], [390, 844, 'mobile']] as const) {
    const page = await browser.newPage({ width: w, height: h });
    page.on('console', (m) => console.log('console', m.type(), m.text()));
    page.on('pageerror', (e) => console.log('pageerror', e.message));
    await page.goto(`${server.url}/search/?q=${process.argv[3] ?? 'Lima'}`);
    await page.waitForSelector('.search-result', { timeout: 15000 }).catch(() => console.log('no results'));
    console.log(name, await page.locator('#search-status').innerText());
    console.log((await page.locator(".search-result").allInnerTexts()).join("\n---\n"));
    await page.screenshot({ path: `/tmp/search-${name}.png`, fullPage: true });
  }
} finally {
  await browser.close();
  await server.stop();
}
