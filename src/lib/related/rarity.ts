/**
 * How rare a feature is among `total` articles when `count` have it: BM25's IDF,
 * ≈ 0 for one on every article, ln 2 for half, growing as it gets rarer.
 * Always positive, so small sites (tests, a new newsroom) still get an order.
 */
export function idf(count: number, total: number): number {
  return Math.log(1 + (total - count + 0.5) / (count + 0.5));
}

/**
 * The recency factor for two articles `days` apart: 1 on the same day, halving
 * the distance to the floor every half-life, never below the floor.
 */
export function getRecencyFactor(days: number, halfLifeDays: number, floor: number): number {
  return floor + (1 - floor) * Math.pow(2, -Math.abs(days) / halfLifeDays);
}
