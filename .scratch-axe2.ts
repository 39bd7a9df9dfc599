import AxeBuilder from '@axe-core/playwright';
import { launchBrowser } from './tests/e2e/browser';
import { serveStatic } from './tests/e2e/site-build';
const server = await serveStatic(process.argv[2]!);
const browser = await launchBrowser();
try {
  const strict = await browser.newPage();
  await strict.route('**/*', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'" } });
  });
  await strict.goto(`${server.url}/search/?q=treguas`);
  await strict.waitForSelector('.search-result');
  await strict.close();
  for (const scheme of ['light', 'dark'] as const) {
    const page = await browser.newPage({ colorScheme: scheme });
    page.on('console', (m) => console.log('console', m.text().slice(0, 200)));
    await page.goto(`${server.url}/search/?q=Lima`);
    await page.waitForSelector('.search-result', { timeout: 20000 }).catch(() => console.log('TIMEOUT'));
    console.log(scheme, await page.locator('#search-status').textContent());
    const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).setLegacyMode(true).analyze();
    for (const v of r.violations) for (const n of v.nodes) console.log(scheme, v.id, n.target.join(' '), n.failureSummary?.replace(/\s+/g, ' ').slice(0, 300));
    await page.close();
  }
} finally {
  await browser.close();
  await server.stop();
}
