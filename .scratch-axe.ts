import AxeBuilder from '@axe-core/playwright';
import { launchBrowser } from './tests/e2e/browser';
import { serveStatic } from './tests/e2e/site-build';
const server = await serveStatic(process.argv[2]!);
const browser = await launchBrowser();
try {
  for (const scheme of ['light', 'dark'] as const) {
    const page = await browser.newPage({ colorScheme: scheme });
    await page.goto(`${server.url}${process.argv[3]}`);
    await page.waitForTimeout(3000);
    const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).setLegacyMode(true).analyze();
    for (const v of r.violations) for (const n of v.nodes) console.log(scheme, v.id, n.target.join(' '), n.failureSummary?.replace(/\s+/g, ' ').slice(0, 300));
    await page.close();
  }
} finally {
  await browser.close();
  await server.stop();
}
