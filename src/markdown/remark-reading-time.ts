import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { countWords, getPlainText } from './remark-article-text';

declare module 'vfile' {
  interface DataMap {
    /** Minutes a reader needs for the body, at least 1: "6 min read". */
    readingTime: number;
  }
}

/** Words an adult reads in a minute, the figure most newsrooms' "min read" uses. */
export const WORDS_PER_MINUTE = 230;

/** Minutes to read `wordCount` words, rounded to the nearest minute and never less than 1. */
export function getReadingMinutes(wordCount: number, wordsPerMinute = WORDS_PER_MINUTE): number {
  return Math.max(1, Math.round(wordCount / wordsPerMinute));
}

/**
 * Estimates the body's reading time into `file.data.readingTime`. It counts the
 * words of the text readers see: a callout line (`::related[slug]`) names an
 * article by slug, and its slug is not read.
 */
export function remarkReadingTime({ wordsPerMinute = WORDS_PER_MINUTE }: { wordsPerMinute?: number } = {}) {
  return (tree: Root, file: VFile): void => {
    // The same count as the plain text the pipeline keeps, when that plugin ran first.
    const words = file.data.wordCount ?? countWords(getPlainText(tree));
    file.data.readingTime = getReadingMinutes(words, wordsPerMinute);
  };
}
