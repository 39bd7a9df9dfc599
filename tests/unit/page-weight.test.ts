import { describe, expect, it } from 'vitest';
import {
  getGzipSize,
  getLinkedAssets,
  measurePageWeight,
  summarizePageWeights,
  type PageWeight,
} from '../../src/lib/page-weight';

const page = (head: string, body = '<p>Text</p>') =>
  `<!doctype html><html lang="en"><head><title>t</title>${head}</head><body>${body}</body></html>`;

describe('getGzipSize', () => {
  it('counts the bytes gzip sends, far fewer than the text for repetitive markup', () => {
    const html = '<li>same</li>'.repeat(1000);
    expect(getGzipSize(html)).toBeGreaterThan(0);
    expect(getGzipSize(html)).toBeLessThan(html.length / 20);
  });
});

describe('getLinkedAssets', () => {
  it('finds linked stylesheets and external scripts, not icons, preloads or JSON-LD data', () => {
    const html = page(
      '<link rel="stylesheet" href="/_astro/a.css"><link rel="icon" href="/favicon.svg"><link rel="preload" as="font" href="/f.woff2" crossorigin><script type="application/ld+json">{"@type":"NewsArticle"}</script>',
      '<script src="/search.js"></script>',
    );
    expect(getLinkedAssets(html)).toEqual({ stylesheets: ['/_astro/a.css'], scripts: ['/search.js'] });
  });
});

describe('measurePageWeight', () => {
  it('adds the gzipped HTML and each linked stylesheet and script', () => {
    const css = 'body { color: black; }';
    const html = page('<link rel="stylesheet" href="/a.css">');
    const weight = measurePageWeight('articles/x/index.html', html, (url) => {
      expect(url).toBe('/a.css');
      return css;
    });
    expect(weight).toEqual({
      page: 'articles/x/index.html',
      html: getGzipSize(html),
      css: getGzipSize(css),
      scripts: 0,
      total: getGzipSize(html) + getGzipSize(css),
    });
  });
});

describe('summarizePageWeights', () => {
  const weigh = (page: string, total: number): PageWeight => ({ page, html: total, css: 0, scripts: 0, total });

  it('returns the lightest and heaviest page and the median total', () => {
    const summary = summarizePageWeights([weigh('b', 300), weigh('a', 100), weigh('c', 200)]);
    expect(summary.min.page).toBe('a');
    expect(summary.max.page).toBe('b');
    expect(summary.median).toBe(200);
    expect(summarizePageWeights([weigh('a', 100), weigh('b', 200)]).median).toBe(150);
  });

  it('refuses an empty list', () => {
    expect(() => summarizePageWeights([])).toThrow(RangeError);
  });
});
