import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { describe, expect, inject, it } from 'vitest';
import { listBuiltPages } from '../../src/lib/built-site';
import { withBrowserPage } from './browser';

/**
 * Whether a page has a script element other than a JSON-LD data block (data for
 * search engines, never run). The page is parsed as a browser would, so escaped
 * text such as a headline quoting `<script>` inside an attribute is not a script.
 */
function hasScript(html: string): boolean {
  let found = false;
  visit(fromHtml(html), 'element', (node) => {
    if (node.tagName !== 'script') return;
    if (node.properties['type'] !== 'application/ld+json' || node.properties['src'] !== undefined) found = true;
  });
  return found;
}

describe('the reading pages', () => {
  it('contain no script element in any built page, JSON-LD data and the search page aside', async () => {
    const files = await listBuiltPages(inject('outDir'));
    expect(files.length).toBeGreaterThan(30);
    const withScripts: string[] = [];
    for (const file of files) {
      if (hasScript(await readFile(path.join(inject('outDir'), file), 'utf8'))) withScripts.push(file);
    }
    // The search page is the one page with a script: its results need one (tests/e2e/search.test.ts).
    expect(withScripts).toEqual(['search/index.html']);
  });

  it('would still catch a script beside, inside the type of, or disguised as a JSON-LD block', () => {
    const data = '<script type="application/ld+json">{"a":1}</script>';
    expect(hasScript(data)).toBe(false);
    expect(hasScript(`${data}<script>alert(1)</script>`)).toBe(true);
    expect(hasScript(`${data}<SCRIPT type="module" src="/x.js"></SCRIPT>`)).toBe(true);
    expect(hasScript('<script type="application/ld+json" src="/x.js"></script>')).toBe(true);
    expect(hasScript('<script type="application/ld+json">{"a":"<b>"}</script><script>x</script>')).toBe(true);
    expect(hasScript('<meta property="og:title" content="<script>alert(1)</script>">')).toBe(false);
  });

  it('request no script while a reader visits each kind of page', async () => {
    const scripts: string[] = [];
    const failed: string[] = [];
    await withBrowserPage(async (page) => {
      page.on('request', (request) => {
        if (request.resourceType() === 'script') scripts.push(request.url());
      });
      page.on('response', (response) => {
        if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
      });
      const base = inject('baseUrl');
      for (const pathname of ['/', '/regions/', '/regions/latin-america/', '/regions/latin-america/2/', '/articles/peru-national-strike-january-19/', '/authors/jose-rojas/', '/authors/']) {
        await page.goto(`${base}${pathname}`, { waitUntil: 'networkidle' });
      }
    });
    expect(scripts).toEqual([]);
    expect(failed).toEqual([]);
  });
});
