import { describe, expect, it } from 'vitest';
import { buildSiteModel, type ArticleSummary } from '../../src/lib/site-model';

// The topic index the site model builds alongside regions and authors.
function article(slug: string, day: number, topics: string[]): ArticleSummary {
  return {
    slug,
    url: `/articles/${slug}/`,
    title: slug,
    description: 'D',
    authors: [{ name: 'Lena Brandt', slug: 'lena-brandt', url: '/authors/lena-brandt/' }],
    date: new Date(Date.UTC(2023, 0, day)),
    updated: undefined,
    regions: ['europe'],
    topics,
    image: undefined,
    source: undefined,
    related: [],
    lang: 'en',
    translations: [],
    corrections: [],
    draft: false,
    wordCount: 100,
    readingMinutes: 1,
  };
}

describe('buildSiteModel: topics', () => {
  const model = buildSiteModel({
    articles: [article('old', 1, ['Strikes']), article('new', 9, ['strikes', 'pensions']), article('none', 5, [])],
    regions: [{ id: 'europe', name: 'Europe', description: '' }],
  });

  it('lists each topic once, newest article first, whatever the case it was written in', () => {
    expect(model.topics.map((topic) => topic.slug)).toEqual(['pensions', 'strikes']);
    expect(model.topicBySlug.get('strikes')?.articles.map((entry) => entry.slug)).toEqual(['new', 'old']);
  });

  it('gives each topic a page', () => {
    expect(model.topicBySlug.get('pensions')?.url).toBe('/topics/pensions/');
  });
});
