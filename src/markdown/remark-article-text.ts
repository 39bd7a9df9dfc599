import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';

declare module 'vfile' {
  interface DataMap {
    /** The body as plain text, paragraphs separated by blank lines: what the related engine reads. */
    plainText: string;
    /** Words in the body, for reading time. */
    wordCount: number;
  }
}

/**
 * Keeps the body's plain text and word count from the same parse that renders it,
 * so no article is parsed twice.
 */
export function remarkArticleText() {
  return (tree: Root, file: VFile): void => {
    const plainText = tree.children
      // Callouts name other articles; their slugs are not this article's words.
      .filter((node) => node.type !== 'leafDirective')
      .map((node) => toString(node)).filter(Boolean).join('\n\n');
    file.data.plainText = plainText;
    file.data.wordCount = plainText.split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
  };
}
