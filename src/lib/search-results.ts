// One list of results out of several Pagefind bundles (one per language, see search-bundles.ts).
// Pagefind hands back every hit at once with its score, and loads a hit's data (URL, excerpt,
// metadata) only when asked: the merged list loads only what the page shows.

import type { SearchSort } from './search-query';

/** One hit of one bundle, as Pagefind's `search()` returns it. */
export interface SearchHit<TData> {
  score: number;
  data(): Promise<TData>;
}

/** The part of a hit's data the merge reads: the ISO publication date (`data-search-published`). */
export interface DatedResult {
  meta: { published?: string | undefined };
}

/** Results of all bundles in one order, loaded a page at a time. */
export interface MergedResults<TData> {
  /** How many results there are in all. */
  readonly total: number;
  /** How many are not yet returned by `next`. */
  readonly remaining: number;
  /** Loads the next `count` results in order (fewer at the end). */
  next(count: number): Promise<TData[]>;
}

/**
 * Merges the hit lists of several bundles. By relevance, hits are ordered by Pagefind's
 * score across bundles (ties keep bundle order). Newest first, each bundle's list is already
 * sorted by date (Pagefind's `sort`), so the lists are merged head by head, loading only
 * the heads' data to compare their dates.
 */
export function mergeSearchResults<TData extends DatedResult>(
  lists: ReadonlyArray<ReadonlyArray<SearchHit<TData>>>,
  sort: SearchSort,
): MergedResults<TData> {
  const total = lists.reduce((sum, list) => sum + list.length, 0);
  let returned = 0;
  const take = sort === 'newest' ? takeNewest(lists) : takeByScore(lists);
  return {
    total,
    get remaining() {
      return total - returned;
    },
    async next(count: number) {
      const page = await take(Math.max(0, Math.min(count, total - returned)));
      returned += page.length;
      return page;
    },
  };
}

function takeByScore<TData>(
  lists: ReadonlyArray<ReadonlyArray<SearchHit<TData>>>,
): (count: number) => Promise<TData[]> {
  // Array.prototype.sort is stable: equal scores keep the order of the bundles.
  const ranked = lists.flat().sort((a, b) => b.score - a.score);
  let position = 0;
  return (count) => {
    const page = ranked.slice(position, position + count);
    position += page.length;
    return Promise.all(page.map((hit) => hit.data()));
  };
}

function takeNewest<TData extends DatedResult>(
  lists: ReadonlyArray<ReadonlyArray<SearchHit<TData>>>,
): (count: number) => Promise<TData[]> {
  const cursors = lists.map(() => 0);
  const loaded = new Map<SearchHit<TData>, Promise<TData>>();
  const load = (hit: SearchHit<TData>): Promise<TData> => {
    let data = loaded.get(hit);
    if (!data) {
      data = hit.data();
      loaded.set(hit, data);
    }
    return data;
  };
  return async (count) => {
    const page: TData[] = [];
    while (page.length < count) {
      const heads = await Promise.all(
        lists.map(async (list, i) => (cursors[i]! < list.length ? load(list[cursors[i]!]!) : undefined)),
      );
      let best = -1;
      heads.forEach((head, i) => {
        if (head === undefined) return;
        const current = best === -1 ? undefined : heads[best];
        // ISO 8601 dates in one zone (UTC) sort as text.
        if (current === undefined || (head.meta.published ?? '') > (current.meta.published ?? '')) best = i;
      });
      if (best === -1) break;
      page.push(heads[best]!);
      cursors[best]! += 1;
    }
    return page;
  };
}
