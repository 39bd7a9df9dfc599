import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { createArticleSchema } from '../../src/lib/article-schema';

// The frontmatter fields of issue 4: translations, corrections, and topics that can have a page.
const schema = createArticleSchema({ regionIds: ['europe'], image: z.string() });
const base = { title: 'T', description: 'D', author: 'Lena Brandt', date: '2023-01-19', regions: ['europe'] };
const messages = (data: unknown) => {
  const parsed = schema.safeParse(data);
  return parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('createArticleSchema: translations', () => {
  it('reads a list of slugs, empty when not given', () => {
    expect(schema.parse({ ...base, translations: ['peru-paro-nacional'] }).translations).toEqual([
      'peru-paro-nacional',
    ]);
    expect(schema.parse(base).translations).toEqual([]);
  });

  it('rejects something that cannot be a slug', () => {
    expect(messages({ ...base, translations: ['Peru Paro.md'] })).toEqual([
      expect.stringMatching(/^translations\.0: must be the slug of an article/),
    ]);
  });
});

describe('createArticleSchema: corrections', () => {
  it('reads dated corrections, empty when not given', () => {
    const article = schema.parse({ ...base, corrections: [{ date: '2023-01-21', text: 'A name was misspelt.' }] });
    expect(article.corrections).toEqual([{ date: new Date('2023-01-21T00:00:00Z'), text: 'A name was misspelt.' }]);
    expect(schema.parse(base).corrections).toEqual([]);
  });

  it('needs a real date and a text for each correction', () => {
    expect(messages({ ...base, corrections: [{ date: '2023-02-30', text: 'x' }] })).toEqual([
      expect.stringMatching(/^corrections\.0\.date: "2023-02-30" is not a real date/),
    ]);
    expect(messages({ ...base, corrections: [{ date: '2023-01-21', text: '  ' }] })).toEqual([
      expect.stringMatching(/^corrections\.0\.text: must not be empty/),
    ]);
  });

  it('rejects a correction dated before publication, and unknown fields in a correction', () => {
    expect(messages({ ...base, corrections: [{ date: '2023-01-18', text: 'x' }] })).toEqual([
      'corrections.0.date: must not be earlier than date (a correction follows publication)',
    ]);
    expect(messages({ ...base, corrections: [{ date: '2023-01-21', text: 'x', by: 'me' }] })).toHaveLength(1);
  });
});

describe('createArticleSchema: topics', () => {
  it('rejects a topic with no letter or digit, which could not have a page', () => {
    expect(messages({ ...base, topics: ['strikes', '!!!'] })).toEqual([
      'topics.1: must contain a letter or a digit that a web address can spell (a topic gets a page named after it)',
    ]);
  });
});
