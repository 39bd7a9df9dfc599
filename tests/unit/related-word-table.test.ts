import { describe, expect, it } from 'vitest';
import { IntList, TermCountList } from '../../src/lib/related/buffers';
import { TermDictionary, extractTerms } from '../../src/lib/related/text-analysis';
import { WordTable } from '../../src/lib/related/word-table';

const SAME = Uint16Array.from({ length: 0x10000 }, (_, unit) => unit);

function hashOf(word: string): number {
  let hash = WordTable.seed;
  for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), WordTable.prime);
  return hash;
}

describe('WordTable', () => {
  it('keeps every word and its value when it outgrows the room it was given', () => {
    const table = new WordTable(SAME, 16);
    const words = Array.from({ length: 20_000 }, (_, i) =>
      i % 7 === 0 ? `a-long-word-past-the-inline-room-${i}` : `w${i}`,
    );
    words.forEach((word, i) => {
      expect(table.find(word, 0, word.length, hashOf(word))).toBe(-1);
      const ref = table.add(word, 0, word.length, hashOf(word));
      table.records[ref + WordTable.VALUE] = i;
    });
    expect(table.size).toBe(words.length);
    words.forEach((word, i) => {
      const ref = table.find(` ${word} `, 1, word.length + 1, hashOf(word));
      expect(table.records[ref + WordTable.VALUE]).toBe(i);
    });
    const values: number[] = [];
    table.forEach((id, value) => values.push(id - value));
    expect(values.every((difference) => difference === 0)).toBe(true);
  });
});

describe('TermDictionary', () => {
  it('gives the same term ids whatever room its tables start with', () => {
    const text = 'Pension strikes, pensions and the striking miners: pension reform. '.repeat(3);
    const ids = (dictionary: TermDictionary): number[] => {
      const out = new IntList();
      dictionary.collectTermIds(text, 0, out);
      dictionary.collectTermIds('Huelgas y huelga de los mineros', 1, out);
      return Array.from(out.toArray());
    };
    const small = new TermDictionary(1);
    const large = new TermDictionary(1 << 16);
    expect(ids(small)).toEqual(ids(large));
    expect(small.getDisplayWord(0)).toBe(large.getDisplayWord(0));
  });

  it('reads words in any script as extractTerms does, letters outside the BMP included', () => {
    // Deseret, a CJK extension and a mathematical letter are each two UTF-16 units.
    const text = 'The 𐐔𐐯𐑅𐐨𐑉𐐯𐐻 alphabet, 𠀋𠀋 and 𝔸lpha; x𝔸y.';
    const dictionary = new TermDictionary();
    const out = new IntList();
    dictionary.collectTermIds(text, 0, out);
    expect(Array.from(out.toArray(), (term) => dictionary.getTerm(term))).toEqual(extractTerms(text, 'en'));
    expect(extractTerms(text, 'en')).toEqual(['𐐼𐐯𐑅𐐨𐑉𐐯𐐻', 'alphabet', '𠀋𠀋', '𝔸lpha', 'x𝔸y']);
  });
});

describe('TermCountList', () => {
  it('gives back every term and count, counts of 255 and over exactly', () => {
    const list = new TermCountList(2);
    const pairs: [number, number][] = [
      [0, 1],
      [TermCountList.maxTerms - 1, 3],
      [42, 254],
      [43, 255],
      [44, 256],
      [7, 100_000],
    ];
    pairs.forEach(([term, count], index) => {
      list.grow(index + 1);
      list.set(index, term, count);
      list.length = index + 1;
    });
    expect(pairs.map((_, index) => [list.termAt(index), list.countAt(index)])).toEqual(pairs);
  });
});
