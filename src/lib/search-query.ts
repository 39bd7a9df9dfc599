// What a reader asked the search page (/search/), read from and written to its address, so a
// search is a link: /search/?q=Lima&region=Latin+America&topic=strikes&sort=newest. The same
// parameters are the fields of the page's GET form, so the form works before any script runs.

import { formatArticleCount } from './article-count';

/** A search as the page's form and address hold it. */
export interface SearchQuery {
  /** The words typed, trimmed; empty for none. */
  text: string;
  /** Region names ticked; a result is in any one of them. */
  regions: string[];
  /** The topic chosen; empty for any. */
  topic: string;
  /** `relevance` (Pagefind's ranking, the default) or `newest` (by publication date). */
  sort: SearchSort;
}

/** How results are ordered. */
export type SearchSort = 'relevance' | 'newest';

/** The filter and sort options of Pagefind's `search()`, for one query. */
export interface PagefindSearchOptions {
  filters?: { region?: { any: string[] }; topic?: string };
  sort?: { date: 'desc' };
}

/** Reads a search from the page's address (`?q=…&region=…&topic=…&sort=newest`). */
export function readSearchQuery(params: URLSearchParams): SearchQuery {
  return {
    text: (params.get('q') ?? '').trim(),
    regions: [
      ...new Set(
        params
          .getAll('region')
          .map((region) => region.trim())
          .filter(Boolean),
      ),
    ],
    topic: (params.get('topic') ?? '').trim(),
    sort: params.get('sort') === 'newest' ? 'newest' : 'relevance',
  };
}

/** The address parameters of a search, leaving out what is empty or the default. */
export function writeSearchQuery(query: SearchQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.text) params.set('q', query.text);
  for (const region of query.regions) params.append('region', region);
  if (query.topic) params.set('topic', query.topic);
  if (query.sort !== 'relevance') params.set('sort', query.sort);
  return params;
}

/** Whether there is anything to search for: words, or at least a filter to list. */
export function hasSearch(query: SearchQuery): boolean {
  return query.text !== '' || query.regions.length > 0 || query.topic !== '';
}

/** Pagefind's options for a search: regions are alternatives, a topic narrows them. */
export function toPagefindOptions(query: SearchQuery): PagefindSearchOptions {
  const filters: NonNullable<PagefindSearchOptions['filters']> = {};
  if (query.regions.length > 0) filters.region = { any: query.regions };
  if (query.topic) filters.topic = query.topic;
  return {
    ...(Object.keys(filters).length > 0 ? { filters } : {}),
    ...(query.sort === 'newest' ? { sort: { date: 'desc' as const } } : {}),
  };
}

/**
 * What the page's status line says (and screen readers announce) once a search is done:
 * "3 results for “Lima”", "1 result for “Lima” in Latin America", "No results for “xyzzy”.",
 * or, with filters only, "12 articles in Latin America on strikes".
 */
export function describeSearchResults(query: SearchQuery, count: number): string {
  const scope = [
    query.regions.length > 0 ? `in ${listNames(query.regions)}` : '',
    query.topic ? `on ${query.topic}` : '',
  ]
    .filter(Boolean)
    .join(' ');
  if (query.text) {
    const subject = `for “${query.text}”${scope ? ` ${scope}` : ''}`;
    if (count === 0) return `No results ${subject}.`;
    return `${count} ${count === 1 ? 'result' : 'results'} ${subject}`;
  }
  if (count === 0) return `No articles ${scope}.`;
  return `${formatArticleCount(count)} ${scope}`;
}

function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`;
}
