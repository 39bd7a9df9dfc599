/**
 * How much each signal counts when two articles are compared. The one place to
 * change the balance; `docs/related.md` explains it for editors.
 *
 * A pair's score is
 *   (topics × Σ rarity of shared topics + regions × Σ rarity of shared regions
 *    + text × text similarity) × recency factor
 * where a rarity is an IDF (≈ ln of "how many articles for each one that has it"):
 * about 0.7 for a tag on half the site, 2.7 for one on a fifteenth, 6.9 for one on a thousandth.
 */
export const RELATED_WEIGHTS = {
  /** Per unit of rarity of each shared topic: topics are the editors' own statement of what a piece is about. */
  topics: 1,
  /**
   * Per unit of rarity of each shared region: a place in common says much less than a
   * subject in common, and place names in the text already count towards the text signal.
   */
  regions: 0.1,
  /**
   * Times the text similarity (0–1, cosine of the two articles' strongest terms).
   * A close follow-up (≈ 0.6) is worth about a shared topic on one article in twenty; two unrelated
   * pieces usually score 0 and rarely above 0.1.
   */
  text: 5,
  /** Days for the recency bonus to halve: a year-old piece keeps three quarters of its score. */
  recencyHalfLifeDays: 365,
  /** The recency factor never drops below this, so a strong old match still beats a weak new one. */
  recencyFloor: 0.5,
  /** In the text signal a title word counts this many times a body word (a whole number: words are counted)… */
  titleTermWeight: 3,
  /** …and a dek word this many times (a whole number too). */
  descriptionTermWeight: 2,
  /** Neighbours scoring below this are left out rather than padded in: better four good links than five. */
  minimumScore: 0.2,
} as const;

/**
 * Sizes that keep the engine from comparing every pair. The signature size shapes
 * the text signal; the others only trade a little recall on very common features
 * for time and never change the score of a pair.
 */
export const RELATED_LIMITS = {
  /** Strongest terms kept per article (its "signature"); only these are compared. */
  signatureTerms: 32,
  /** A term shared by more signatures than this only leads to the ones where it weighs most. */
  termPostings: 100,
  /** A topic on more articles than this only leads to the ones nearest in time. */
  topicPostings: 160,
  /** Same for regions, kept small: regions mostly add to candidates found otherwise. */
  regionPostings: 24,
  /** Candidates scored exactly per article, as a multiple of k (at least `minCandidates`). */
  candidatesPerNeighbour: 6,
  minCandidates: 32,
} as const;
