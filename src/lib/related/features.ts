// Topics and regions share one shape: a few labels per article, compared
// case-insensitively, weighted by rarity, and reached through posting lists
// kept in date order so a long list can be cut to the articles nearest in time.

import { idf } from './rarity';

/** Labels of one kind (topics or regions) indexed for the whole corpus. */
export interface FeatureIndex {
  /** Per article, its distinct feature ids ascending: `ids[offsets[a]] … ids[offsets[a + 1] - 1]`. */
  offsets: Int32Array;
  ids: Int32Array;
  /** The article's own spelling of each of its features, aligned with `ids`. */
  labels: string[];
  /** Rarity of each feature id. */
  rarity: Float64Array;
  /** Per feature, the articles that have it, oldest first. */
  postingOffsets: Int32Array;
  postings: Int32Array;
}

/** Folds a topic or region label for comparison ("Strikes " and "strikes" are one topic). */
export function normalizeFeatureLabel(label: string): string {
  return label.normalize('NFC').trim().toLowerCase();
}

/**
 * Interns each article's labels and builds the date-ordered posting lists.
 * `byDate` lists article ids oldest first (ties by id) and fixes the posting order.
 */
export function buildFeatureIndex(labelsPerArticle: readonly (readonly string[])[], byDate: Int32Array): FeatureIndex {
  const count = labelsPerArticle.length;
  const idsByKey = new Map<string, number>();
  const offsets = new Int32Array(count + 1);
  const perArticle: { id: number; label: string }[][] = [];
  for (let article = 0; article < count; article++) {
    const seen = new Set<number>();
    const own: { id: number; label: string }[] = [];
    for (const label of labelsPerArticle[article]!) {
      const key = normalizeFeatureLabel(label);
      if (key === '') continue;
      let id = idsByKey.get(key);
      if (id === undefined) {
        id = idsByKey.size;
        idsByKey.set(key, id);
      }
      if (seen.has(id)) continue;
      seen.add(id);
      own.push({ id, label: label.trim() });
    }
    own.sort((x, y) => x.id - y.id);
    perArticle.push(own);
    offsets[article + 1] = offsets[article]! + own.length;
  }
  const ids = new Int32Array(offsets[count]!);
  const labels: string[] = new Array<string>(ids.length);
  const featureCount = idsByKey.size;
  const postingOffsets = new Int32Array(featureCount + 1);
  for (let article = 0; article < count; article++) {
    let at = offsets[article]!;
    for (const { id, label } of perArticle[article]!) {
      ids[at] = id;
      labels[at++] = label;
      postingOffsets[id + 1]!++;
    }
  }
  const rarity = new Float64Array(featureCount);
  for (let f = 0; f < featureCount; f++) {
    rarity[f] = idf(postingOffsets[f + 1]!, count);
    postingOffsets[f + 1]! += postingOffsets[f]!;
  }
  const fill = postingOffsets.slice(0, featureCount);
  const postings = new Int32Array(ids.length);
  for (const article of byDate) {
    for (let i = offsets[article]!; i < offsets[article + 1]!; i++) postings[fill[ids[i]!]!++] = article;
  }
  return { offsets, ids, labels, rarity, postingOffsets, postings };
}
