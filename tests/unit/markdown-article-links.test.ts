import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { MISSING_ARTICLE_RULE, type ResolveArticle } from '../../src/markdown/article-links';
import { remarkArticleLinks } from '../../src/markdown/remark-article-links';

const known = new Set(['other', 'peru-strike', 'café-strike']);
const resolveArticle: ResolveArticle = (slug) =>
  known.has(slug)
    ? { slug, title: `Title of ${slug}`, url: `/articles/${slug}/` }
    : `no article has the slug "${slug}"`;

async function render(markdown: string): Promise<{ html: string; file: VFile }> {
  const processor = unified()
    .use(remarkParse)
    .use(remarkArticleLinks, { resolveArticle })
    .use(remarkRehype)
    .use(rehypeStringify);
  const file = new VFile({ value: markdown });
  const html = String(await processor.process(file));
  return { html, file };
}

describe('remarkArticleLinks', () => {
  it('rewrites a link to an article file beside this one to the article’s page', async () => {
    const { html, file } = await render('See [the strike](peru-strike.md).');
    expect(html).toBe('<p>See <a href="/articles/peru-strike/">the strike</a>.</p>');
    expect(file.messages).toEqual([]);
  });

  it('finds the article by file name through any folders, keeping the #fragment', async () => {
    const { html } = await render('[text](../2022/other.md#x) and [again](./2023/desk/other.md)');
    expect(html).toContain('<a href="/articles/other/#x">text</a>');
    expect(html).toContain('<a href="/articles/other/">again</a>');
  });

  it('rewrites reference-style links through their definition', async () => {
    const { html } = await render('See [the strike][s].\n\n[s]: ../2023/peru-strike.md');
    expect(html).toContain('<a href="/articles/peru-strike/">the strike</a>');
  });

  it('decodes an encoded file name', async () => {
    const { html } = await render('[x](caf%C3%A9-strike.md)');
    expect(html).toContain('href="/articles/caf%C3%A9-strike/"');
  });

  it('leaves a .md file on another site alone', async () => {
    const { html, file } = await render('[readme](https://example.org/x.md) and [proto](//example.org/other.md)');
    expect(html).toContain('href="https://example.org/x.md"');
    expect(html).toContain('href="//example.org/other.md"');
    expect(file.messages).toEqual([]);
  });

  it('leaves mailto, site-absolute and query links alone', async () => {
    const { html, file } = await render(
      '[mail](mailto:desk@example.org) [abs](/docs/other.md) [q](other.md?raw=1) [page](/articles/other/)',
    );
    expect(html).toContain('href="mailto:desk@example.org"');
    expect(html).toContain('href="/docs/other.md"');
    expect(html).toContain('href="other.md?raw=1"');
    expect(html).toContain('href="/articles/other/"');
    expect(file.messages).toEqual([]);
  });

  it('reports a link to a file with no article on its line, filed under the missing-article rule', async () => {
    const { file } = await render('First.\n\nSee [gone](../2022/nowhere.md).');
    expect(file.messages).toHaveLength(1);
    expect(file.messages[0]?.reason).toBe('link to ../2022/nowhere.md: no article has the slug "nowhere"');
    expect(file.messages[0]?.line).toBe(3);
    expect(file.messages[0]?.ruleId).toBe(MISSING_ARTICLE_RULE);
  });

  it('reports a file name that is not valid percent-encoding on its line instead of failing the whole render', async () => {
    const rendering = render('First.\n\nSee [the figures](50%.md).');
    await expect(rendering).resolves.toBeDefined();
    const { file } = await rendering;
    expect(file.messages).toHaveLength(1);
    expect(file.messages[0]?.line).toBe(3);
    expect(file.messages[0]?.reason).toContain('50%.md');
  });
});
