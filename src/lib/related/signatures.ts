import { IntList, TermCountList, TopPairs, growInt32 } from './buffers';
import { idf } from './rarity';
import { TermDictionary, getLanguageIndex } from './text-analysis';
import type { RelatedArticleInput } from './types';
import { RELATED_LIMITS, RELATED_WEIGHTS } from './weights';

/** Every article's text boiled down to its strongest terms, unit length. */
export interface Signatures {
  /** Per article, terms ascending: `terms[offsets[a]] … terms[offsets[a + 1] - 1]`. */
  offsets: Int32Array;
  terms: Int32Array;
  /** Single precision: ample for a weight, and half the memory. */
  weights: Float32Array;
  dictionary: TermDictionary;
}

/** Per term, the signatures it is in, heaviest first, capped. */
export interface TermPostings {
  offsets: Int32Array;
  articles: Int32Array;
  weights: Float32Array;
}

/**
 * 1 + ln f for the commoner frequencies (whole numbers, as the title and dek weights
 * are), so signatures rarely call `Math.log`. The same expression as the fallback, so
 * the weights are bit for bit the same.
 */
const SUBLINEAR_TF = Float64Array.from({ length: 1024 }, (_, f) => 1 + Math.log(f));

/** Reads every article once and keeps its strongest TF-IDF terms, title and dek weighted up. */
export function buildSignatures(published: readonly RelatedArticleInput[]): Signatures {
  const count = published.length;
  const termOffsets = new Int32Array(count + 1);
  // Distinct terms per article run at about one per dozen characters of text; sizing
  // for that up front spares copying tens of megabytes as the lists grow.
  let characters = 0;
  for (const article of published)
    characters += article.title.length + article.description.length + article.body.length;
  // Distinct words (every inflection and spelling) stay well under one per 300 characters
  // of news text; an overestimate only reserves address space (see `WordTable`).
  const dictionary = new TermDictionary(Math.min(1 << 21, Math.ceil(characters / 300)));
  const tokens = new IntList(1 << 14);
  let frequency: Int32Array = new Int32Array(1 << 16);
  let lastSeen: Int32Array = new Int32Array(1 << 16).fill(-1);
  let documentFrequency: Int32Array = new Int32Array(1 << 16);
  const allTerms = new TermCountList(Math.ceil(characters / 12));

  for (let id = 0; id < count; id++) {
    const article = published[id]!;
    const language = getLanguageIndex(article.lang);
    tokens.length = 0;
    dictionary.collectTermIds(article.title, language, tokens);
    const titleEnd = tokens.length;
    dictionary.collectTermIds(article.description, language, tokens);
    const descriptionEnd = tokens.length;
    dictionary.collectTermIds(article.body, language, tokens);
    const size = dictionary.size;
    if (size > TermCountList.maxTerms)
      throw new RangeError(
        `computeRelatedArticles: the articles hold more than ${TermCountList.maxTerms} distinct terms, more than the engine can index`,
      );
    if (size > frequency.length) {
      frequency = growInt32(frequency, size);
      lastSeen = growInt32(lastSeen, size, -1);
      documentFrequency = growInt32(documentFrequency, size);
    }
    const data = tokens.data;
    // The article's distinct terms are gathered at the front of `tokens`, in place:
    // there are never more of them than tokens already read.
    let distinct = 0;
    // Title, dek and body in turn, so the per-token loop has a fixed weight.
    for (let part = 0; part < 3; part++) {
      const from = part === 0 ? 0 : part === 1 ? titleEnd : descriptionEnd;
      const to = part === 0 ? titleEnd : part === 1 ? descriptionEnd : tokens.length;
      const weight =
        part === 0 ? RELATED_WEIGHTS.titleTermWeight : part === 1 ? RELATED_WEIGHTS.descriptionTermWeight : 1;
      for (let i = from; i < to; i++) {
        const term = data[i]!;
        if (lastSeen[term] !== id) {
          lastSeen[term] = id;
          frequency[term] = weight;
          data[distinct++] = term;
        } else {
          frequency[term] = frequency[term]! + weight;
        }
      }
    }
    const start = allTerms.length;
    allTerms.grow(start + distinct);
    for (let i = 0; i < distinct; i++) {
      const term = data[i]!;
      allTerms.set(start + i, term, frequency[term]!);
      documentFrequency[term]!++;
    }
    allTerms.length = start + distinct;
    termOffsets[id + 1] = allTerms.length;
  }

  const rarity = new Float64Array(dictionary.size);
  for (let term = 0; term < rarity.length; term++) rarity[term] = idf(documentFrequency[term]!, count);

  // Ties between equally strong terms go to the lower term id, itself fixed by slug order.
  const capacity = RELATED_LIMITS.signatureTerms;
  const strongest = new TopPairs(capacity, (x, y) => x < y);
  const offsets = new Int32Array(count + 1);
  // Room for full signatures, cut to length at the end: the pages past it are never written,
  // so they cost nothing (a fresh page does, see `TermCountList`).
  const terms = new Int32Array(count * capacity);
  const weights = new Float32Array(count * capacity);
  let length = 0;
  const keptTerms = new Int32Array(capacity);
  const keptScore = new Float64Array(dictionary.size);
  for (let id = 0; id < count; id++) {
    strongest.clear();
    const end = termOffsets[id + 1]!;
    for (let i = termOffsets[id]!; i < end; i++) {
      const term = allTerms.termAt(i);
      const f = allTerms.countAt(i);
      // Sublinear term frequency: the tenth "pension" adds less than the second.
      const score = (f < SUBLINEAR_TF.length ? SUBLINEAR_TF[f]! : 1 + Math.log(f)) * rarity[term]!;
      // Once the heap is full most terms cannot beat its weakest: skip the call for them.
      if (strongest.size === capacity && score < strongest.scores[0]!) continue;
      strongest.offer(score, term);
    }
    let norm = 0;
    for (let i = 0; i < strongest.size; i++) {
      norm += strongest.scores[i]! ** 2;
      keptTerms[i] = strongest.ids[i]!;
      keptScore[strongest.ids[i]!] = strongest.scores[i]!;
    }
    norm = Math.sqrt(norm) || 1;
    // Term ids are distinct, so a plain numeric sort puts the signature in term order.
    for (const term of keptTerms.subarray(0, strongest.size).sort()) {
      terms[length] = term;
      weights[length++] = keptScore[term]! / norm;
    }
    offsets[id + 1] = length;
  }
  return { offsets, terms: terms.subarray(0, length), weights: weights.subarray(0, length), dictionary };
}

/** Inverts the signatures: per term, the articles whose signature has it, heaviest first, capped. */
export function buildTermPostings(signatures: Signatures, count: number): TermPostings {
  const termCount = signatures.dictionary.size;
  const full = new Int32Array(termCount + 1);
  for (const term of signatures.terms) full[term + 1]!++;
  for (let t = 0; t < termCount; t++) full[t + 1]! += full[t]!;
  const fill = full.slice(0, termCount);
  const entries = new Int32Array(signatures.terms.length);
  for (let id = 0; id < count; id++) {
    for (let s = signatures.offsets[id]!; s < signatures.offsets[id + 1]!; s++)
      entries[fill[signatures.terms[s]!]!++] = s;
  }

  const cap = RELATED_LIMITS.termPostings;
  const offsets = new Int32Array(termCount + 1);
  for (let t = 0; t < termCount; t++) offsets[t + 1] = offsets[t]! + Math.min(cap, full[t + 1]! - full[t]!);
  const articles = new Int32Array(offsets[termCount]!);
  const weights = new Float32Array(offsets[termCount]!);
  const articleOf = new Int32Array(signatures.terms.length);
  for (let id = 0; id < count; id++) articleOf.fill(id, signatures.offsets[id]!, signatures.offsets[id + 1]!);
  // Signature entries are numbered in article order, so "lower entry" is "lower article id".
  const heaviest = new TopPairs(cap, (x, y) => x < y);
  for (let t = 0; t < termCount; t++) {
    let list: Int32Array = entries.subarray(full[t]!, full[t + 1]!);
    if (list.length > cap) {
      // A common term only leads to the articles where it weighs most; ties to the lower id.
      heaviest.clear();
      for (const s of list) heaviest.offer(signatures.weights[s]!, s);
      list = heaviest.ids;
    }
    let at = offsets[t]!;
    for (const s of list) {
      articles[at] = articleOf[s]!;
      weights[at++] = signatures.weights[s]!;
    }
  }
  return { offsets, articles, weights };
}
