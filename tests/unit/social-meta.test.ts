import { describe, expect, it } from 'vitest';
import { buildSocialMeta, type MetaTag } from '../../src/lib/social-meta';

const content = (tags: MetaTag[], key: string): string[] =>
  tags.filter((tag) => tag.key === key).map((tag) => tag.content);

describe('buildSocialMeta', () => {
  const base = {
    title: 'Regions',
    description: 'Every region.',
    url: 'https://news.example.org/regions/',
    siteName: 'Broadsheet',
  };

  it('describes a page as a website with a small card when it has no picture', () => {
    const tags = buildSocialMeta({ ...base, xHandle: 'broadsheetnews' });
    expect(content(tags, 'og:type')).toEqual(['website']);
    expect(content(tags, 'og:title')).toEqual(['Regions']);
    expect(content(tags, 'og:description')).toEqual(['Every region.']);
    expect(content(tags, 'og:url')).toEqual(['https://news.example.org/regions/']);
    expect(content(tags, 'og:site_name')).toEqual(['Broadsheet']);
    expect(content(tags, 'twitter:card')).toEqual(['summary']);
    expect(content(tags, 'twitter:site')).toEqual(['@broadsheetnews']);
    expect(content(tags, 'og:image')).toEqual([]);
  });

  it('uses property for OpenGraph and name for X cards', () => {
    for (const tag of buildSocialMeta(base))
      expect(tag.attribute).toBe(tag.key.startsWith('twitter:') ? 'name' : 'property');
  });

  it('describes an article with its times, section, authors and tags, and a large card for its picture', () => {
    const tags = buildSocialMeta({
      ...base,
      image: { url: 'https://news.example.org/_astro/lima.jpg', alt: 'Marchers in Lima', width: 1200, height: 675 },
      article: {
        publishedTime: new Date('2023-01-19T00:00:00Z'),
        modifiedTime: new Date('2023-01-20T00:00:00Z'),
        section: 'Latin America',
        tags: ['strikes', 'peru-crisis'],
        authors: ['https://news.example.org/authors/jose-rojas/'],
      },
    });
    expect(content(tags, 'og:type')).toEqual(['article']);
    expect(content(tags, 'og:image')).toEqual(['https://news.example.org/_astro/lima.jpg']);
    expect(content(tags, 'og:image:alt')).toEqual(['Marchers in Lima']);
    expect(content(tags, 'article:published_time')).toEqual(['2023-01-19T00:00:00Z']);
    expect(content(tags, 'article:modified_time')).toEqual(['2023-01-20T00:00:00Z']);
    expect(content(tags, 'article:section')).toEqual(['Latin America']);
    expect(content(tags, 'article:tag')).toEqual(['strikes', 'peru-crisis']);
    expect(content(tags, 'article:author')).toEqual(['https://news.example.org/authors/jose-rojas/']);
    expect(content(tags, 'twitter:card')).toEqual(['summary_large_image']);
  });

  it('names no X account when the site has none', () => {
    expect(content(buildSocialMeta(base), 'twitter:site')).toEqual([]);
  });
});
