import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { MISSING_ARTICLE_RULE, type ResolveArticle } from './article-links';

// A stray `%` ("50%.md") is not an escape: keep the name as written rather than fail the build.
function decodeFileName(name: string): string {
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

/** Options of {@link remarkArticleLinks}. */
export interface RemarkArticleLinksOptions {
  resolveArticle: ResolveArticle;
}

// A relative link to a Markdown file: `other.md`, `../2022/other.md#section`. Not `https://…/x.md`.
const RELATIVE_MARKDOWN_LINK = /^(?![a-z][a-z0-9+.-]*:|\/\/|\/)(?:[^?#]*\/)?([^/?#]+)\.md(#[^?]*)?$/i;

/**
 * Rewrites a Markdown link to another article's file (`[text](other-slug.md)`)
 * to that article's URL, so editors link files they can see and readers get pages that exist.
 * The slug is the file name, whatever folder the path goes through.
 */
export function remarkArticleLinks({ resolveArticle }: RemarkArticleLinksOptions) {
  return (tree: Root, file: VFile): void => {
    visit(tree, ['link', 'definition'], (node) => {
      if (node.type !== 'link' && node.type !== 'definition') return;
      const match = RELATIVE_MARKDOWN_LINK.exec(node.url);
      if (!match?.[1]) return;
      const slug = decodeFileName(match[1]);
      const target = resolveArticle(slug);
      if (typeof target === 'string') {
        const message = file.message(`link to ${node.url}: ${target}`, node);
        message.ruleId = MISSING_ARTICLE_RULE;
        return;
      }
      node.url = target.url + (match[2] ?? '');
    });
  };
}
