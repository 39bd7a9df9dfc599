import { launchBrowser } from './tests/e2e/browser';
import { serveStatic } from './tests/e2e/site-build';
const server = await serveStatic(process.argv[2]!);
const browser = await launchBrowser();
try {
  const page = await browser.newPage();
  let dialogs = 0;
  page.on('dialog', async (d) => { dialogs++; await d.dismiss(); });
  await page.goto(`${server.url}/search/?q=Quokkaglyph`);
  await page.waitForSelector('.search-result');
  console.log(await page.locator('#search-status').textContent(), dialogs, await page.evaluate(() => (window as any).__pwned));
  console.log(await page.locator('.search-results').innerHTML().then((h) => h.slice(0, 1500)));
} finally {
  await browser.close();
  await server.stop();
}
