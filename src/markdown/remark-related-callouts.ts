import type { Paragraph, Root } from 'mdast';
import type { LeafDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { visit, SKIP } from 'unist-util-visit';
import { MISSING_ARTICLE_RULE, type ResolveArticle } from './article-links';

/** Options of {@link remarkRelatedCallouts}. */
export interface RemarkRelatedCalloutsOptions {
  resolveArticle: ResolveArticle;
  /** The words before the title; the site's language, not the article's. */
  label?: string;
}

/**
 * Turns a line `::related[<slug>]` into the inline callout
 * "You might be interested in: <title>", the title read from the target article at build time.
 * A slug with no published article is reported on the file with its line.
 */
export function remarkRelatedCallouts({ resolveArticle, label = 'You might be interested in:' }: RemarkRelatedCalloutsOptions) {
  return (tree: Root, file: VFile): void => {
    visit(tree, 'leafDirective', (node: LeafDirective, index, parent) => {
      if (node.name !== 'related' || !parent || index === undefined) return;
      const slug = toString(node).trim();
      const target = resolveArticle(slug);
      if (typeof target === 'string') {
        const message = file.message(`::related[${slug}]: ${target}`, node);
        message.ruleId = MISSING_ARTICLE_RULE;
        parent.children.splice(index, 1);
        return [SKIP, index];
      }
      const callout: Paragraph = {
        type: 'paragraph',
        data: { hName: 'aside', hProperties: { className: ['related-callout'], ariaLabel: 'Related article' } },
        children: [
          { type: 'strong', children: [{ type: 'text', value: label }] },
          { type: 'text', value: ' ' },
          { type: 'link', url: target.url, children: [{ type: 'text', value: target.title }] },
        ],
      };
      parent.children.splice(index, 1, callout);
      return SKIP;
    });
  };
}
