import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { listBuiltFiles } from '../../src/lib/built-site';
import { findBrokenReferences, type BuiltSite, type LinkReport } from '../../src/lib/link-check';

/** Reads a built site from disk: every file's path, and the text of its pages, stylesheets, feeds and sitemaps. */
async function readBuiltSite(outDir: string): Promise<BuiltSite> {
  const files = await listBuiltFiles(outDir);
  const texts = new Map<string, string>();
  for (const file of files) {
    if (/\.(html|css|xml)$/.test(file)) texts.set(file, await readFile(path.join(outDir, file), 'utf8'));
  }
  // The site's public origin, as the build wrote it into the front page's canonical link.
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(texts.get('index.html') ?? '')?.[1];
  if (!canonical) throw new Error('The front page has no canonical link to read the site’s origin from');
  return { files: new Set(files), texts, origin: new URL(canonical).origin };
}

describe('the built site, read from disk', () => {
  let report: LinkReport;

  beforeAll(async () => {
    report = findBrokenReferences(await readBuiltSite(inject('outDir')));
  });

  it('has no broken internal link or asset reference (href, src, srcset, stylesheets, icons, feeds, fonts, sitemaps)', () => {
    expect(
      report.broken.map((reference) => `${reference.from}: ${reference.where} ${reference.url} — ${reference.reason}`),
    ).toEqual([]);
  });

  it('followed the references of every page (a check that finds nothing to follow proves nothing)', () => {
    expect(report.checked).toBeGreaterThan(1000);
  });
});
