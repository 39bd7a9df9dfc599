import { toAuthor, type ArticleSummary } from '../../src/lib/site-model';

/**
 * An article summary as the site model reads it: published on January `day`, 2023,
 * in Latin America, by José Rojas, with nothing optional; `overrides` sets the rest.
 */
export function buildArticleSummary(
  slug: string,
  day: number,
  overrides: Partial<ArticleSummary> = {},
): ArticleSummary {
  return {
    slug,
    url: `/articles/${slug}/`,
    title: slug,
    description: 'D',
    authors: [toAuthor('José Rojas')],
    date: new Date(Date.UTC(2023, 0, day)),
    updated: undefined,
    regions: ['latin-america'],
    topics: [],
    image: undefined,
    source: undefined,
    related: [],
    lang: 'en',
    translations: [],
    corrections: [],
    draft: false,
    scheduled: false,
    wordCount: 100,
    readingMinutes: 1,
    ...overrides,
  };
}
