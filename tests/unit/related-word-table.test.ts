import { describe, expect, it } from 'vitest';
import { IntList } from '../../src/lib/related/buffers';
import { TermDictionary } from '../../src/lib/related/text-analysis';
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
});
