import { describe, expect, it } from 'vitest';
import type { Region } from '../../src/lib/site-config';
import { buildSiteModel, compareArticlesNewestFirst, getRegionUrl, toAuthor } from '../../src/lib/site-model';
import { buildArticleSummary } from './article-builders';

const regions: Region[] = [
  { id: 'latin-america', name: 'Latin America', description: '' },
  { id: 'europe', name: 'Europe', description: '' },
  { id: 'africa', name: 'Africa', description: '' },
];

const article = buildArticleSummary;

const slugsOf = (articles: readonly { slug: string }[]) => articles.map((entry) => entry.slug);

describe('buildSiteModel', () => {
  it('lists articles newest first', () => {
    const model = buildSiteModel({ articles: [article('a', 3), article('b', 9), article('c', 5)], regions });
    expect(slugsOf(model.articles)).toEqual(['b', 'c', 'a']);
  });

  it('orders articles of the same instant by slug, whatever order they come in', () => {
    const sameDay = [article('peru-c', 5), article('peru-a', 5), article('peru-b', 5), article('older', 1)];
    const forwards = buildSiteModel({ articles: sameDay, regions });
    const backwards = buildSiteModel({ articles: [...sameDay].reverse(), regions });
    expect(slugsOf(forwards.articles)).toEqual(['peru-a', 'peru-b', 'peru-c', 'older']);
    expect(slugsOf(backwards.articles)).toEqual(slugsOf(forwards.articles));
  });

  it('does not reorder the list it was given', () => {
    const input = [article('a', 1), article('b', 2)];
    buildSiteModel({ articles: input, regions });
    expect(slugsOf(input)).toEqual(['a', 'b']);
  });

  it('finds an article by its slug', () => {
    const model = buildSiteModel({ articles: [article('a', 1), article('b', 2)], regions });
    expect(model.articleBySlug.get('b')?.title).toBe('b');
    expect(model.articleBySlug.get('missing')).toBeUndefined();
  });

  it('lists regions in the order of regions.yaml, each with its URL', () => {
    const model = buildSiteModel({ articles: [article('a', 1, { regions: ['africa'] })], regions });
    expect(model.regions.map((region) => [region.id, region.url])).toEqual([
      ['latin-america', '/regions/latin-america/'],
      ['europe', '/regions/europe/'],
      ['africa', '/regions/africa/'],
    ]);
  });

  it('gives each region its own articles, newest first, and keeps empty regions', () => {
    const model = buildSiteModel({
      articles: [article('lima', 1), article('paris', 4, { regions: ['europe'] }), article('cusco', 6)],
      regions,
    });
    expect(slugsOf(model.regionById.get('latin-america')!.articles)).toEqual(['cusco', 'lima']);
    expect(slugsOf(model.regionById.get('europe')!.articles)).toEqual(['paris']);
    expect(model.regionById.get('africa')!.articles).toEqual([]);
  });

  it('lists an article filed under two regions in both', () => {
    const model = buildSiteModel({ articles: [article('migrants', 2, { regions: ['africa', 'europe'] })], regions });
    expect(slugsOf(model.regionById.get('africa')!.articles)).toEqual(['migrants']);
    expect(slugsOf(model.regionById.get('europe')!.articles)).toEqual(['migrants']);
  });

  it('lists an article once in a region it names twice', () => {
    const model = buildSiteModel({ articles: [article('twice', 2, { regions: ['europe', 'europe'] })], regions });
    expect(slugsOf(model.regionById.get('europe')!.articles)).toEqual(['twice']);
  });

  it('gives each author a listing of their articles, newest first, sorted by name', () => {
    const model = buildSiteModel({
      articles: [
        article('one', 1, { authors: [toAuthor('Lena Brandt')] }),
        article('two', 2, { authors: [toAuthor('José Rojas'), toAuthor('Lena Brandt')] }),
        article('three', 3),
      ],
      regions,
    });
    expect(model.authors.map((author) => author.name)).toEqual(['José Rojas', 'Lena Brandt']);
    expect(slugsOf(model.authorBySlug.get('lena-brandt')!.articles)).toEqual(['two', 'one']);
    expect(slugsOf(model.authorBySlug.get('jose-rojas')!.articles)).toEqual(['three', 'two']);
    expect(model.authorBySlug.get('lena-brandt')?.url).toBe('/authors/lena-brandt/');
  });

  it('gives an author the profile described under their name, whatever its accents', () => {
    const profile = { name: 'Jose Rojas', role: 'Andes correspondent', bio: '', links: [], line: 1 };
    const model = buildSiteModel({
      articles: [article('one', 1, { authors: [toAuthor('José Rojas'), toAuthor('Lena Brandt')] })],
      regions,
      authorProfiles: [profile],
    });
    expect(model.authorBySlug.get('jose-rojas')?.profile).toBe(profile);
    expect(model.authorBySlug.get('lena-brandt')?.profile).toBeUndefined();
  });

  it('merges bylines that spell the same person differently into one author page', () => {
    const model = buildSiteModel({
      articles: [
        article('old', 1, { authors: [toAuthor('Jose Rojas')] }),
        article('new', 2, { authors: [toAuthor('José Rojas')] }),
      ],
      regions,
    });
    expect(model.authors).toHaveLength(1);
    expect(model.authors[0]?.slug).toBe('jose-rojas');
    expect(slugsOf(model.authors[0]!.articles)).toEqual(['new', 'old']);
  });

  it('lists an article once for an author named twice on its byline', () => {
    const model = buildSiteModel({
      articles: [article('a', 1, { authors: [toAuthor('José Rojas'), toAuthor('José Rojas')] })],
      regions,
    });
    expect(slugsOf(model.authorBySlug.get('jose-rojas')!.articles)).toEqual(['a']);
  });

  describe('moreInRegion', () => {
    const latin = Array.from({ length: 7 }, (_, index) => article(`latin-${index + 1}`, index + 1));
    const model = buildSiteModel({
      articles: [
        ...latin,
        article('paris', 20, { regions: ['europe'] }),
        article('bridge', 10, { regions: ['europe', 'latin-america'] }),
      ],
      regions,
    });

    it('offers the latest four other articles of the main region, including ones filed there second', () => {
      expect(slugsOf(model.moreInRegion.get('latin-1')!)).toEqual(['bridge', 'latin-7', 'latin-6', 'latin-5']);
    });

    it('never offers an article to itself', () => {
      expect(slugsOf(model.moreInRegion.get('latin-7')!)).toEqual(['bridge', 'latin-6', 'latin-5', 'latin-4']);
      for (const [slug, more] of model.moreInRegion) expect(slugsOf(more), slug).not.toContain(slug);
    });

    it('uses only the first region of an article filed under several', () => {
      expect(slugsOf(model.moreInRegion.get('bridge')!)).toEqual(['paris']);
    });

    it('offers fewer when the region has fewer other articles', () => {
      expect(slugsOf(model.moreInRegion.get('paris')!)).toEqual(['bridge']);
    });

    it('has an entry for every article', () => {
      expect([...model.moreInRegion.keys()].sort()).toEqual(slugsOf(model.articles).sort());
    });

    it('takes as many as it is asked for', () => {
      const two = buildSiteModel({ articles: latin, regions, moreInRegionCount: 2 });
      expect(slugsOf(two.moreInRegion.get('latin-1')!)).toEqual(['latin-7', 'latin-6']);
    });

    it('is empty for an article whose region is not declared', () => {
      const lost = buildSiteModel({ articles: [article('lost', 1, { regions: ['atlantis'] })], regions });
      expect(lost.moreInRegion.get('lost')).toEqual([]);
    });
  });
});

describe('toAuthor', () => {
  it('gives a byline name a slug and a page', () => {
    expect(toAuthor('José Rojas')).toEqual({ name: 'José Rojas', slug: 'jose-rojas', url: '/authors/jose-rojas/' });
  });
});

describe('getRegionUrl', () => {
  it('is /regions/<id>/', () => {
    expect(getRegionUrl('latin-america')).toBe('/regions/latin-america/');
  });
});

describe('compareArticlesNewestFirst', () => {
  const older = { slug: 'b', date: new Date(Date.UTC(2023, 0, 1)) };
  const newer = { slug: 'a', date: new Date(Date.UTC(2023, 0, 2)) };

  it('puts the newer article first', () => {
    expect(compareArticlesNewestFirst(newer, older)).toBeLessThan(0);
    expect(compareArticlesNewestFirst(older, newer)).toBeGreaterThan(0);
  });

  it('breaks a tie on the same instant by slug', () => {
    const sameA = { slug: 'a', date: older.date };
    expect(compareArticlesNewestFirst(sameA, older)).toBeLessThan(0);
    expect(compareArticlesNewestFirst(older, sameA)).toBeGreaterThan(0);
    expect(compareArticlesNewestFirst(older, { ...older })).toBe(0);
  });
});
