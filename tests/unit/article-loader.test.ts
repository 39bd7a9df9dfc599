import { createHash } from 'node:crypto';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Loader } from 'astro/loaders';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getArticleBody } from '../../src/lib/article-bodies';
import { loadRegions } from '../../src/lib/site-config';
import { articleLoader } from '../../src/loaders/article-loader';

const PROJECT_ROOT = path.resolve(__dirname, '../..');

interface StoredEntry {
  id: string;
  data: Record<string, unknown>;
  filePath?: string;
  digest?: string;
}

/** The part of Astro's loader context the article loader uses, keeping entries as Astro's store does. */
function createContext(rootDir: string) {
  const entries = new Map<string, StoredEntry>();
  const parsed: string[] = [];
  const context = {
    config: { root: pathToFileURL(`${rootDir}/`) },
    store: {
      get: (id: string) => entries.get(id),
      keys: () => [...entries.keys()],
      delete: (id: string) => entries.delete(id),
      // Like Astro's store: an entry whose digest is unchanged is kept as it is.
      set: (entry: StoredEntry) => {
        if (entry.digest && entries.get(entry.id)?.digest === entry.digest) return false;
        entries.set(entry.id, entry);
        return true;
      },
    },
    parseData: async ({ id, data }: { id: string; data: Record<string, unknown> }) => {
      parsed.push(id);
      return data;
    },
    generateDigest: (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex'),
    watcher: undefined,
    logger: { info() {}, warn() {}, error() {} },
  };
  return { context: context as unknown as Parameters<Loader['load']>[0], entries, parsed };
}

describe('articleLoader', () => {
  let rootDir: string;
  let articlesDir: string;
  let regionIds: string[];

  beforeAll(async () => {
    rootDir = await mkdtemp(path.join(tmpdir(), 'broadsheet-loader-'));
    articlesDir = path.join(rootDir, 'content/articles');
    await cp(path.join(PROJECT_ROOT, 'content'), path.join(rootDir, 'content'), { recursive: true });
    regionIds = loadRegions(path.join(rootDir, 'content/regions.yaml')).map((region) => region.id);
  });

  afterAll(async () => {
    await rm(rootDir, { recursive: true, force: true });
  });

  it('stores every article, then on a second load validates again only the one that changed', async () => {
    const loader = articleLoader({ articlesDir, regionIds, includeDrafts: false, siteLanguage: 'en', computeRelated: false });
    const { context, entries, parsed } = createContext(rootDir);

    await loader.load(context);
    const slugs = [...entries.keys()].sort();
    expect(slugs.length).toBeGreaterThan(20);
    expect([...parsed].sort()).toEqual(slugs);

    const file = path.join(articlesDir, '2022/uk-nurses-strike.md');
    const source = await readFile(file, 'utf8');
    await writeFile(file, source.replace(/^title: .*$/m, 'title: "Nurses walk out again"'));
    parsed.length = 0;
    await loader.load(context);
    expect(parsed).toEqual(['uk-nurses-strike']);
    expect(entries.get('uk-nurses-strike')?.data['title']).toBe('Nurses walk out again');
    expect([...entries.keys()].sort()).toEqual(slugs);
    // The bodies still reach the pages for every article, changed or not.
    for (const slug of slugs) expect(getArticleBody(slug).html.length).toBeGreaterThan(100);
  });

  it('tells the pages which articles are scheduled, by the build date it read the collection with', async () => {
    const pinned = process.env['BROADSHEET_BUILD_DATE'];
    // Every sample article up to June 2023 is out by then; the one of October 15 is not.
    process.env['BROADSHEET_BUILD_DATE'] = '2023-10-01T00:00:00Z';
    try {
      const shown = articleLoader({
        articlesDir,
        regionIds,
        includeDrafts: true,
        siteLanguage: 'en',
        computeRelated: false,
      });
      await shown.load(createContext(rootDir).context);
      expect(getArticleBody('australia-voice-referendum').scheduled).toBe(true);
      expect(getArticleBody('canada-wildfire-smoke').scheduled).toBe(false);

      const published = articleLoader({
        articlesDir,
        regionIds,
        includeDrafts: false,
        siteLanguage: 'en',
        computeRelated: false,
      });
      const { context, entries } = createContext(rootDir);
      await published.load(context);
      expect(entries.has('australia-voice-referendum')).toBe(false);
      expect(entries.has('canada-wildfire-smoke')).toBe(true);
    } finally {
      if (pinned === undefined) delete process.env['BROADSHEET_BUILD_DATE'];
      else process.env['BROADSHEET_BUILD_DATE'] = pinned;
    }
  });
});
