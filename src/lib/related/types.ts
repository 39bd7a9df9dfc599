/** One article as the engine sees it: plain data, already read from the collection. */
export interface RelatedArticleInput {
  slug: string;
  title: string;
  /** The dek (standfirst) under the headline. */
  description: string;
  /** Plain text of the article body (no Markdown). */
  body: string;
  /** Region ids, the first is the main one. */
  regions: string[];
  topics: string[];
  date: Date;
  /** BCP 47 tag, e.g. `en`, `es-PE`. */
  lang: string;
  /** Editors' pins: slugs, in the order they should be shown. */
  related: string[];
  draft?: boolean;
}

/**
 * Why a neighbour was chosen; a neighbour carries these strongest first. Read-only:
 * neighbours sharing the same single topic or region share one frozen reason.
 */
export type RelatedReason =
  | { readonly kind: 'pinned' }
  | { readonly kind: 'topics'; readonly topics: readonly string[] }
  | { readonly kind: 'regions'; readonly regions: readonly string[] }
  | { readonly kind: 'text'; readonly terms: readonly string[] };

/** One entry of an article's related list. */
export interface RelatedNeighbour {
  slug: string;
  /** The pair's score (pins carry theirs too, which may be 0); only comparable within one build. */
  score: number;
  reasons: RelatedReason[];
}

/** Options for `computeRelatedArticles`. */
export interface RelatedOptions {
  /** How many neighbours each article gets at most, pins included (default 5). */
  k?: number;
}
