import type { Nodes, Root } from 'mdast';
import type { VFile } from 'vfile';

declare module 'vfile' {
  interface DataMap {
    /** The body as plain text, blocks separated by blank lines: what the related engine reads. */
    plainText: string;
    /** Words in the body, for reading time. */
    wordCount: number;
  }
}

// Nodes whose children sit side by side in a line of text; every other parent is a block
// whose children are separate blocks (list items, quoted paragraphs, table rows).
const PHRASING_PARENTS = new Set(['paragraph', 'heading', 'emphasis', 'strong', 'delete', 'link', 'linkReference', 'tableCell', 'footnoteReference']);

/**
 * The text a reader reads in a Markdown tree: blocks kept apart by blank lines
 * (so list items do not run together) and callouts (`::related[slug]`) left out
 * wherever they stand, since their slugs are not the article's words.
 */
export function getPlainText(node: Nodes): string {
  if (node.type === 'leafDirective' && node.name === 'related') return '';
  if (node.type === 'break') return ' ';
  // Raw HTML counts for the words between its tags (a figure's caption), not for the tags.
  if (node.type === 'html') {
    return node.value
      .replace(/<(script|style)\b[\s\S]*?(<\/\1\s*>|$)/gi, ' ')
      .replace(/<[^>]*>/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
  }
  if ('value' in node && typeof node.value === 'string') return node.value;
  if (!('children' in node)) return '';
  const parts = (node.children as Nodes[]).map(getPlainText);
  return PHRASING_PARENTS.has(node.type) ? parts.join('') : parts.filter((part) => part.trim() !== '').join('\n\n');
}

/** Words in a text: runs without white space that hold a letter or a digit. */
export function countWords(text: string): number {
  return text.split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/**
 * Keeps the body's plain text and word count from the same parse that renders it,
 * so no article is parsed twice.
 */
export function remarkArticleText() {
  return (tree: Root, file: VFile): void => {
    const plainText = getPlainText(tree);
    file.data.plainText = plainText;
    file.data.wordCount = countWords(plainText);
  };
}
