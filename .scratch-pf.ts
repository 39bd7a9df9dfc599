import { launchBrowser } from './tests/e2e/browser';
import { serveStatic } from './tests/e2e/site-build';
const server = await serveStatic(process.argv[2]!);
const browser = await launchBrowser();
try {
  const page = await browser.newPage();
  await page.goto(`${server.url}/search/`);
  const out = await page.evaluate(async (q) => {
    const pf: any = await import('/pagefind/pagefind.js' as string);
    const s = await pf.search(q);
    const d = await s.results[0].data();
    return { n: s.results.length, url: d.url, meta: d.meta, filters: d.filters, content: d.content, words: d.word_count, locs: d.locations, allfilters: await pf.filters() };
  }, process.argv[3]!);
  console.log(JSON.stringify(out, null, 1));
} finally {
  await browser.close();
  await server.stop();
}
