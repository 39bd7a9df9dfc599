/**
 * An open-addressing hash table from a span of a text to a record of integers.
 * It looks words up where they stand in the text, so a word seen before costs
 * no string allocation. With a hundred thousand distinct words, cache and TLB
 * misses are what cost, so the layout is chosen for them: a compact slot array
 * (hash, id) to probe, then one 64-byte record per word, in insertion order,
 * holding the caller's value and counters and, for words of up to 24 UTF-16 units
 * (nearly all of them), the word itself. Common words arrive first, so their
 * records sit together at the front.
 */
export class WordTable {
  /** FNV-1a over UTF-16 units: callers hash while they scan, starting from `seed`… */
  static readonly seed = 0x811c9dc5 | 0;
  /** …and mixing in each unit as `Math.imul(hash ^ unit, prime)`. */
  static readonly prime = 0x01000193;
  /** `records[ref + VALUE]` is the caller's value for a word… */
  static readonly VALUE = 0;
  /** …`records[ref + COUNT]` its counter… */
  static readonly COUNT = 1;
  /** …and `records[ref + EXTRA]` a second counter. */
  static readonly EXTRA = 2;

  /** The records; a word's `ref` (from `find` or `add`) is `id * 16`. Read, do not keep: `add` may move them. */
  records: Int32Array;
  /** How many distinct words are stored; ids run from 0 to size - 1 in insertion order. */
  size = 0;

  private units: Uint16Array;
  /** Pairs of (hash, id + 1); 0 marks a free slot. */
  private slots = new Int32Array(2 << 13);
  private mask = (1 << 13) - 1;
  /** Words too long to sit in their record. */
  private longWords: string[] = [];

  /**
   * `fold` maps each UTF-16 unit to the unit stored and compared (the engine: its
   * lower case), so "Pension" and "pension" are one entry. Callers hash folded units.
   */
  constructor(
    private readonly fold: Uint16Array,
    /**
     * Room for this many words before the records move to a larger array. A typed
     * array's pages are only mapped when first written, and on a virtual machine a
     * fresh page costs about as much as copying it several times over, so a generous
     * guess costs address space rather than memory, and spares growing step by step
     * (each step a copy onto fresh pages).
     */
    expectedWords = 1 << 12,
  ) {
    this.records = new Int32Array(RECORD * Math.max(1 << 12, expectedWords));
    this.units = new Uint16Array(this.records.buffer);
  }

  /** The record of `text[start, end)`, or -1 if it has not been added. */
  find(text: string, start: number, end: number, hash: number): number {
    const slots = this.slots;
    const mask = this.mask;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = slots[2 * slot + 1]!;
      if (entry === 0) return -1;
      if (slots[2 * slot] === hash) {
        const ref = (entry - 1) * RECORD;
        if (this.matches(ref, text, start, end)) return ref;
      }
    }
  }

  /** Stores `text[start, end)`, which must not be stored yet, with value 0 and count 0; returns its record. */
  add(text: string, start: number, end: number, hash: number): number {
    if ((this.size + 1) * 2 > this.mask + 1) this.rehash((this.mask + 1) * 2);
    const id = this.size++;
    const ref = id * RECORD;
    if (ref === this.records.length) {
      const records = new Int32Array(this.records.length * 2);
      records.set(this.records);
      this.records = records;
      this.units = new Uint16Array(records.buffer);
    }
    const length = end - start;
    this.records[ref + LENGTH] = length;
    if (length <= INLINE_UNITS) {
      const at = (ref + KEY) * 2;
      for (let i = 0; i < length; i++) this.units[at + i] = this.fold[text.charCodeAt(start + i)]!;
    } else {
      this.records[ref + KEY] = this.longWords.length;
      let word = '';
      for (let i = start; i < end; i++) word += String.fromCharCode(this.fold[text.charCodeAt(i)]!);
      this.longWords.push(word);
    }
    this.insert(hash, id);
    return ref;
  }

  /** The record of the word with id `id`. */
  getRef(id: number): number {
    return id * RECORD;
  }

  /** Calls `visit(id, value, count, extra)` for every stored word, in id order. */
  forEach(visit: (id: number, value: number, count: number, extra: number) => void): void {
    const records = this.records;
    for (let id = 0; id < this.size; id++) {
      const ref = id * RECORD;
      visit(id, records[ref + WordTable.VALUE]!, records[ref + WordTable.COUNT]!, records[ref + WordTable.EXTRA]!);
    }
  }

  private matches(ref: number, text: string, start: number, end: number): boolean {
    const length = end - start;
    if (this.records[ref + LENGTH] !== length) return false;
    const fold = this.fold;
    if (length > INLINE_UNITS) {
      const word = this.longWords[this.records[ref + KEY]!]!;
      for (let i = 0; i < length; i++) if (word.charCodeAt(i) !== fold[text.charCodeAt(start + i)]) return false;
      return true;
    }
    const units = this.units;
    let at = (ref + KEY) * 2;
    for (let i = start; i < end; i++) if (units[at++] !== fold[text.charCodeAt(i)]) return false;
    return true;
  }

  private insert(hash: number, id: number): void {
    let slot = hash & this.mask;
    while (this.slots[2 * slot + 1] !== 0) slot = (slot + 1) & this.mask;
    this.slots[2 * slot] = hash;
    this.slots[2 * slot + 1] = id + 1;
  }

  private rehash(capacity: number): void {
    const old = this.slots;
    this.slots = new Int32Array(capacity * 2);
    this.mask = capacity - 1;
    for (let i = 0; i < old.length; i += 2) if (old[i + 1] !== 0) this.insert(old[i]!, old[i + 1]! - 1);
  }
}

/** Ints per record (64 bytes): value, count, extra, key length, then the key. */
const RECORD = 16;
const LENGTH = 3;
const KEY = 4;
/** UTF-16 units that fit in a record after the header. */
const INLINE_UNITS = (RECORD - KEY) * 2;
