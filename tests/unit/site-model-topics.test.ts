import { describe, expect, it } from 'vitest';
import { buildSiteModel, type ArticleSummary } from '../../src/lib/site-model';
import { buildArticleSummary } from './article-builders';

// The topic index the site model builds alongside regions and authors.
function article(slug: string, day: number, topics: string[]): ArticleSummary {
  return buildArticleSummary(slug, day, {
    authors: [{ name: 'Lena Brandt', slug: 'lena-brandt', url: '/authors/lena-brandt/' }],
    regions: ['europe'],
    topics,
  });
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
