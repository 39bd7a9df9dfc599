import { afterEach, describe, expect, it } from 'vitest';
import { getArticleBody, publishArticleBodies, type ArticleBody } from '../../src/lib/article-bodies';

const body: ArticleBody = { html: '<p>Hello</p>', wordCount: 1, readingTime: 1, relatedArticles: [], scheduled: false };

afterEach(() => {
  delete (globalThis as Record<symbol, unknown>)[Symbol.for('broadsheet.articleBodies')];
});

describe('article bodies handed from the loader to the pages', () => {
  it('gives the pages what the loader published last', () => {
    publishArticleBodies(new Map([['first', body]]));
    publishArticleBodies(new Map([['second', { ...body, html: '<p>Second</p>' }]]));
    expect(getArticleBody('second').html).toBe('<p>Second</p>');
    expect(() => getArticleBody('first')).toThrow('The article loader has no body for "first".');
  });

  it('says so when the loader has not run in this process, rather than giving an empty page', () => {
    expect(() => getArticleBody('first')).toThrow(/article loader .* has not run in this process/);
  });
});
