/** One page of a paginated list. */
export interface Page<T> {
  /** 1-based page number. */
  number: number;
  items: T[];
  url: string;
  previousUrl: string | undefined;
  nextUrl: string | undefined;
  /** How many pages the list has. */
  pageCount: number;
  /** How many items the whole list has. */
  itemCount: number;
}

/** The URL of page `number` of a list at `baseUrl`: page 1 is the list itself, then `<base>2/`, `<base>3/`, … */
export function getPageUrl(baseUrl: string, number: number): string {
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  return number <= 1 ? base : `${base}${number}/`;
}

/**
 * Splits a list into pages of `pageSize`. An empty list still has one (empty)
 * page, so every region or author page exists even before its first article.
 */
export function paginate<T>(items: readonly T[], pageSize: number, baseUrl: string): Page<T>[] {
  if (!Number.isInteger(pageSize) || pageSize < 1) throw new RangeError(`pageSize must be a whole number of at least 1, got ${pageSize}`);
  const pageCount = Math.max(1, Math.ceil(items.length / pageSize));
  return Array.from({ length: pageCount }, (_, index) => {
    const number = index + 1;
    return {
      number,
      items: items.slice(index * pageSize, number * pageSize),
      url: getPageUrl(baseUrl, number),
      previousUrl: number > 1 ? getPageUrl(baseUrl, number - 1) : undefined,
      nextUrl: number < pageCount ? getPageUrl(baseUrl, number + 1) : undefined,
      pageCount,
      itemCount: items.length,
    };
  });
}

/**
 * The route parameter for page `number` (`undefined` for page 1), for
 * `[...page].astro` routes whose first page has no number in its URL.
 */
export function getPageParam(number: number): string | undefined {
  return number <= 1 ? undefined : String(number);
}
