import { readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { measurePageWeight, PAGE_WEIGHT_GOAL_BYTES } from '../../src/lib/page-weight';

describe('every article page', () => {
  it(`weighs at most ${PAGE_WEIGHT_GOAL_BYTES / 1000} KB gzipped with its CSS (images and fonts aside)`, async () => {
    const outDir = inject('outDir');
    const slugs = await readdir(path.join(outDir, 'articles'));
    expect(slugs.length).toBeGreaterThan(10);
    for (const slug of slugs) {
      const page = `/articles/${slug}/`;
      const html = await readFile(path.join(outDir, page, 'index.html'), 'utf8');
      // A linked file the build lacks fails here too (the links test says which).
      const readAsset = (url: string) =>
        readFileSync(path.join(outDir, new URL(url, `https://site.invalid${page}`).pathname));
      const weight = measurePageWeight(page, html, readAsset);
      // The CSS is inline (src/layouts/BaseLayout.astro), so the gzipped HTML includes it.
      expect(html, page).toContain('<style>@font-face{');
      expect(
        weight.total,
        `${page}: HTML with its inline CSS ${weight.html} B + linked CSS ${weight.css} B + scripts ${weight.scripts} B`,
      ).toBeLessThanOrEqual(PAGE_WEIGHT_GOAL_BYTES);
    }
  });
});
