import { describe, expect, it } from 'vitest';
import { formatArticleCount } from '../../src/lib/article-count';

describe('formatArticleCount', () => {
  it('says "article" for one and "articles" for any other count', () => {
    expect(formatArticleCount(1)).toBe('1 article');
    expect(formatArticleCount(0)).toBe('0 articles');
    expect(formatArticleCount(12)).toBe('12 articles');
  });
});
