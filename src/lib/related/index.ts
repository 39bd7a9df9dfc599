// The related-articles engine: plain article records in, ranked neighbours out.
// Pure TypeScript (no `astro:*`), so it is tested and benchmarked outside a build.
export { computeRelatedArticles } from './engine';
export { describeRelatedReasons, type RelatedReasonLabels } from './reasons';
export { extractTerms } from './text-analysis';
export { RELATED_LIMITS, RELATED_WEIGHTS } from './weights';
export type { RelatedArticleInput, RelatedNeighbour, RelatedOptions, RelatedReason } from './types';
