import rehypeStringify from 'rehype-stringify';
import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { MISSING_ARTICLE_RULE, type ResolveArticle } from '../../src/markdown/article-links';
import { remarkRelatedCallouts } from '../../src/markdown/remark-related-callouts';

const resolveArticle: ResolveArticle = (slug) =>
  slug === 'uk-nurses-strike'
    ? { slug, title: 'Nurses walk out across England', url: '/articles/uk-nurses-strike/' }
    : `no article has the slug "${slug}"`;

async function render(markdown: string, options: { label?: string } = {}): Promise<{ html: string; file: VFile }> {
  const processor = unified()
    .use(remarkParse)
    .use(remarkDirective)
    .use(remarkRelatedCallouts, { resolveArticle, ...options })
    .use(remarkRehype)
    .use(rehypeStringify);
  const file = new VFile({ value: markdown });
  const html = String(await processor.process(file));
  return { html, file };
}

describe('remarkRelatedCallouts', () => {
  it('turns a ::related line into an aside that links the article by its title', async () => {
    const { html, file } = await render('Before.\n\n::related[uk-nurses-strike]\n\nAfter.');
    expect(html).toContain(
      '<aside class="related-callout" aria-label="Related article"><strong>You might be interested in:</strong> <a href="/articles/uk-nurses-strike/">Nurses walk out across England</a></aside>',
    );
    expect(file.messages).toEqual([]);
  });

  it('keeps the paragraphs around the callout in order', async () => {
    const { html } = await render('Before.\n\n::related[uk-nurses-strike]\n\nAfter.');
    expect(html.indexOf('<p>Before.</p>')).toBeLessThan(html.indexOf('<aside'));
    expect(html.indexOf('<aside')).toBeLessThan(html.indexOf('<p>After.</p>'));
  });

  it('reads the slug without surrounding spaces', async () => {
    const { html } = await render('::related[ uk-nurses-strike ]');
    expect(html).toContain('href="/articles/uk-nurses-strike/"');
  });

  it('uses the label it is given', async () => {
    const { html } = await render('::related[uk-nurses-strike]', { label: 'Te puede interesar:' });
    expect(html).toContain('<strong>Te puede interesar:</strong>');
    expect(html).not.toContain('You might be interested in');
  });

  it('turns callouts nested in a quote or a list too', async () => {
    const { html } = await render('> ::related[uk-nurses-strike]\n\n- item\n\n  ::related[uk-nurses-strike]');
    expect(html.match(/<aside class="related-callout"/g)).toHaveLength(2);
  });

  it('reports a slug with no article on its line, filed under the missing-article rule', async () => {
    const { file } = await render('One.\n\nTwo.\n\n::related[atlantis-strike]\n');
    expect(file.messages).toHaveLength(1);
    const [message] = file.messages;
    expect(message?.reason).toBe('::related[atlantis-strike]: no article has the slug "atlantis-strike"');
    expect(message?.line).toBe(5);
    expect(message?.ruleId).toBe(MISSING_ARTICLE_RULE);
  });

  it('removes a callout to a missing article from the page', async () => {
    const { html } = await render('One.\n\n::related[atlantis-strike]\n\nTwo.');
    expect(html).not.toContain('atlantis');
    expect(html).not.toContain('<aside');
    expect(html).toBe('<p>One.</p>\n<p>Two.</p>');
  });

  it('reports every missing callout, even two in a row', async () => {
    const { file, html } = await render('::related[gone-one]\n::related[gone-two]\n::related[uk-nurses-strike]');
    expect(file.messages.map((message) => [message.line, message.reason.split(':')[2]])).toEqual([
      [1, 'related[gone-one]'],
      [2, 'related[gone-two]'],
    ]);
    expect(html.match(/<aside/g)).toHaveLength(1);
  });

  it('leaves other directives alone', async () => {
    const { file } = await render('::note[uk-nurses-strike]');
    expect(file.messages).toEqual([]);
  });
});
