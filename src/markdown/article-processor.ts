import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import rehypeSlug from 'rehype-slug';
import rehypeStringify from 'rehype-stringify';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import type { ResolveArticle } from './article-links';
import { rehypeSmartPunctuation } from './rehype-smart-punctuation';
import { rehypeTrustedEmbeds } from './rehype-trusted-embeds';
import { articleSanitizeSchema } from './sanitize-schema';
import { remarkArticleLinks } from './remark-article-links';
import { remarkArticleText } from './remark-article-text';
import { remarkReadingTime } from './remark-reading-time';
import { remarkRelatedCallouts } from './remark-related-callouts';
import { remarkRestoreUnknownDirectives } from './remark-restore-unknown-directives';

/** A heading of the body, for an in-page table of contents. */
export interface ArticleHeading {
  depth: number;
  slug: string;
  text: string;
}

/** An article body rendered once: everything the site needs from its Markdown. */
export interface RenderedArticleBody {
  html: string;
  headings: ArticleHeading[];
  plainText: string;
  wordCount: number;
  /** Minutes to read the body, at least 1. */
  readingTime: number;
  /** Problems found while rendering, with the line in the body (1-based). */
  problems: { line?: number; message: string }[];
}

/**
 * Builds the one Markdown pipeline articles go through: GFM, smart punctuation,
 * callouts and article links, raw HTML parsed and then sanitised, heading ids.
 * Made once per build; `resolveArticle` answers which articles exist.
 */
export function createArticleProcessor({ resolveArticle }: { resolveArticle: ResolveArticle }) {
  const processor = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkDirective)
    .use(remarkRestoreUnknownDirectives)
    .use(remarkArticleText)
    .use(remarkReadingTime)
    .use(remarkRelatedCallouts, { resolveArticle })
    .use(remarkArticleLinks, { resolveArticle })
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeRaw)
    // Sanitise after raw HTML is parsed and before ids are added, so editors' HTML
    // is held to the allowlist and our own heading ids are not prefixed.
    .use(rehypeSanitize, articleSanitizeSchema)
    .use(rehypeTrustedEmbeds)
    // Before ids, which then come from the text as readers see it.
    .use(rehypeSmartPunctuation)
    .use(rehypeSlug)
    .use(rehypeStringify);

  return async function renderArticleBody(markdown: string): Promise<RenderedArticleBody> {
    const file = new VFile({ value: markdown });
    const tree = await processor.run(processor.parse(file), file);
    const html = processor.stringify(tree, file);
    const headings: ArticleHeading[] = [];
    for (const node of tree.children) {
      if (node.type === 'element' && /^h[2-6]$/.test(node.tagName)) {
        const id = node.properties['id'];
        headings.push({ depth: Number(node.tagName[1]), slug: typeof id === 'string' ? id : '', text: textOf(node) });
      }
    }
    return {
      html,
      headings,
      plainText: file.data.plainText ?? '',
      wordCount: file.data.wordCount ?? 0,
      readingTime: file.data.readingTime ?? 1,
      problems: file.messages.map((message) => ({
        ...(message.line === undefined ? {} : { line: message.line }),
        message: message.reason,
      })),
    };
  };
}

function textOf(node: unknown): string {
  const value = node as { type: string; value?: string; children?: unknown[] };
  if (value.type === 'text') return value.value ?? '';
  return (value.children ?? []).map(textOf).join('');
}
