import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createArticleResolver, type ArticleDirectory } from '../../src/markdown/article-links';
import { renderArticleBodies } from '../../src/markdown/article-render-pool';
import { RenderCache } from '../../src/markdown/render-cache';
import type { RenderOutcome } from '../../src/markdown/render-outcome';

let projectRoot: string;
let file: string;
beforeEach(async () => {
  projectRoot = await mkdtemp(path.join(tmpdir(), 'broadsheet-render-cache-'));
  file = path.join(projectRoot, 'cache', 'rendered.bin');
  await writeFile(path.join(projectRoot, 'package-lock.json'), '{"lockfileVersion": 3}');
});
afterEach(() => rm(projectRoot, { recursive: true, force: true }));

const directory = (title: string): ArticleDirectory => ({
  targets: [{ slug: 'uk-nurses-strike', title, url: '/articles/uk-nurses-strike/' }],
  drafts: [],
  articlesFolder: 'content/articles',
});
const body = 'The walkout spread.\n\n::related[uk-nurses-strike]';
// A rendering no pipeline would make, to tell a cached answer from a fresh one.
const marked = (lookups: RenderOutcome['lookups']): RenderOutcome => ({
  rendered: { html: '<p>from the cache</p>', headings: [], plainText: '', wordCount: 0, readingTime: 1, problems: [] },
  lookups,
});

describe('RenderCache', () => {
  it('gives back a kept rendering after a save and a reopen', async () => {
    const cache = await RenderCache.open(file, projectRoot);
    cache.set(body, marked([['uk-nurses-strike', 'Nurses strike\n/articles/uk-nurses-strike/']]));
    await cache.save();
    const reopened = await RenderCache.open(file, projectRoot);
    const resolve = createArticleResolver(directory('Nurses strike'));
    expect(reopened.get(body, resolve)).toEqual(marked([['uk-nurses-strike', 'Nurses strike\n/articles/uk-nurses-strike/']]));
    expect(reopened.get(`${body} Edited.`, resolve)).toBeUndefined();
  });

  it('leaves the file alone when a run used every kept rendering and made none, and rewrites it otherwise', async () => {
    const resolve = createArticleResolver(directory('Nurses strike'));
    const first = await RenderCache.open(file, projectRoot);
    first.set(body, marked([['uk-nurses-strike', 'Nurses strike\n/articles/uk-nurses-strike/']]));
    first.set('Another body.', marked([]));
    await first.save();
    const written = (await stat(file)).mtimeMs;

    const unchanged = await RenderCache.open(file, projectRoot);
    expect(unchanged.get(body, resolve)).toBeDefined();
    expect(unchanged.get('Another body.', resolve)).toBeDefined();
    await unchanged.save();
    expect((await stat(file)).mtimeMs).toBe(written);

    // One body no longer used (its article was deleted): it drops out of the file.
    const smaller = await RenderCache.open(file, projectRoot);
    expect(smaller.get(body, resolve)).toBeDefined();
    await smaller.save();
    const reopened = await RenderCache.open(file, projectRoot);
    expect(reopened.get('Another body.', resolve)).toBeUndefined();
    expect(reopened.get(body, resolve)).toBeDefined();
  });

  it('does not use a rendering once an article it looked up answers differently', async () => {
    const cache = await RenderCache.open(file, projectRoot);
    cache.set(body, marked([['uk-nurses-strike', 'Nurses strike\n/articles/uk-nurses-strike/']]));
    await cache.save();
    const reopened = await RenderCache.open(file, projectRoot);
    expect(reopened.get(body, createArticleResolver(directory('Nurses walk out')))).toBeUndefined();
    expect(reopened.get(body, createArticleResolver({ ...directory(''), targets: [] }))).toBeUndefined();
  });

  it('starts empty when the installed packages change', async () => {
    const cache = await RenderCache.open(file, projectRoot);
    cache.set(body, marked([]));
    await cache.save();
    await writeFile(path.join(projectRoot, 'package-lock.json'), '{"lockfileVersion": 3, "packages": {}}');
    const reopened = await RenderCache.open(file, projectRoot);
    expect(reopened.get(body, createArticleResolver(directory('x')))).toBeUndefined();
  });

  it('starts empty on a damaged file', async () => {
    await writeFile(file.replace('cache/', ''), 'not a cache');
    const cache = await RenderCache.open(file.replace('cache/', ''), projectRoot);
    expect(cache.get(body, createArticleResolver(directory('x')))).toBeUndefined();
  });

  it('does not keep failures, so they are tried again', async () => {
    const cache = await RenderCache.open(file, projectRoot);
    cache.set(body, { failure: 'boom', lookups: [] });
    await cache.save();
    expect((await RenderCache.open(file, projectRoot)).get(body, createArticleResolver(directory('x')))).toBeUndefined();
  });
});

describe('renderArticleBodies with a cache', () => {
  it('re-renders a body whose callout target was renamed, and reuses the rest', async () => {
    const cache = { file, projectRoot };
    const other = 'Nothing linked here.';
    const first = await renderArticleBodies([body, other], directory('Nurses strike'), { workers: 0, cache });
    expect(first[0] && 'rendered' in first[0] && first[0].rendered.html).toContain('>Nurses strike</a>');

    // Plant a marker for the unlinked body: if it comes back, the cache was read, not the pipeline run.
    const planted = await RenderCache.open(file, projectRoot);
    planted.get(body, createArticleResolver(directory('Nurses strike')));
    planted.set(other, marked([]));
    await planted.save();

    const second = await renderArticleBodies([body, other], directory('Nurses walk out'), { workers: 0, cache });
    expect(second[0] && 'rendered' in second[0] && second[0].rendered.html).toContain('>Nurses walk out</a>');
    expect(second[1]).toEqual(marked([]));
  });
});
