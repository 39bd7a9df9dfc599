import { describe, expect, it } from 'vitest';
import { getRecencyFactor, idf } from '../../src/lib/related/rarity';

describe('idf', () => {
  it('says more the rarer a feature is', () => {
    expect(idf(1, 1000)).toBeGreaterThan(idf(10, 1000));
    expect(idf(10, 1000)).toBeGreaterThan(idf(500, 1000));
  });

  it('gives about ln 2 for a feature on half the site and almost nothing for one on every article', () => {
    expect(idf(500, 1000)).toBeCloseTo(Math.LN2, 2);
    expect(idf(1000, 1000)).toBeLessThan(0.001);
    expect(idf(1000, 1000)).toBeGreaterThan(0);
  });
});

describe('getRecencyFactor', () => {
  it('is 1 on the same day and halves its distance to the floor every half-life', () => {
    expect(getRecencyFactor(0, 365, 0.5)).toBe(1);
    expect(getRecencyFactor(365, 365, 0.5)).toBeCloseTo(0.75);
    expect(getRecencyFactor(-730, 365, 0.5)).toBeCloseTo(0.625);
  });

  it('never drops below the floor', () => {
    expect(getRecencyFactor(365 * 100, 365, 0.5)).toBeGreaterThanOrEqual(0.5);
  });
});
