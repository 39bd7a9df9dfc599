import { describe, expect, it } from 'vitest';
import type { ResolveArticle } from '../../src/markdown/article-links';
import { createArticleProcessor } from '../../src/markdown/article-processor';

const resolveArticle: ResolveArticle = (slug) => {
  if (slug === 'uk-nurses-strike')
    return { slug, title: 'Nurses walk out across England', url: '/articles/uk-nurses-strike/' };
  if (slug === 'secret') return '"secret" is a draft, so it will not be published: link it once it is';
  return `no article has the slug "${slug}"`;
};

const renderArticleBody = createArticleProcessor({ resolveArticle });

describe('createArticleProcessor', () => {
  it('renders Markdown to HTML', async () => {
    const { html } = await renderArticleBody('Thousands **marched** in Lima.');
    expect(html).toBe('<p>Thousands <strong>marched</strong> in Lima.</p>');
  });

  it('renders a related callout with the target’s title and page', async () => {
    const { html, problems } = await renderArticleBody('Before.\n\n::related[uk-nurses-strike]\n\nAfter.');
    expect(html).toContain('<aside class="related-callout" aria-label="Related article">');
    expect(html).toContain(
      '<strong>You might be interested in:</strong> <a href="/articles/uk-nurses-strike/">Nurses walk out across England</a>',
    );
    expect(problems).toEqual([]);
  });

  it('rewrites links to article files to article pages', async () => {
    const { html } = await renderArticleBody('See [the nurses](../2022/uk-nurses-strike.md#pay).');
    expect(html).toContain('<a href="/articles/uk-nurses-strike/#pay">the nurses</a>');
  });

  it('reports a missing callout, a draft callout and a missing link, each with its body line', async () => {
    const { problems, html } = await renderArticleBody(
      'Intro.\n\n::related[atlantis]\n\n::related[secret]\n\nSee [gone](gone.md).',
    );
    expect(problems).toEqual([
      { line: 3, message: '::related[atlantis]: no article has the slug "atlantis"' },
      { line: 5, message: '::related[secret]: "secret" is a draft, so it will not be published: link it once it is' },
      { line: 7, message: 'link to gone.md: no article has the slug "gone"' },
    ]);
    expect(html).not.toContain('atlantis');
    expect(html).not.toContain('::related');
  });

  it('collects h2 to h6 headings with their ids and text, not the h1', async () => {
    const { headings, html } = await renderArticleBody(
      '# Title\n\n## The strike\n\nText.\n\n### Day two\n\n## The strike',
    );
    expect(headings).toEqual([
      { depth: 2, slug: 'the-strike', text: 'The strike' },
      { depth: 3, slug: 'day-two', text: 'Day two' },
      { depth: 2, slug: 'the-strike-1', text: 'The strike' },
    ]);
    expect(html).toContain('<h2 id="the-strike">The strike</h2>');
    expect(html).toContain('<h3 id="day-two">Day two</h3>');
  });

  it('applies smart quotes, apostrophes, dashes and ellipses', async () => {
    const { html } = await renderArticleBody('"We won\'t stop" -- they said...');
    expect(html).toBe('<p>“We won’t stop” — they said…</p>');
  });

  it('gives headings with smart quotes plain ids', async () => {
    const { headings } = await renderArticleBody('## Why it\'s "over"');
    expect(headings).toEqual([{ depth: 2, slug: 'why-its-over', text: 'Why it’s “over”' }]);
  });

  it('renders GitHub-flavoured Markdown: tables and strikethrough', async () => {
    const { html } = await renderArticleBody('| City | Marchers |\n| --- | --- |\n| Lima | 10,000 |\n\n~~wrong~~');
    expect(html).toContain('<table>');
    expect(html).toContain('<td>Lima</td>');
    expect(html).toContain('<del>wrong</del>');
  });

  it('links footnote references to their notes and back', async () => {
    const { html } = await renderArticleBody('The toll rose to 18[^toll].\n\n[^toll]: According to the ombudsman.');
    const targets = [...html.matchAll(/href="#([^"]+)"/g)].map((match) => match[1]);
    const ids = new Set([...html.matchAll(/id="([^"]+)"/g)].map((match) => match[1]));
    expect(targets).toHaveLength(2);
    for (const target of targets) expect(ids, `#${target}`).toContain(target);
  });

  it('keeps safe raw HTML such as figures', async () => {
    const { html } = await renderArticleBody(
      '<figure><img src="lima.jpg" alt="A march"><figcaption>Lima, January 19</figcaption></figure>',
    );
    expect(html).toContain('<figure>');
    expect(html).toContain('<figcaption>Lima, January 19</figcaption>');
  });

  it('drops scripts, event handlers and javascript: links from raw HTML and Markdown', async () => {
    const { html } = await renderArticleBody(
      'Text.\n\n<script>alert(1)</script>\n\n<img src="x.jpg" onerror="alert(2)">\n\n<a href="javascript:alert(3)" onclick="alert(4)">a</a> [b](javascript:alert(5))',
    );
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/onerror=/i);
    expect(html).not.toMatch(/onclick=/i);
    expect(html).not.toMatch(/javascript:/i);
    expect(html).toContain('<img src="x.jpg">');
  });

  it('does not let an editor forge a callout’s class on other elements', async () => {
    const { html } = await renderArticleBody('<div class="related-callout evil" style="position:fixed">x</div>');
    expect(html).not.toContain('style=');
    expect(html).not.toContain('evil');
  });

  it('keeps unknown directive syntax such as Ratio:2 or a line ::note as text', async () => {
    const { html, plainText } = await renderArticleBody('Ratio:2 in favour, said:loudly.\n\n::note\n\nEnd.');
    expect(html).toBe('<p>Ratio:2 in favour, said:loudly.</p>\n<p>::note</p>\n<p>End.</p>');
    expect(plainText).toContain('::note');
  });

  it('keeps an inline :related[slug] as the text the editor wrote, inside its paragraph', async () => {
    const { html } = await renderArticleBody('See :related[uk-nurses-strike] here.');
    expect(html).not.toContain('<div>');
    expect(html).toBe('<p>See :related[uk-nurses-strike] here.</p>');
  });

  it('returns the plain text without the callout slug, and counts its words', async () => {
    const { plainText, wordCount } = await renderArticleBody(
      'Thousands marched in Lima.\n\n::related[uk-nurses-strike]\n\n## Response\n\nThe army came.',
    );
    expect(plainText).toBe('Thousands marched in Lima.\n\nResponse\n\nThe army came.');
    expect(wordCount).toBe(8);
  });

  it('estimates at least a minute of reading, more for long bodies', async () => {
    expect((await renderArticleBody('Short.')).readingTime).toBe(1);
    const long = Array.from({ length: 1150 }, (_, index) => `word${index}`).join(' ');
    expect((await renderArticleBody(long)).readingTime).toBe(5);
  });

  it('renders an empty body as nothing', async () => {
    expect(await renderArticleBody('')).toEqual({
      html: '',
      headings: [],
      plainText: '',
      wordCount: 0,
      readingTime: 1,
      problems: [],
    });
  });

  it('can render many bodies with the same processor, keeping their problems apart', async () => {
    const [first, second] = await Promise.all([renderArticleBody('::related[atlantis]'), renderArticleBody('Fine.')]);
    expect(first?.problems).toHaveLength(1);
    expect(second?.problems).toEqual([]);
  });
});
