// Growable typed arrays and a bounded heap for the engine's hot loops: plain
// JS arrays of numbers would box and deopt once they reach millions of entries.

/** A growable list of 32-bit integers. */
export class IntList {
  data: Int32Array;
  length = 0;

  constructor(capacity = 1024) {
    this.data = new Int32Array(Math.max(16, capacity));
  }

  /** Makes room for at least `capacity` values, at least doubling the storage when it grows. */
  grow(capacity: number): void {
    if (capacity <= this.data.length) return;
    const next = new Int32Array(Math.max(capacity, this.data.length * 2));
    next.set(this.data.subarray(0, this.length));
    this.data = next;
  }

  /** The values as a right-sized copy. */
  toArray(): Int32Array {
    return this.data.slice(0, this.length);
  }
}

/** Bits of a packed (term id, count) entry that hold the count… */
const COUNT_BITS = 8;
/** …and the count that stands for "this or more: see `largeCounts`". */
const LARGE_COUNT = (1 << COUNT_BITS) - 1;

/**
 * A growable list of (term id, count) pairs, each packed into one 32-bit entry:
 * the term in the high 24 bits, the count in the low 8, counts of 255 and more kept
 * exactly on the side. Half the memory of two lists, which is what it is for: on a
 * virtual machine each fresh page of memory costs about 20 µs to map, more than all
 * the arithmetic done on what is written to it.
 */
export class TermCountList {
  /** How many distinct term ids an entry can tell apart. */
  static readonly maxTerms = 2 ** (32 - COUNT_BITS);
  data: Uint32Array;
  length = 0;
  private readonly largeCounts = new Map<number, number>();

  constructor(capacity = 1024) {
    this.data = new Uint32Array(Math.max(16, capacity));
  }

  /** Makes room for at least `capacity` entries. */
  grow(capacity: number): void {
    if (capacity <= this.data.length) return;
    const next = new Uint32Array(Math.max(capacity, this.data.length * 2));
    next.set(this.data.subarray(0, this.length));
    this.data = next;
  }

  /** Writes `term` (below `maxTerms`) and `count` (a whole number ≥ 1) at `index`, within the room `grow` made. */
  set(index: number, term: number, count: number): void {
    if (count >= LARGE_COUNT) this.largeCounts.set(index, count);
    this.data[index] = term * (LARGE_COUNT + 1) + Math.min(count, LARGE_COUNT);
  }

  /** The term id at `index`. */
  termAt(index: number): number {
    return this.data[index]! >>> COUNT_BITS;
  }

  /** The count at `index`. */
  countAt(index: number): number {
    const count = this.data[index]! & LARGE_COUNT;
    return count === LARGE_COUNT ? this.largeCounts.get(index)! : count;
  }
}

/** Returns an Int32Array at least `size` long, reusing `current` when it is big enough; new slots are `fill`. */
export function growInt32(current: Int32Array, size: number, fill = 0): Int32Array {
  if (size <= current.length) return current;
  const next = new Int32Array(Math.max(size, current.length * 2));
  next.set(current);
  if (fill !== 0) next.fill(fill, current.length);
  return next;
}

/**
 * Keeps the best `capacity` (score, id) pairs seen. "Best" is higher score, then
 * the `prefer` tie-break, so the kept set never depends on the order of offers.
 */
export class TopPairs {
  readonly scores: Float64Array;
  readonly ids: Int32Array;
  size = 0;

  constructor(
    readonly capacity: number,
    /** True when `a` should rank before `b` at equal score. */
    private readonly prefer: (a: number, b: number) => boolean,
  ) {
    this.scores = new Float64Array(capacity);
    this.ids = new Int32Array(capacity);
  }

  /** Empties the heap for reuse. */
  clear(): void {
    this.size = 0;
  }

  /** Offers a pair; it is kept if the heap has room or it beats the worst kept pair. */
  offer(score: number, id: number): void {
    if (this.size < this.capacity) {
      let i = this.size++;
      // Sift up: the root holds the worst kept pair.
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!this.isWorse(score, id, this.scores[parent]!, this.ids[parent]!)) break;
        this.scores[i] = this.scores[parent]!;
        this.ids[i] = this.ids[parent]!;
        i = parent;
      }
      this.scores[i] = score;
      this.ids[i] = id;
      return;
    }
    if (this.capacity === 0 || !this.isWorse(this.scores[0]!, this.ids[0]!, score, id)) return;
    let i = 0;
    const n = this.size;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= n) break;
      let child = left;
      const right = left + 1;
      if (right < n && this.isWorse(this.scores[right]!, this.ids[right]!, this.scores[left]!, this.ids[left]!))
        child = right;
      if (!this.isWorse(this.scores[child]!, this.ids[child]!, score, id)) break;
      this.scores[i] = this.scores[child]!;
      this.ids[i] = this.ids[child]!;
      i = child;
    }
    this.scores[i] = score;
    this.ids[i] = id;
  }

  private isWorse(scoreA: number, idA: number, scoreB: number, idB: number): boolean {
    if (scoreA !== scoreB) return scoreA < scoreB;
    return this.prefer(idB, idA);
  }
}

/**
 * A list emptied and refilled many times, whose storage is kept from one use to the
 * next (emptying a JS array through `length = 0` gives its storage back). `toArray`
 * copies it at its length: an array grown by `push` keeps room for at least 17
 * items, and the engine's lists and reasons for 10,000 articles, built that way,
 * took 37 MB of heap against 18 MB at their length (on a virtual machine each fresh
 * page costs, see `TermCountList`).
 */
export class ReusedList<T> {
  private readonly items: T[] = [];
  size = 0;

  clear(): void {
    this.size = 0;
  }

  push(item: T): void {
    this.items[this.size++] = item;
  }

  includes(item: T): boolean {
    for (let i = 0; i < this.size; i++) if (this.items[i] === item) return true;
    return false;
  }

  /** A copy of the items, with room for them only. */
  toArray(): T[] {
    return this.items.slice(0, this.size);
  }
}
