import { defaultSchema } from 'rehype-sanitize';
import type { Options as SanitizeSchema } from 'rehype-sanitize';

/**
 * What HTML an article body may contain. GitHub's allowlist (no scripts, no event
 * handlers, no styles, no forms, no `javascript:` or `data:` URLs, links and images
 * only to http(s), mailto and relative addresses) plus the elements newsrooms use in
 * long reads: figures with captions, abbreviations, highlights, the related-article
 * callout we generate, and `<iframe>` for video, whose players are checked
 * afterwards by rehype-trusted-embeds (YouTube and Vimeo only, sandboxed).
 * The README's "In the body" lists the same.
 */
export const articleSanitizeSchema: SanitizeSchema = {
  ...defaultSchema,
  // remark-rehype already prefixes footnote ids and their links with `user-content-`;
  // a second prefix here would break them. Heading ids are added after sanitising.
  clobberPrefix: '',
  tagNames: [...(defaultSchema.tagNames ?? []), 'figure', 'figcaption', 'aside', 'abbr', 'mark', 'iframe'],
  attributes: {
    ...defaultSchema.attributes,
    aside: [['className', 'related-callout'], 'ariaLabel'],
    abbr: ['title'],
    // Only what says which video and how big; rehype-trusted-embeds sets the sandbox and the rest.
    iframe: ['src', 'title', 'width', 'height'],
  },
  // Dropped with everything inside, not unwrapped: their text is code or styling, never the article's words.
  strip: [...(defaultSchema.strip ?? []), 'style', 'noscript', 'template'],
};
