import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { getReadingMinutes, remarkReadingTime, WORDS_PER_MINUTE } from '../../src/markdown/remark-reading-time';

async function readingTimeOf(markdown: string, options?: { wordsPerMinute?: number }): Promise<number | undefined> {
  const processor = unified().use(remarkParse).use(remarkDirective).use(remarkReadingTime, options);
  const file = new VFile({ value: markdown });
  await processor.run(processor.parse(file), file);
  return file.data.readingTime;
}

const words = (count: number) => Array.from({ length: count }, (_, index) => `word${index}`).join(' ');

describe('getReadingMinutes', () => {
  it(`reads ${WORDS_PER_MINUTE} words a minute, to the nearest minute`, () => {
    expect(getReadingMinutes(WORDS_PER_MINUTE * 6)).toBe(6);
    expect(getReadingMinutes(WORDS_PER_MINUTE * 2.4)).toBe(2);
    expect(getReadingMinutes(WORDS_PER_MINUTE * 2.6)).toBe(3);
  });

  it('never says less than a minute', () => {
    expect(getReadingMinutes(0)).toBe(1);
    expect(getReadingMinutes(10)).toBe(1);
  });
});

describe('remarkReadingTime', () => {
  it('stores the minutes a body takes to read in file.data', async () => {
    await expect(readingTimeOf(`${words(700)}\n\n## A subheading\n\n${words(680)}`)).resolves.toBe(6);
  });

  it('says one minute for a short body', async () => {
    await expect(readingTimeOf('Short and sweet.')).resolves.toBe(1);
  });

  it('counts words in lists, quotes and links, and not punctuation on its own', async () => {
    const markdown = `- ${words(115)}\n\n> ${words(115)} — — —\n\n[${words(115)}](https://example.org)`;
    await expect(readingTimeOf(markdown, { wordsPerMinute: 115 })).resolves.toBe(3);
  });

  it('does not count the slug of a callout line', async () => {
    await expect(readingTimeOf(`${words(4)}\n\n::related[${'a-'.repeat(50)}b]`, { wordsPerMinute: 4 })).resolves.toBe(
      1,
    );
  });
});
