import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { remarkArticleText } from '../../src/markdown/remark-article-text';

async function textOf(markdown: string): Promise<{ plainText: string | undefined; wordCount: number | undefined }> {
  const processor = unified().use(remarkParse).use(remarkDirective).use(remarkArticleText);
  const file = new VFile({ value: markdown });
  await processor.run(processor.parse(file), file);
  return { plainText: file.data.plainText, wordCount: file.data.wordCount };
}

describe('remarkArticleText', () => {
  it('keeps the words of the body, paragraphs separated by a blank line', async () => {
    const { plainText } = await textOf(
      'Thousands **marched** in [Lima](https://example.org).\n\n## The response\n\nThe *army* was sent in.',
    );
    expect(plainText).toBe('Thousands marched in Lima.\n\nThe response\n\nThe army was sent in.');
  });

  it('keeps the items of a list apart, so their words do not run together', async () => {
    const { plainText, wordCount } = await textOf('The unions demanded:\n\n- Wages\n- Pensions\n- Elections');
    expect(plainText).toMatch(/Wages\s+Pensions\s+Elections/);
    expect(wordCount).toBe(6);
  });

  it('keeps the paragraphs of a quote apart', async () => {
    const { plainText, wordCount } = await textOf('> We will not stop.\n>\n> Never.');
    expect(plainText).toMatch(/stop\.\s+Never\./);
    expect(wordCount).toBe(5);
  });

  it('counts words, not punctuation on its own', async () => {
    expect((await textOf('One two — three, four. 2023 — !')).wordCount).toBe(5);
  });

  it('counts words in other alphabets', async () => {
    expect((await textOf('Забастовка в Лиме. 利马 罢工')).wordCount).toBe(5);
  });

  it('leaves out the slug of a callout', async () => {
    const { plainText, wordCount } = await textOf('Before the vote.\n\n::related[uk-nurses-strike]\n\nAfter it.');
    expect(plainText).toBe('Before the vote.\n\nAfter it.');
    expect(plainText).not.toContain('uk-nurses-strike');
    expect(wordCount).toBe(5);
  });

  it('leaves out the slug of a callout inside a quote or a list', async () => {
    const { plainText } = await textOf(
      '> Quoted.\n>\n> ::related[uk-nurses-strike]\n\n- Item.\n\n  ::related[peru-strike]',
    );
    expect(plainText).toContain('Quoted.');
    expect(plainText).toContain('Item.');
    expect(plainText).not.toContain('uk-nurses-strike');
    expect(plainText).not.toContain('peru-strike');
  });

  it('gives an empty body no text and no words', async () => {
    expect(await textOf('')).toEqual({ plainText: '', wordCount: 0 });
  });
});
