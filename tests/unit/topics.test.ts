import { describe, expect, it } from 'vitest';
import { buildTopicIndex, getArticleTopics, getTopicSlug, getTopicUrl } from '../../src/lib/topics';

const article = (slug: string, topics: string[]) => ({ slug, topics });

describe('getTopicSlug', () => {
  it('gives one slug to one topic, whatever its case or accents', () => {
    expect(getTopicSlug('Strikes')).toBe('strikes');
    expect(getTopicSlug('strikes')).toBe('strikes');
    expect(getTopicSlug('Peru crisis')).toBe('peru-crisis');
    expect(getTopicSlug('Élections')).toBe('elections');
  });
});

describe('getTopicUrl', () => {
  it('is the topic page under /topics/', () => {
    expect(getTopicUrl('strikes')).toBe('/topics/strikes/');
  });
});

describe('buildTopicIndex', () => {
  it('groups articles by topic regardless of case, keeping their order', () => {
    const a = article('a', ['Strikes']);
    const b = article('b', ['strikes', 'repression']);
    const index = buildTopicIndex([a, b]);
    expect(index.map((topic) => topic.slug)).toEqual(['repression', 'strikes']);
    expect(index.find((topic) => topic.slug === 'strikes')?.articles).toEqual([a, b]);
  });

  it('names a topic by its most common spelling', () => {
    const index = buildTopicIndex([article('a', ['Strikes']), article('b', ['strikes']), article('c', ['strikes'])]);
    expect(index[0]).toMatchObject({ name: 'strikes', slug: 'strikes', url: '/topics/strikes/' });
  });

  it('names a topic by the spelling met first when spellings tie', () => {
    expect(buildTopicIndex([article('a', ['Strikes']), article('b', ['strikes'])])[0]?.name).toBe('Strikes');
  });

  it('lists an article once under a topic it names twice', () => {
    const index = buildTopicIndex([article('a', ['strikes', 'Strikes'])]);
    expect(index).toHaveLength(1);
    expect(index[0]?.articles).toHaveLength(1);
  });

  it('sorts topics by name', () => {
    const names = buildTopicIndex([article('a', ['women', 'Climate', 'labour'])]).map((topic) => topic.name);
    expect(names).toEqual(['Climate', 'labour', 'women']);
  });

  it('has no topics when no article names one', () => {
    expect(buildTopicIndex([article('a', [])])).toEqual([]);
  });
});

describe('getArticleTopics', () => {
  it('looks up an article’s topics in the index, once each, in the article’s order', () => {
    const index = buildTopicIndex([article('a', ['strikes', 'peru-crisis'])]);
    const bySlug = new Map(index.map((topic) => [topic.slug, topic]));
    expect(getArticleTopics(['Peru-Crisis', 'strikes', 'STRIKES'], bySlug).map((topic) => topic.slug)).toEqual([
      'peru-crisis',
      'strikes',
    ]);
  });

  it('skips topics the index does not know', () => {
    expect(getArticleTopics(['unknown'], new Map())).toEqual([]);
  });
});
