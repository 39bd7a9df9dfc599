import { describe, expect, it } from 'vitest';
import { getPageParam, getPageUrl, paginate } from '../../src/lib/pagination';

const items = Array.from({ length: 45 }, (_, index) => index + 1);

describe('paginate', () => {
  const pages = paginate(items, 20, '/regions/x/');

  it('splits 45 items into pages of 20, 20 and 5', () => {
    expect(pages).toHaveLength(3);
    expect(pages.map((page) => page.items.length)).toEqual([20, 20, 5]);
    expect(pages[1]?.items[0]).toBe(21);
    expect(pages[2]?.items).toEqual([41, 42, 43, 44, 45]);
  });

  it('numbers pages from 1 and tells each page the totals', () => {
    expect(pages.map((page) => page.number)).toEqual([1, 2, 3]);
    expect(pages.every((page) => page.pageCount === 3 && page.itemCount === 45)).toBe(true);
  });

  it('gives page 1 the list’s own URL and the others a number', () => {
    expect(pages.map((page) => page.url)).toEqual(['/regions/x/', '/regions/x/2/', '/regions/x/3/']);
  });

  it('links each page to the one before and after it', () => {
    expect(pages.map((page) => [page.previousUrl, page.nextUrl])).toEqual([
      [undefined, '/regions/x/2/'],
      ['/regions/x/', '/regions/x/3/'],
      ['/regions/x/2/', undefined],
    ]);
  });

  it('makes one page when the items fit exactly', () => {
    const exact = paginate(items.slice(0, 20), 20, '/regions/x/');
    expect(exact).toHaveLength(1);
    expect(exact[0]?.nextUrl).toBeUndefined();
  });

  it('still makes one empty page for an empty list', () => {
    expect(paginate([], 20, '/authors/jose-rojas/')).toEqual([
      {
        number: 1,
        items: [],
        url: '/authors/jose-rojas/',
        previousUrl: undefined,
        nextUrl: undefined,
        pageCount: 1,
        itemCount: 0,
      },
    ]);
  });

  it('adds the trailing slash a base URL lacks', () => {
    expect(paginate(items, 20, '/regions/x').map((page) => page.url)).toEqual([
      '/regions/x/',
      '/regions/x/2/',
      '/regions/x/3/',
    ]);
  });

  it('rejects a page size that is not a whole number of at least 1', () => {
    for (const size of [0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => paginate(items, size, '/regions/x/'), String(size)).toThrow(RangeError);
    }
  });
});

describe('getPageUrl', () => {
  it('is the list itself for page 1', () => {
    expect(getPageUrl('/regions/europe/', 1)).toBe('/regions/europe/');
  });

  it('appends the page number and a slash after page 1', () => {
    expect(getPageUrl('/regions/europe/', 2)).toBe('/regions/europe/2/');
    expect(getPageUrl('/regions/europe', 12)).toBe('/regions/europe/12/');
  });
});

describe('getPageParam', () => {
  it('is undefined for page 1, whose URL has no number', () => {
    expect(getPageParam(1)).toBeUndefined();
  });

  it('is the number as text for later pages', () => {
    expect(getPageParam(2)).toBe('2');
    expect(getPageParam(10)).toBe('10');
  });
});
