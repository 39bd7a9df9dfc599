import { describe, expect, it } from 'vitest';
import {
  describeSearchResults,
  hasSearch,
  readSearchQuery,
  toPagefindOptions,
  writeSearchQuery,
  type SearchQuery,
} from '../../src/lib/search-query';

const query = (overrides: Partial<SearchQuery> = {}): SearchQuery => ({
  text: '',
  regions: [],
  topic: '',
  sort: 'relevance',
  ...overrides,
});

describe('readSearchQuery', () => {
  it('reads the words, the ticked regions, the topic and the order from the address', () => {
    expect(
      readSearchQuery(new URLSearchParams('q=+Lima+&region=Latin+America&region=Europe&topic=strikes&sort=newest')),
    ).toEqual({
      text: 'Lima',
      regions: ['Latin America', 'Europe'],
      topic: 'strikes',
      sort: 'newest',
    });
  });

  it('reads an empty or unknown value as none or the default', () => {
    expect(readSearchQuery(new URLSearchParams('q=&region=&region=Asia&region=Asia&sort=oldest'))).toEqual(
      query({ regions: ['Asia'] }),
    );
    expect(readSearchQuery(new URLSearchParams(''))).toEqual(query());
  });
});

describe('writeSearchQuery', () => {
  it('writes what readSearchQuery reads, leaving out empty fields and the default order', () => {
    const params = writeSearchQuery(query({ text: 'Lima strike', regions: ['Latin America'], sort: 'newest' }));
    expect(params.toString()).toBe('q=Lima+strike&region=Latin+America&sort=newest');
    expect(readSearchQuery(params)).toEqual(query({ text: 'Lima strike', regions: ['Latin America'], sort: 'newest' }));
    expect(writeSearchQuery(query({ text: 'x' })).toString()).toBe('q=x');
  });
});

describe('hasSearch', () => {
  it('is true for words or a filter, false for nothing', () => {
    expect(hasSearch(query())).toBe(false);
    expect(hasSearch(query({ sort: 'newest' }))).toBe(false);
    expect(hasSearch(query({ text: 'Lima' }))).toBe(true);
    expect(hasSearch(query({ topic: 'strikes' }))).toBe(true);
  });
});

describe('toPagefindOptions', () => {
  it('treats ticked regions as alternatives and a topic as narrowing them', () => {
    expect(toPagefindOptions(query({ text: 'x', regions: ['Asia', 'Europe'], topic: 'strikes' }))).toEqual({
      filters: { region: { any: ['Asia', 'Europe'] }, topic: 'strikes' },
    });
  });

  it('sorts by date only when asked, and passes no filters when there are none', () => {
    expect(toPagefindOptions(query({ text: 'x' }))).toEqual({});
    expect(toPagefindOptions(query({ text: 'x', sort: 'newest' }))).toEqual({ sort: { date: 'desc' } });
  });
});

describe('describeSearchResults', () => {
  it('counts results for the words, naming the filters', () => {
    expect(describeSearchResults(query({ text: 'Lima' }), 3)).toBe('3 results for “Lima”');
    expect(describeSearchResults(query({ text: 'Lima' }), 1)).toBe('1 result for “Lima”');
    expect(
      describeSearchResults(query({ text: 'Lima', regions: ['Latin America', 'Europe', 'Asia'], topic: 'strikes' }), 2),
    ).toBe('2 results for “Lima” in Latin America, Europe or Asia on strikes');
  });

  it('says plainly when nothing matches', () => {
    expect(describeSearchResults(query({ text: 'xyzzy' }), 0)).toBe('No results for “xyzzy”.');
    expect(describeSearchResults(query({ regions: ['Oceania'] }), 0)).toBe('No articles in Oceania.');
  });

  it('counts articles when only filters are set', () => {
    expect(describeSearchResults(query({ regions: ['Asia'] }), 1)).toBe('1 article in Asia');
    expect(describeSearchResults(query({ topic: 'strikes' }), 12)).toBe('12 articles on strikes');
  });
});
