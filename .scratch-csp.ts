import { launchBrowser } from './tests/e2e/browser';
import { serveStatic } from './tests/e2e/site-build';
const server = await serveStatic(process.argv[2]!);
const browser = await launchBrowser();
try {
  for (const csp of ["default-src 'self'; script-src 'self'", "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'"]) {
    const page = await browser.newPage();
    page.on('console', (m) => console.log('  console', m.type(), m.text().slice(0, 200)));
    await page.route('**/*', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': csp } });
    });
    await page.goto(`${server.url}/search/?q=treguas`);
    await page.waitForSelector('.search-result', { timeout: 10000 }).catch(() => undefined);
    console.log(csp, '=>', await page.locator('#search-status').innerText());
    await page.close();
  }
} finally {
  await browser.close();
  await server.stop();
}
