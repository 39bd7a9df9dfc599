import { ReusedList, TopPairs } from './buffers';
import { buildFeatureIndex, type FeatureIndex } from './features';
import { getRecencyFactor } from './rarity';
import { buildSignatures, buildTermPostings, type Signatures, type TermPostings } from './signatures';
import type { RelatedArticleInput, RelatedNeighbour, RelatedOptions, RelatedReason } from './types';
import { RELATED_LIMITS, RELATED_WEIGHTS } from './weights';

const DAY_MS = 86_400_000;
/** Text terms named in a reason. */
const REASON_TERMS = 3;

/** Everything the neighbour search reads, built once per call. */
interface Corpus {
  published: readonly RelatedArticleInput[];
  /** Publication time in days, per article id. */
  days: Float64Array;
  /** Position of each article in date order (ties by id). */
  dateRank: Int32Array;
  signatures: Signatures;
  postings: TermPostings;
  topics: FeatureIndex;
  regions: FeatureIndex;
  /** Per kind, the reason for sharing just this one topic or region, by its label (see `describeSharedLabels`). */
  oneLabelReasons: Record<'topics' | 'regions', Map<string, RelatedReason>>;
}

/**
 * Finds, for every published article, up to `k` related articles: editors' pins
 * first in their order, then the best-scoring neighbours by shared topics,
 * regions and text, nearer in time ranking higher. Drafts get no entry and are
 * never neighbours; the result is the same whatever the input order.
 */
export function computeRelatedArticles(
  articles: readonly RelatedArticleInput[],
  options: RelatedOptions = {},
): Map<string, RelatedNeighbour[]> {
  const k = options.k ?? 5;
  if (!Number.isInteger(k) || k < 0)
    throw new RangeError(`computeRelatedArticles: k must be a whole number ≥ 0, got ${k}`);

  // Ids follow slug order, so every later tie-break and float sum is independent of the input order.
  const published = articles.filter((article) => article.draft !== true).sort((a, b) => compareStrings(a.slug, b.slug));
  const count = published.length;
  const idBySlug = new Map<string, number>();
  published.forEach((article, id) => {
    if (idBySlug.has(article.slug))
      throw new Error(`computeRelatedArticles: two articles have the slug "${article.slug}"`);
    idBySlug.set(article.slug, id);
  });

  const days = new Float64Array(count);
  for (let id = 0; id < count; id++) days[id] = published[id]!.date.getTime() / DAY_MS;
  const byDate = Int32Array.from(published.keys()).sort((a, b) => days[a]! - days[b]! || a - b);
  const dateRank = new Int32Array(count);
  byDate.forEach((id, rank) => (dateRank[id] = rank));
  const signatures = buildSignatures(published);
  const corpus: Corpus = {
    published,
    days,
    dateRank,
    signatures,
    postings: buildTermPostings(signatures, count),
    topics: buildFeatureIndex(
      published.map((article) => article.topics),
      byDate,
    ),
    regions: buildFeatureIndex(
      published.map((article) => article.regions),
      byDate,
    ),
    oneLabelReasons: { topics: new Map(), regions: new Map() },
  };

  // Newer first, then slug ascending (ids are in slug order).
  const prefer = (a: number, b: number): boolean => days[a]! > days[b]! || (days[a] === days[b] && a < b);
  const search = createCandidateSearch(
    corpus,
    Math.max(RELATED_LIMITS.minCandidates, k * RELATED_LIMITS.candidatesPerNeighbour),
    prefer,
  );

  const scorer = createPairScorer(corpus);
  const bestByExactScore = new TopPairs(k, prefer);
  const order = new Int32Array(k);
  // Filled for one article at a time, then copied to the result (see `ReusedList`).
  const chosen = new ReusedList<RelatedNeighbour>();
  const fillNeighbours = (a: number): void => {
    chosen.clear();
    if (k === 0) return;

    const pinned: number[] = [];
    for (const slug of published[a]!.related) {
      const b = idBySlug.get(slug);
      // Unknown, draft and self pins are skipped here; the loader reports them to the editor.
      if (b === undefined || b === a || pinned.includes(b) || pinned.length >= k) continue;
      pinned.push(b);
      chosen.push(describeNeighbour(a, b, corpus, true));
    }
    if (chosen.size >= k) return;

    const candidates = search(a, pinned);
    const best = bestByExactScore;
    best.clear();
    scorer.setArticle(a);
    for (let i = 0; i < candidates.size; i++) {
      const b = candidates.ids[i]!;
      const score = scorer.score(b);
      if (score >= RELATED_WEIGHTS.minimumScore) best.offer(score, b);
    }
    scorer.clear();
    // Best first: an insertion sort of the few kept pairs, in a reused array.
    for (let i = 0; i < best.size; i++) {
      let at = i;
      for (; at > 0; at--) {
        const j = order[at - 1]!;
        const before =
          best.scores[i]! > best.scores[j]! ||
          (best.scores[i] === best.scores[j] && prefer(best.ids[i]!, best.ids[j]!));
        if (!before) break;
        order[at] = j;
      }
      order[at] = i;
    }
    const wanted = Math.min(best.size, k - chosen.size);
    for (let n = 0; n < wanted; n++) chosen.push(describeNeighbour(a, best.ids[order[n]!]!, corpus, false));
  };

  const result = new Map<string, RelatedNeighbour[]>();
  for (let a = 0; a < count; a++) {
    fillNeighbours(a);
    result.set(published[a]!.slug, chosen.toArray());
  }
  return result;
}

/**
 * Returns a function giving an article's candidates: everyone reached through its
 * signature terms, topics and regions (capped posting lists), kept by an
 * approximate score. The exact score is computed afterwards for these only.
 */
function createCandidateSearch(
  corpus: Corpus,
  capacity: number,
  prefer: (a: number, b: number) => boolean,
): (a: number, pinned: readonly number[]) => TopPairs {
  const count = corpus.published.length;
  const { signatures, postings, days } = corpus;
  const accumulated = new Float64Array(count);
  const seenBy = new Int32Array(count).fill(-1);
  const touched = new Int32Array(count);
  const candidates = new TopPairs(capacity, prefer);
  const recencyTable = buildRecencyTable();
  const lastDay = recencyTable.length - 1;

  return (a, pinned) => {
    let touchedCount = 0;
    // `a` and its pins are never candidates: marked as already seen, they never reach
    // `touched` (what is added to their `accumulated` is never read).
    seenBy[a] = a;
    for (const b of pinned) seenBy[b] = a;
    // The text signal: for each strong term of `a`, the articles where that term weighs most.
    for (let s = signatures.offsets[a]!; s < signatures.offsets[a + 1]!; s++) {
      const term = signatures.terms[s]!;
      const weight = RELATED_WEIGHTS.text * signatures.weights[s]!;
      const end = postings.offsets[term + 1]!;
      for (let p = postings.offsets[term]!; p < end; p++) {
        const b = postings.articles[p]!;
        if (seenBy[b] !== a) {
          seenBy[b] = a;
          accumulated[b] = 0;
          touched[touchedCount++] = b;
        }
        accumulated[b] = accumulated[b]! + weight * postings.weights[p]!;
      }
    }
    touchedCount = visitNearestInTime(
      a,
      corpus.topics,
      RELATED_WEIGHTS.topics,
      RELATED_LIMITS.topicPostings,
      corpus.dateRank,
      accumulated,
      seenBy,
      touched,
      touchedCount,
    );
    touchedCount = visitNearestInTime(
      a,
      corpus.regions,
      RELATED_WEIGHTS.regions,
      RELATED_LIMITS.regionPostings,
      corpus.dateRank,
      accumulated,
      seenBy,
      touched,
      touchedCount,
    );

    candidates.clear();
    const dayA = days[a]!;
    for (let i = 0; i < touchedCount; i++) {
      const b = touched[i]!;
      const apart = Math.min(lastDay, Math.floor(Math.abs(dayA - days[b]!)));
      const score = accumulated[b]! * recencyTable[apart]!;
      // Once full, the list only takes what beats its weakest: most articles stop here, without a call.
      if (candidates.size === capacity && score < candidates.scores[0]!) continue;
      candidates.offer(score, b);
    }
    return candidates;
  };
}

/** Adds `a`'s fellow holders of each of its features, only the nearest in time when the list is long. */
function visitNearestInTime(
  a: number,
  index: FeatureIndex,
  weight: number,
  cap: number,
  dateRank: Int32Array,
  accumulated: Float64Array,
  seenBy: Int32Array,
  touched: Int32Array,
  touchedCount: number,
): number {
  for (let i = index.offsets[a]!; i < index.offsets[a + 1]!; i++) {
    const feature = index.ids[i]!;
    const amount = weight * index.rarity[feature]!;
    const start = index.postingOffsets[feature]!;
    const end = index.postingOffsets[feature + 1]!;
    let from = start;
    let to = end;
    if (end - start > cap + 1) {
      // The list is in date order: find `a` in it and take the window around it.
      let lo = start;
      let hi = end - 1;
      const rank = dateRank[a]!;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (dateRank[index.postings[mid]!]! < rank) lo = mid + 1;
        else hi = mid;
      }
      from = Math.max(start, Math.min(lo - (cap >> 1), end - cap - 1));
      to = from + cap + 1;
    }
    for (let p = from; p < to; p++) {
      const b = index.postings[p]!;
      if (seenBy[b] !== a) {
        seenBy[b] = a;
        accumulated[b] = 0;
        touched[touchedCount++] = b;
      }
      accumulated[b] = accumulated[b]! + amount;
    }
  }
  return touchedCount;
}

/**
 * Exact scores of one article against many: its signature is spread into a
 * dense array once, so each candidate costs 32 lookups instead of a merge.
 * Gives the same total as `scorePair`.
 */
function createPairScorer(corpus: Corpus): { setArticle(a: number): void; score(b: number): number; clear(): void } {
  const { offsets, terms, weights } = corpus.signatures;
  const dense = new Float64Array(corpus.signatures.dictionary.size);
  let current = -1;
  return {
    setArticle(a) {
      current = a;
      for (let s = offsets[a]!; s < offsets[a + 1]!; s++) dense[terms[s]!] = weights[s]!;
    },
    score(b) {
      const a = current;
      let dot = 0;
      for (let s = offsets[b]!; s < offsets[b + 1]!; s++) dot += dense[terms[s]!]! * weights[s]!;
      const shared =
        RELATED_WEIGHTS.topics * sumSharedRarity(a, b, corpus.topics) +
        RELATED_WEIGHTS.regions * sumSharedRarity(a, b, corpus.regions);
      const recency = getRecencyFactor(
        corpus.days[a]! - corpus.days[b]!,
        RELATED_WEIGHTS.recencyHalfLifeDays,
        RELATED_WEIGHTS.recencyFloor,
      );
      return (shared + RELATED_WEIGHTS.text * dot) * recency;
    },
    clear() {
      for (let s = offsets[current]!; s < offsets[current + 1]!; s++) dense[terms[s]!] = 0;
    },
  };
}

/** The exact score of a pair and its parts (each part before the recency factor). */
function scorePair(
  a: number,
  b: number,
  corpus: Corpus,
): { topics: number; regions: number; text: number; total: number } {
  const topics = RELATED_WEIGHTS.topics * sumSharedRarity(a, b, corpus.topics);
  const regions = RELATED_WEIGHTS.regions * sumSharedRarity(a, b, corpus.regions);
  const text = RELATED_WEIGHTS.text * dotSignatures(a, b, corpus.signatures);
  const recency = getRecencyFactor(
    corpus.days[a]! - corpus.days[b]!,
    RELATED_WEIGHTS.recencyHalfLifeDays,
    RELATED_WEIGHTS.recencyFloor,
  );
  return { topics, regions, text, total: (topics + regions + text) * recency };
}

function sumSharedRarity(a: number, b: number, index: FeatureIndex): number {
  const { offsets, ids, rarity } = index;
  let sum = 0;
  let i = offsets[a]!;
  let j = offsets[b]!;
  const endI = offsets[a + 1]!;
  const endJ = offsets[b + 1]!;
  while (i < endI && j < endJ) {
    const x = ids[i]!;
    const y = ids[j]!;
    if (x === y) {
      sum += rarity[x]!;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return sum;
}

function dotSignatures(a: number, b: number, signatures: Signatures): number {
  const { offsets, terms, weights } = signatures;
  let sum = 0;
  let i = offsets[a]!;
  let j = offsets[b]!;
  const endI = offsets[a + 1]!;
  const endJ = offsets[b + 1]!;
  while (i < endI && j < endJ) {
    const x = terms[i]!;
    const y = terms[j]!;
    if (x === y) {
      sum += weights[i]! * weights[j]!;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return sum;
}

/** The neighbour entry for `b` on `a`'s list: its score and reasons, strongest signal first. */
function describeNeighbour(a: number, b: number, corpus: Corpus, pinned: boolean): RelatedNeighbour {
  const score = scorePair(a, b, corpus);
  // Strongest first, and on a tie topics before regions before text: what a stable sort
  // of the three gives, written out (this runs for every listed neighbour).
  const { topics, regions, text } = score;
  const order: RelatedReason['kind'][] =
    text > topics
      ? text > regions
        ? regions > topics
          ? ['text', 'regions', 'topics']
          : ['text', 'topics', 'regions']
        : ['regions', 'text', 'topics']
      : regions > topics
        ? ['regions', 'topics', 'text']
        : regions >= text
          ? ['topics', 'regions', 'text']
          : ['topics', 'text', 'regions'];
  const reasons = reasonBuffer;
  reasons.clear();
  if (pinned) reasons.push(PINNED);
  for (const kind of order) {
    if (kind === 'topics' && topics > 0) reasons.push(describeSharedLabels(kind, a, b, corpus));
    else if (kind === 'regions' && regions > 0) reasons.push(describeSharedLabels(kind, a, b, corpus));
    else if (kind === 'text' && text > 0) reasons.push({ kind, terms: listSharedWords(a, b, corpus.signatures) });
  }
  return { slug: corpus.published[b]!.slug, score: score.total, reasons: reasons.toArray() };
}

const reasonBuffer = new ReusedList<RelatedReason>();
/** Like the one-label reasons below, one frozen reason serves every pin. */
const PINNED: RelatedReason = Object.freeze({ kind: 'pinned' });

/**
 * The reason naming the topics or regions `a` shares with `b`. Most pairs share just
 * one, and a site has only so many: the reason for each single label is made once and
 * shared, frozen, by every pair that has it, rather than copied onto tens of thousands
 * of neighbours (a quarter of the lists' memory; see `ReusedList` for why memory counts).
 */
function describeSharedLabels(kind: 'topics' | 'regions', a: number, b: number, corpus: Corpus): RelatedReason {
  const count = collectSharedLabels(a, b, corpus[kind]);
  // A copy at its length (see `ReusedList`).
  if (count !== 1) return labelReason(kind, sharedLabels.slice(0, count));
  const label = sharedLabels[0]!;
  const reasons = corpus.oneLabelReasons[kind];
  let reason = reasons.get(label);
  if (reason === undefined) {
    reason = Object.freeze(labelReason(kind, Object.freeze([label])));
    reasons.set(label, reason);
  }
  return reason;
}

function labelReason(kind: 'topics' | 'regions', labels: readonly string[]): RelatedReason {
  return kind === 'topics' ? { kind, topics: labels } : { kind, regions: labels };
}

/** Puts `a`'s spelling of the features it shares with `b` in `sharedLabels`, rarest first; returns how many. */
function collectSharedLabels(a: number, b: number, index: FeatureIndex): number {
  const { offsets, ids, labels, rarity } = index;
  // Both lists are short and ascending: a merge, then an insertion sort, in reused arrays.
  let count = 0;
  let j = offsets[b]!;
  const endJ = offsets[b + 1]!;
  for (let i = offsets[a]!; i < offsets[a + 1]!; i++) {
    const id = ids[i]!;
    while (j < endJ && ids[j]! < id) j++;
    if (j === endJ || ids[j] !== id) continue;
    const label = labels[i]!;
    const labelRarity = rarity[id]!;
    let at = count++;
    while (
      at > 0 &&
      (sharedRarity[at - 1]! < labelRarity || (sharedRarity[at - 1] === labelRarity && sharedLabels[at - 1]! > label))
    ) {
      sharedLabels[at] = sharedLabels[at - 1]!;
      sharedRarity[at] = sharedRarity[at - 1]!;
      at--;
    }
    sharedLabels[at] = label;
    sharedRarity[at] = labelRarity;
  }
  return count;
}

// Filled by `collectSharedLabels`.
const sharedLabels: string[] = [];
const sharedRarity: number[] = [];

// Scratch for `listSharedWords`: two articles share at most a signature's worth of terms.
const sharedTerms = new Int32Array(RELATED_LIMITS.signatureTerms);
const sharedProducts = new Float64Array(RELATED_LIMITS.signatureTerms);
const sharedWords = new ReusedList<string>();

/** Readable words for the shared terms that add most to the text similarity. */
function listSharedWords(a: number, b: number, signatures: Signatures): string[] {
  const { offsets, terms, weights, dictionary } = signatures;
  let count = 0;
  let j = offsets[b]!;
  const endJ = offsets[b + 1]!;
  for (let i = offsets[a]!; i < offsets[a + 1]!; i++) {
    while (j < endJ && terms[j]! < terms[i]!) j++;
    if (j < endJ && terms[j] === terms[i]) {
      sharedTerms[count] = terms[i]!;
      sharedProducts[count++] = weights[i]! * weights[j]!;
    }
  }
  // Only the first few are needed, so pick the strongest left rather than sort them all.
  // Ties go to the lower term id, itself fixed by slug order.
  const words = sharedWords;
  words.clear();
  while (count > 0 && words.size < REASON_TERMS) {
    let best = 0;
    for (let i = 1; i < count; i++) {
      if (
        sharedProducts[i]! > sharedProducts[best]! ||
        (sharedProducts[i] === sharedProducts[best] && sharedTerms[i]! < sharedTerms[best]!)
      )
        best = i;
    }
    const word = dictionary.getDisplayWord(sharedTerms[best]!);
    if (!words.includes(word)) words.push(word);
    count--;
    sharedTerms[best] = sharedTerms[count]!;
    sharedProducts[best] = sharedProducts[count]!;
  }
  return words.toArray();
}

/** The recency factor by whole days apart, so the candidate pass needs no `Math.pow`. */
function buildRecencyTable(): Float64Array {
  const { recencyHalfLifeDays, recencyFloor } = RELATED_WEIGHTS;
  // Past twelve half-lives the factor is the floor to within 0.02 %.
  const table = new Float64Array(Math.ceil(recencyHalfLifeDays * 12) + 1);
  for (let d = 0; d < table.length; d++) table[d] = getRecencyFactor(d, recencyHalfLifeDays, recencyFloor);
  return table;
}

// Code-unit order, not locale order: the same on every machine.
function compareStrings(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}
