import { defaultSchema } from 'rehype-sanitize';
import type { Options as SanitizeSchema } from 'rehype-sanitize';

/**
 * What HTML an article body may contain. GitHub's allowlist (no scripts, no event
 * handlers, no `javascript:` URLs, no styles) plus the elements newsrooms use in
 * long reads: figures with captions, and the related-article callout we generate.
 */
export const articleSanitizeSchema: SanitizeSchema = {
  ...defaultSchema,
  // Heading ids are added after sanitising; footnote ids keep GitHub's prefix.
  tagNames: [...(defaultSchema.tagNames ?? []), 'figure', 'figcaption', 'aside', 'abbr', 'mark'],
  attributes: {
    ...defaultSchema.attributes,
    aside: [['className', 'related-callout'], 'ariaLabel'],
    abbr: ['title'],
  },
};
