import { gzipSync } from 'node:zlib';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';

/** The goal for one article page: its HTML plus the CSS and scripts it links, gzipped; images and fonts aside. */
export const PAGE_WEIGHT_GOAL_BYTES = 20_000;

/** What a reader downloads for one page before images and fonts, in gzipped bytes. */
export interface PageWeight {
  /** The page's file, relative to the site root. */
  page: string;
  html: number;
  /** Every stylesheet the page links, each gzipped on its own as a server sends it. */
  css: number;
  /** Every external script the page loads (none on a reading page). */
  scripts: number;
  total: number;
}

/** Bytes after gzip at the level servers use by default (6). */
export function getGzipSize(content: string | Uint8Array): number {
  return gzipSync(content, { level: 6 }).length;
}

/** The stylesheets (`link rel=stylesheet`) and external scripts (`script src`) a page loads, as written in it. */
export function getLinkedAssets(html: string): { stylesheets: string[]; scripts: string[] } {
  const stylesheets: string[] = [];
  const scripts: string[] = [];
  visit(fromHtml(html), 'element', (element: Element) => {
    const rel = element.properties['rel'];
    const href = element.properties['href'];
    if (element.tagName === 'link' && Array.isArray(rel) && rel.includes('stylesheet') && typeof href === 'string')
      stylesheets.push(href);
    const src = element.properties['src'];
    if (element.tagName === 'script' && typeof src === 'string') scripts.push(src);
  });
  return { stylesheets, scripts };
}

/**
 * Weighs one page: its HTML (inline styles included) plus each stylesheet and
 * script it links, read through `readAsset` (given the URL as written, e.g.
 * `/_astro/BaseLayout.css`), all gzipped.
 */
export function measurePageWeight(
  page: string,
  html: string,
  readAsset: (url: string) => string | Uint8Array,
): PageWeight {
  const { stylesheets, scripts } = getLinkedAssets(html);
  const sum = (urls: string[]) => urls.reduce((total, url) => total + getGzipSize(readAsset(url)), 0);
  const weight = { page, html: getGzipSize(html), css: sum(stylesheets), scripts: sum(scripts) };
  return { ...weight, total: weight.html + weight.css + weight.scripts };
}

/** The lightest, median and heaviest of a set of pages (by total). */
export function summarizePageWeights(weights: readonly PageWeight[]): {
  min: PageWeight;
  median: number;
  max: PageWeight;
} {
  if (weights.length === 0) throw new RangeError('No pages to weigh');
  const sorted = [...weights].sort((a, b) => a.total - b.total);
  const middle = Math.floor(sorted.length / 2);
  const median =
    sorted.length % 2 === 1 ? sorted[middle]!.total : (sorted[middle - 1]!.total + sorted[middle]!.total) / 2;
  return { min: sorted[0]!, median, max: sorted[sorted.length - 1]! };
}
