import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { indexBuiltSite } from '../../src/integrations/pagefind';

const article = (lang: string | undefined, words: string) =>
  `<!doctype html><html lang="en"><head><title>${words}</title><style>body{color:red}</style></head><body>` +
  `<article class="article"${lang ? ` lang="${lang}"` : ''} data-pagefind-body><h1>${words}</h1><p>${words}</p></article></body></html>`;

describe('indexBuiltSite (a built site read back from disk)', () => {
  let siteDir: string | undefined;
  afterEach(async () => {
    if (siteDir) await rm(siteDir, { recursive: true, force: true });
  });

  async function writeSite(pages: Record<string, string>): Promise<string> {
    siteDir = await mkdtemp(path.join(tmpdir(), 'broadsheet-search-'));
    for (const [file, html] of Object.entries(pages)) {
      await mkdir(path.dirname(path.join(siteDir, file)), { recursive: true });
      await writeFile(path.join(siteDir, file), html);
    }
    return siteDir;
  }

  it('writes one bundle per language, articles only, and the manifest naming them', async () => {
    const dir = await writeSite({
      'index.html': '<!doctype html><html lang="en"><body><h1>Front page</h1></body></html>',
      'articles/dockers/index.html': article(undefined, 'Dockers walk out over pensions'),
      'articles/nurses/index.html': article('en-GB', 'Nurses strike for pay'),
      'articles/paro/index.html': article('es-PE', 'Paro nacional en Lima'),
      'pagefind/old.html': '<html lang="en"><body data-pagefind-body>left from an earlier index</body></html>',
    });
    const report = await indexBuiltSite(dir);
    expect(report.pageCount).toBe(3);
    expect(report.bundles).toEqual([
      { language: 'en', folder: '', pageCount: 2 },
      { language: 'es', folder: 'es', pageCount: 1 },
    ]);
    const manifest = JSON.parse(await readFile(path.join(dir, 'pagefind/bundles.json'), 'utf8'));
    expect(manifest).toEqual({ bundles: [{ language: 'en', path: './' }, { language: 'es', path: 'es/' }] });
    const english = JSON.parse(await readFile(path.join(dir, 'pagefind/pagefind-entry.json'), 'utf8'));
    const spanish = JSON.parse(await readFile(path.join(dir, 'pagefind/es/pagefind-entry.json'), 'utf8'));
    expect(Object.values(english.languages).map((language) => (language as { page_count: number }).page_count)).toEqual([2]);
    expect(Object.keys(spanish.languages)).toEqual(['es']);
  });

  it('writes an empty manifest and no bundle for a site without articles', async () => {
    const dir = await writeSite({ 'index.html': '<!doctype html><html lang="en"><body>Nothing yet</body></html>' });
    const report = await indexBuiltSite(dir);
    expect(report).toMatchObject({ pageCount: 0, bundles: [] });
    const manifest = JSON.parse(await readFile(path.join(dir, 'pagefind/bundles.json'), 'utf8'));
    expect(manifest).toEqual({ bundles: [] });
  });
});
