import { describe, expect, it } from 'vitest';
import { mergeSearchResults, type SearchHit } from '../../src/lib/search-results';

interface Data {
  id: string;
  meta: { published?: string };
}

/** A hit that counts how often its data is loaded. */
function hit(id: string, score: number, published: string, loads: string[]): SearchHit<Data> {
  return {
    score,
    data: async () => {
      loads.push(id);
      return { id, meta: { published } };
    },
  };
}

describe('mergeSearchResults', () => {
  it('orders hits of every bundle by score, loading only the page asked for', async () => {
    const loads: string[] = [];
    const english = [
      hit('en1', 9, '2023-01-01', loads),
      hit('en2', 3, '2023-01-05', loads),
      hit('en3', 1, '2023-01-09', loads),
    ];
    const spanish = [hit('es1', 5, '2023-01-03', loads)];
    const merged = mergeSearchResults([english, spanish], 'relevance');
    expect(merged.total).toBe(4);
    expect((await merged.next(2)).map((data) => data.id)).toEqual(['en1', 'es1']);
    expect(loads.sort()).toEqual(['en1', 'es1']);
    expect(merged.remaining).toBe(2);
    expect((await merged.next(10)).map((data) => data.id)).toEqual(['en2', 'en3']);
    expect(merged.remaining).toBe(0);
    expect(await merged.next(10)).toEqual([]);
  });

  it('keeps bundle order between equal scores', async () => {
    const merged = mergeSearchResults([[hit('a', 1, '', [])], [hit('b', 1, '', [])]], 'relevance');
    expect((await merged.next(2)).map((data) => data.id)).toEqual(['a', 'b']);
  });

  it('merges lists already sorted newest first by date, loading little more than the page shown', async () => {
    const loads: string[] = [];
    const english = [
      hit('en-9', 1, '2023-01-09T00:00:00.000Z', loads),
      hit('en-5', 1, '2023-01-05T00:00:00.000Z', loads),
      hit('en-1', 1, '2023-01-01T00:00:00.000Z', loads),
    ];
    const spanish = [
      hit('es-7', 1, '2023-01-07T00:00:00.000Z', loads),
      hit('es-2', 1, '2023-01-02T00:00:00.000Z', loads),
    ];
    const merged = mergeSearchResults([english, spanish], 'newest');
    expect((await merged.next(2)).map((data) => data.id)).toEqual(['en-9', 'es-7']);
    // The two shown, and the head they were compared with: nothing further down the lists.
    expect(new Set(loads)).toEqual(new Set(['en-9', 'es-7', 'en-5']));
    expect((await merged.next(5)).map((data) => data.id)).toEqual(['en-5', 'es-2', 'en-1']);
    expect(loads.filter((id) => id === 'en-5')).toHaveLength(1);
  });

  it('copes with no bundle and with empty lists', async () => {
    expect(mergeSearchResults([], 'relevance').total).toBe(0);
    const merged = mergeSearchResults([[], []], 'newest');
    expect(await merged.next(10)).toEqual([]);
  });
});
