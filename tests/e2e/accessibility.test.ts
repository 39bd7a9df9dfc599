import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './browser';

/** The WCAG 2.2 A and AA rules that axe-core knows (2.0, 2.1 and 2.2 levels A and AA). */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** And axe's best practices, which hold the outline rules: heading order, one main, unique landmarks. */
const RULE_TAGS = [...WCAG_TAGS, 'best-practice'];

/** The first topic page of the test build (the sample articles have topics, so it has some). */
function findTopicPage(outDir: string): string {
  const topicsDir = path.join(outDir, 'topics');
  const first = readdirSync(topicsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(topicsDir, entry.name, 'index.html')))
    .map((entry) => entry.name)
    .sort()[0];
  if (first === undefined) throw new Error(`No topic page in ${topicsDir}: the test build should have some.`);
  return `/topics/${first}/`;
}

// One page of every kind a reader can land on.
const PAGES: Array<[kind: string, pathname: string]> = [
  ['the front page', '/'],
  ['the regions index', '/regions/'],
  ['a region page', '/regions/latin-america/'],
  ['a region’s second page', '/regions/latin-america/2/'],
  ['an article with a lead image', '/articles/peru-national-strike-january-19/'],
  ['an article without an image', '/articles/uk-nurses-strike/'],
  ['the Spanish article', '/articles/peru-paro-nacional-respuesta/'],
  ['the authors index', '/authors/'],
  ['an author page', '/authors/jose-rojas/'],
  ['the page-not-found page', '/no-such-page/'],
  ['the topics index', '/topics/'],
  ['a topic page', findTopicPage(inject('outDir'))],
  ['the search page', '/search/'],
];

/** Runs the WCAG rules on the page as it is now. */
function analyze(page: Page) {
  // Legacy mode runs axe in the page itself, without the blank page that cross-origin frames need:
  // these pages have no frames, and it halves the time of each run.
  return new AxeBuilder({ page }).withTags(RULE_TAGS).setLegacyMode(true).analyze();
}

/** One line per failing element: rule, impact, what to fix and where. */
function describeViolations(violations: Awaited<ReturnType<typeof analyze>>['violations']): string[] {
  return violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help} at ${node.target.join(' ')}${node.failureSummary ? ` (${node.failureSummary.replace(/\s+/g, ' ')})` : ''}`,
    ),
  );
}

describe.each(['light', 'dark'] as const)('every kind of page in the %s colour scheme', (colorScheme) => {
  const openBrowser = useBrowser();

  it.each(PAGES)('has no WCAG 2.2 A/AA or best-practice violation on %s (%s)', async (_kind, pathname) => {
    const page = await openBrowser().newPage({ colorScheme });
    try {
      await page.goto(`${inject('baseUrl')}${pathname}`, { waitUntil: 'load' });
      const results = await analyze(page);
      expect(describeViolations(results.violations)).toEqual([]);
      // The rules really ran: a page with nothing checked would pass vacuously.
      expect(results.passes.length).toBeGreaterThan(10);
    } finally {
      await page.close();
    }
  });

  it('is also readable on a phone (390 px): the article page', async () => {
    const page = await openBrowser().newPage({ width: 390, height: 844, colorScheme });
    try {
      await page.goto(`${inject('baseUrl')}/articles/peru-national-strike-january-19/`, { waitUntil: 'load' });
      const results = await analyze(page);
      expect(describeViolations(results.violations)).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
