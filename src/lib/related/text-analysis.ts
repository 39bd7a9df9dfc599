import { stemmer as stemSpanish } from '@orama/stemmers/spanish';
import { stopwords as englishStopwords } from '@orama/stopwords/english';
import { stopwords as spanishStopwords } from '@orama/stopwords/spanish';
// Porter's English stemmer. `@orama/stemmers/english` cuts "election" to "elec" but
// "elected" to "elect", so the two never met.
import { stemmer as stemEnglish } from 'stemmer';
import { IntList } from './buffers';
import { WordTable } from './word-table';

interface Language {
  stem(word: string): string;
  stopwords: ReadonlySet<string>;
  /** English possessives ("Macron’s") should meet the bare name. */
  stripsPossessive: boolean;
}

const LANGUAGES: readonly Language[] = [
  { stem: stemEnglish, stopwords: new Set(englishStopwords), stripsPossessive: true },
  { stem: stemSpanish, stopwords: new Set(spanishStopwords), stripsPossessive: false },
];

/** Index into the analysers: 1 (Spanish) for `es`, `es-PE`…, 0 (English) for everything else. */
export function getLanguageIndex(lang: string): number {
  return /^es(?:-|_|$)/i.test(lang.trim()) ? 1 : 0;
}

// A word is a run of letters, marks and digits in any script, with inner apostrophes
// kept so "don't" can meet the stop-word list and "Macron’s" can lose its "’s".
const WORD_CHARACTER = /^[\p{L}\p{M}\p{N}]$/u;
const HAS_LETTER = /\p{L}/u;
const MARKS = /\p{M}/gu;
const ASCII = /^[\x00-\x7f]*$/;

// Per UTF-16 unit of the Basic Multilingual Plane, worked out once from the Unicode
// tables: whether it can be part of a word, and its lower case where that is a single
// unit (nearly always), so the dictionary can look words up case-folded in place.
const WORD_UNITS = new Uint8Array(0x10000);
const LOWER_UNITS = new Uint16Array(0x10000);
for (let unit = 0; unit < 0x10000; unit++) {
  LOWER_UNITS[unit] = unit;
  if (unit >= 0xd800 && unit <= 0xdfff) continue;
  const character = String.fromCharCode(unit);
  if (WORD_CHARACTER.test(character)) WORD_UNITS[unit] = 1;
  const lower = character.toLowerCase();
  if (lower.length === 1) LOWER_UNITS[unit] = lower.charCodeAt(0);
}

/** The identity fold, for tables of strings that are already folded (stems). */
const SAME_UNITS = new Uint16Array(0x10000);
for (let unit = 0; unit < 0x10000; unit++) SAME_UNITS[unit] = unit;

function isWordUnit(text: string, index: number): boolean {
  const unit = text.charCodeAt(index);
  if (unit < 0xd800 || unit > 0xdbff) return WORD_UNITS[unit] === 1;
  // A surrogate pair: letters outside the BMP (rare scripts) go through the regex.
  const point = text.codePointAt(index)!;
  return point > 0xffff && WORD_CHARACTER.test(String.fromCodePoint(point));
}

function skipWordUnits(text: string, index: number): number {
  while (index < text.length && isWordUnit(text, index)) index += text.codePointAt(index)! > 0xffff ? 2 : 1;
  return index;
}

/** Where the word starting at `start` ends; inner apostrophes join ("don't", "Macron’s"). */
function findWordEnd(text: string, start: number): number {
  let end = skipWordUnits(text, start);
  while (
    end + 1 < text.length &&
    (text.charCodeAt(end) === 0x27 || text.charCodeAt(end) === 0x2019) &&
    isWordUnit(text, end + 1)
  ) {
    end = skipWordUnits(text, end + 1);
  }
  return end;
}

/** Strips accents and other combining marks ("pensión" → "pension", "año" → "ano"). */
export function foldDiacritics(text: string): string {
  return text.normalize('NFD').replace(MARKS, '').normalize('NFC');
}

interface PreparedWord {
  /** Lower-cased, possessive and apostrophes dropped: what stop words and the stemmer see. */
  key: string;
  /** The word as a reader would see it, for reasons ("Macron’s" → "Macron"). */
  surface: string;
}

function prepareWord(word: string, language: Language): PreparedWord {
  // NFC so that a decomposed "é" meets a composed one; ASCII needs no normalising.
  let surface = ASCII.test(word) ? word : word.normalize('NFC').replaceAll('’', "'");
  const lower = surface.toLowerCase();
  if (!surface.includes("'")) return { key: lower, surface };
  // Contractions are in the stop-word lists with their apostrophe ("don't").
  if (language.stopwords.has(lower)) return { key: lower, surface };
  if (language.stripsPossessive && lower.endsWith("'s")) surface = surface.slice(0, -2);
  surface = surface.replaceAll("'", '');
  return { key: surface.toLowerCase(), surface };
}

/** The folded stem of a prepared word, or undefined for stop words, numbers and single letters. */
function analyzePreparedWord(key: string, language: Language): string | undefined {
  if (language.stopwords.has(key) || key.length < 2 || (key.length === 2 && key.codePointAt(0)! > 0xffff))
    return undefined;
  // Pure numbers (years, counts) link unrelated stories far more often than related ones.
  if (!HAS_LETTER.test(key)) return undefined;
  // Stem first, fold after: the Spanish stemmer relies on accents ("-ción").
  const stem = language.stem(key);
  return ASCII.test(stem) ? stem : foldDiacritics(stem);
}

/** The terms the engine compares for a text, in order: stop words dropped, stemmed, accents folded. */
export function extractTerms(text: string, lang: string): string[] {
  const language = LANGUAGES[getLanguageIndex(lang)]!;
  const terms: string[] = [];
  let i = 0;
  while (i < text.length) {
    if (!isWordUnit(text, i)) {
      i++;
      continue;
    }
    const end = findWordEnd(text, i);
    const term = analyzePreparedWord(prepareWord(text.slice(i, end), language).key, language);
    if (term !== undefined) terms.push(term);
    i = end;
  }
  return terms;
}

/**
 * Interns the terms of a whole corpus to small integers. Each distinct word is
 * analysed once per language and afterwards found in place by a hash probe,
 * which is what makes tens of millions of words affordable.
 */
export class TermDictionary {
  /**
   * Per language: each word, case-folded, with its term id (-1: not a term), how
   * often it was seen and how often capitalised.
   */
  private readonly tables: WordTable[];
  /** Per language, per word: its first spelling, for readers ("Macron’s" → "Macron"). */
  private readonly surfaces: string[][] = LANGUAGES.map(() => []);
  /** Stems to term ids; a word table rather than a Map, which hashed each fresh stem string slowly. */
  private readonly termIds: WordTable;
  private readonly terms: string[] = [];
  /** By term id; a Map, since an array written at scattered ids turns into a slow dictionary. */
  private readonly displayWords = new Map<number, string>();
  private wordsByTerm: { offsets: Int32Array; words: Int32Array } | undefined;

  /** `expectedWords`: a generous guess at the distinct words of one language, to size the tables. */
  constructor(expectedWords?: number) {
    this.tables = LANGUAGES.map(() => new WordTable(LOWER_UNITS, expectedWords));
    // Fewer stems than words: the same guess is ample, and spares copying the records as they grow.
    this.termIds = new WordTable(SAME_UNITS, expectedWords);
  }

  /** How many distinct terms have been seen. */
  get size(): number {
    return this.terms.length;
  }

  /** Appends the term id of every term of `text` to `out`. */
  collectTermIds(text: string, languageIndex: number, out: IntList): void {
    const table = this.tables[languageIndex]!;
    const length = text.length;
    // A word takes at least two units with its separator: room for all of them up front,
    // so the loop writes straight into the buffer.
    out.grow(out.length + (length >> 1) + 1);
    const found = out.data;
    let foundLength = out.length;
    // One pass finds each word and hashes it; this loop sees every character of the site.
    let i = 0;
    while (i < length) {
      let unit = text.charCodeAt(i);
      // Separators are most of what is not a word; only a surrogate needs a closer look.
      if (WORD_UNITS[unit] !== 1 && (unit < 0xd800 || unit > 0xdbff || !isWordUnit(text, i))) {
        i++;
        continue;
      }
      const start = i;
      const capitalised = LOWER_UNITS[unit] !== unit;
      let hash = WordTable.seed;
      if (unit >= 0xd800 && unit <= 0xdbff) {
        // The word starts with a letter outside the BMP: its first half here, its second in the loop.
        hash = Math.imul(hash ^ unit, WordTable.prime);
        i++;
        unit = text.charCodeAt(i);
      }
      for (;;) {
        hash = Math.imul(hash ^ LOWER_UNITS[unit]!, WordTable.prime);
        i++;
        if (i >= length) break;
        unit = text.charCodeAt(i);
        if (WORD_UNITS[unit] === 1) continue;
        if (unit >= 0xd800 && unit <= 0xdbff) {
          if (!isWordUnit(text, i)) break;
          // Both halves of a surrogate pair go into the hash.
          hash = Math.imul(hash ^ unit, WordTable.prime);
          i++;
          unit = text.charCodeAt(i);
          continue;
        }
        // Inner apostrophes join: "don't", "Macron’s".
        if ((unit === 0x27 || unit === 0x2019) && i + 1 < length && isWordUnit(text, i + 1)) continue;
        break;
      }
      let ref = table.find(text, start, i, hash);
      if (ref < 0) ref = this.addWord(text, start, i, hash, languageIndex);
      const records = table.records;
      records[ref + WordTable.COUNT]!++;
      if (capitalised) records[ref + WordTable.EXTRA]!++;
      const term = records[ref + WordTable.VALUE]!;
      if (term >= 0) found[foundLength++] = term;
    }
    out.length = foundLength;
  }

  /** The stem behind a term id. */
  getTerm(termId: number): string {
    return this.terms[termId]!;
  }

  /**
   * The commonest spelling of a term in the corpus ("pensions" rather than "pension",
   * "Macron" rather than "macron"), so reasons show words and not stems.
   */
  getDisplayWord(termId: number): string {
    const cached = this.displayWords.get(termId);
    if (cached !== undefined) return cached;
    const index = (this.wordsByTerm ??= this.indexWordsByTerm());
    // Several words can share a term ("pension", "pensions", "Pension’s"): group them
    // by their reader's spelling and take the commonest, capitalised if it mostly is.
    const groups = new Map<string, { count: number; capitalised: number; first: string }>();
    for (let i = index.offsets[termId]!; i < index.offsets[termId + 1]!; i++) {
      const language = index.words[i]! & 1;
      const word = index.words[i]! >>> 1;
      const table = this.tables[language]!;
      const ref = table.getRef(word);
      const records = table.records;
      const surface = this.surfaces[language]![word]!;
      const key = surface.toLowerCase();
      const group = groups.get(key) ?? { count: 0, capitalised: 0, first: surface };
      group.count += records[ref + WordTable.COUNT]!;
      group.capitalised += records[ref + WordTable.EXTRA]!;
      groups.set(key, group);
    }
    let best: [string, { count: number; capitalised: number; first: string }] | undefined;
    for (const entry of groups) {
      // Highest count wins; ties go to code-point order, so the choice is fixed.
      if (!best || entry[1].count > best[1].count || (entry[1].count === best[1].count && entry[0] < best[0]))
        best = entry;
    }
    let display = this.getTerm(termId);
    if (best) {
      const [key, group] = best;
      // Keep the first capitalised spelling when there is one ("NATO"), else capitalise.
      const capitalised = group.first !== key ? group.first : key.charAt(0).toUpperCase() + key.slice(1);
      display = group.capitalised * 2 > group.count ? capitalised : key;
    }
    this.displayWords.set(termId, display);
    return display;
  }

  private addWord(text: string, start: number, end: number, hash: number, languageIndex: number): number {
    const table = this.tables[languageIndex]!;
    const ref = table.add(text, start, end, hash);
    const language = LANGUAGES[languageIndex]!;
    const { key, surface } = prepareWord(text.slice(start, end), language);
    const term = analyzePreparedWord(key, language);
    table.records[ref + WordTable.VALUE] = term === undefined ? -1 : this.internTerm(term);
    // Ids follow insertion order, so the surfaces array lines up with them.
    this.surfaces[languageIndex]!.push(surface);
    this.wordsByTerm = undefined;
    return ref;
  }

  private internTerm(term: string): number {
    let hash = WordTable.seed;
    for (let i = 0; i < term.length; i++) hash = Math.imul(hash ^ term.charCodeAt(i), WordTable.prime);
    const ref = this.termIds.find(term, 0, term.length, hash);
    if (ref >= 0) return this.termIds.records[ref + WordTable.VALUE]!;
    const termId = this.terms.length;
    this.terms.push(term);
    // `add` may move the records: take the ref before reading them.
    const added = this.termIds.add(term, 0, term.length, hash);
    this.termIds.records[added + WordTable.VALUE] = termId;
    return termId;
  }

  /** Per term, its words as (word << 1 | language), in a fixed order. */
  private indexWordsByTerm(): { offsets: Int32Array; words: Int32Array } {
    const offsets = new Int32Array(this.terms.length + 1);
    this.tables.forEach((table) =>
      table.forEach((_, term) => {
        if (term >= 0) offsets[term + 1]!++;
      }),
    );
    for (let t = 0; t < this.terms.length; t++) offsets[t + 1]! += offsets[t]!;
    const fill = offsets.slice(0, this.terms.length);
    const words = new Int32Array(offsets[this.terms.length]!);
    this.tables.forEach((table, language) =>
      table.forEach((word, term) => {
        if (term >= 0) words[fill[term]!++] = (word << 1) | language;
      }),
    );
    return { offsets, words };
  }
}
