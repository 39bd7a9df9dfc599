import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readArticleCollection, type LoadedArticle } from '../../src/lib/article-collection';
import { startRelatedLists } from '../../src/lib/related-lists';
import { loadRegions } from '../../src/lib/site-config';

// The sample site as `astro dev` reads it, drafts included.
const rootDir = path.resolve(__dirname, '../..');
let articles: LoadedArticle[];

beforeAll(async () => {
  const regionIds = loadRegions(path.join(rootDir, 'content/regions.yaml')).map((region) => region.id);
  const collection = await readArticleCollection({
    rootDir,
    articlesDir: 'content/articles',
    regionIds,
    includeDrafts: true,
  });
  expect(collection.problems).toEqual([]);
  articles = collection.articles;
});

// In this thread unless a test says otherwise: the sample site is far below the thread's threshold anyway.
const computeLists = async (loaded: readonly LoadedArticle[]) =>
  (await startRelatedLists(loaded, 'en', { minArticlesForThread: Infinity })).lists;

describe('startRelatedLists', () => {
  it('lists neighbours for every published article from the loaded collection, pins first', async () => {
    const lists = await computeLists(articles);
    const published = articles.filter((article) => article.frontmatter.draft !== true);
    expect([...lists.keys()].sort()).toEqual(published.map((article) => article.slug).sort());
    const pinned = lists.get('peru-national-strike-response')!;
    expect(pinned[0]!.slug).toBe('peru-national-strike-january-19');
    expect(pinned[0]!.reasons[0]).toEqual({ kind: 'pinned' });
    for (const [slug, neighbours] of lists) {
      expect(neighbours.length).toBeGreaterThan(0);
      expect(neighbours.map((neighbour) => neighbour.slug)).not.toContain(slug);
    }
  });

  it('never lists a draft', async () => {
    const draft = articles.find((article) => article.frontmatter.draft === true)!;
    expect(draft.slug).toBe('peru-congress-rejects-early-elections');
    const lists = await computeLists(articles);
    for (const neighbours of lists.values())
      expect(neighbours.map((neighbour) => neighbour.slug)).not.toContain(draft.slug);
  });

  it('reads the bodies’ plain text: two bodies sharing rare words are each other’s nearest', async () => {
    // Without topics and regions, only the text can relate articles.
    const untagged = articles
      .filter((article) => article.frontmatter.draft !== true)
      .map((article) => ({
        ...article,
        frontmatter: { ...article.frontmatter, topics: [], regions: [], related: [] },
      }));
    const [first, second] = untagged;
    const sharedBody = 'Zyxwvutian quorblax marshes flooded the Zyxwvutian valley. Quorblax farmers left.';
    for (const article of [first!, second!]) article.rendered = { ...article.rendered, plainText: sharedBody };
    const lists = await computeLists(untagged);
    const [nearest] = lists.get(first!.slug)!;
    expect(nearest?.slug).toBe(second!.slug);
    expect(nearest?.reasons).toContainEqual({ kind: 'text', terms: expect.arrayContaining(['Zyxwvutian']) });
  });

  it('gives the same lists from its own thread as in this one', async () => {
    const inThread = await computeLists(articles);
    const fromThread = await startRelatedLists(articles, 'en', { minArticlesForThread: 0 });
    expect(fromThread.lists).toEqual(inThread);
    expect(fromThread.milliseconds).toBeGreaterThan(0);
  });
});
