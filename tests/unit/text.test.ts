import { describe, expect, it } from 'vitest';
import { joinNames, type JoinedPart } from '../../src/lib/text';

/** The words a byline reads, items written as themselves. */
function read(parts: JoinedPart<string>[]): string {
  return parts.map((part) => (part.kind === 'item' ? part.item : part.text)).join('');
}

describe('joinNames', () => {
  it('is empty for no names', () => {
    expect(joinNames([])).toEqual([]);
  });

  it('is the name itself for one name', () => {
    expect(joinNames(['José Rojas'])).toEqual([{ kind: 'item', item: 'José Rojas' }]);
  });

  it('joins two names with "and"', () => {
    expect(joinNames(['José Rojas', 'Lena Brandt'])).toEqual([
      { kind: 'item', item: 'José Rojas' },
      { kind: 'separator', text: ' and ' },
      { kind: 'item', item: 'Lena Brandt' },
    ]);
  });

  it('joins three or more names with commas and a final "and", without a serial comma', () => {
    expect(read(joinNames(['A', 'B', 'C']))).toBe('A, B and C');
    expect(read(joinNames(['A', 'B', 'C', 'D']))).toBe('A, B, C and D');
  });

  it('uses the conjunction it is given', () => {
    expect(read(joinNames(['José Rojas', 'Ana Quispe', 'Lena Brandt'], 'y'))).toBe(
      'José Rojas, Ana Quispe y Lena Brandt',
    );
  });

  it('keeps the items themselves so they can be linked', () => {
    const authors = [{ slug: 'a' }, { slug: 'b' }];
    const items = joinNames(authors).flatMap((part) => (part.kind === 'item' ? [part.item] : []));
    expect(items[0]).toBe(authors[0]);
    expect(items[1]).toBe(authors[1]);
  });
});
