import { describe, expect, it } from 'vitest';
import { getSearchBodyAttributes, getSearchFilterAttributes } from '../../src/lib/search-attributes';

describe('getSearchFilterAttributes', () => {
  it('gives every region and topic a filter value of its own, read from an attribute', () => {
    expect(getSearchFilterAttributes({ regions: ['Latin America', 'Europe'], topics: ['strikes'] })).toEqual({
      'data-search-region-1': 'Latin America',
      'data-search-region-2': 'Europe',
      'data-search-topic-1': 'strikes',
      'data-pagefind-filter': 'region[data-search-region-1], region[data-search-region-2], topic[data-search-topic-1]',
      'data-pagefind-index-attrs': 'data-search-region-1,data-search-region-2',
    });
  });

  it('keeps names with commas and colons whole, since they travel in attributes', () => {
    const attributes = getSearchFilterAttributes({ regions: ['Africa: West, Central'], topics: [] });
    expect(attributes['data-search-region-1']).toBe('Africa: West, Central');
    expect(attributes['data-pagefind-filter']).toBe('region[data-search-region-1]');
  });

  it('drops blank and repeated names, and adds no filter attribute when there is nothing to filter by', () => {
    expect(getSearchFilterAttributes({ regions: ['Asia', ' Asia ', ''], topics: [] })).toEqual({
      'data-search-region-1': 'Asia',
      'data-pagefind-filter': 'region[data-search-region-1]',
      'data-pagefind-index-attrs': 'data-search-region-1',
    });
    expect(getSearchFilterAttributes({ regions: [], topics: [] })).toEqual({});
  });
});

describe('getSearchBodyAttributes', () => {
  it('marks the indexed element, sorts by the ISO publication date and exposes it and the language as metadata', () => {
    expect(getSearchBodyAttributes(new Date('2023-01-19T00:00:00Z'))).toEqual({
      'data-pagefind-body': '',
      'data-search-published': '2023-01-19T00:00:00.000Z',
      'data-pagefind-sort': 'date[data-search-published]',
      'data-pagefind-meta': 'published[data-search-published], lang[lang]',
    });
  });
});
