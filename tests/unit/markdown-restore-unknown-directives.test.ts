import type { Root } from 'mdast';
import rehypeStringify from 'rehype-stringify';
import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { remarkRestoreUnknownDirectives } from '../../src/markdown/remark-restore-unknown-directives';

const processor = unified()
  .use(remarkParse)
  .use(remarkDirective)
  .use(remarkRestoreUnknownDirectives)
  .use(remarkRehype)
  .use(rehypeStringify);

async function render(markdown: string): Promise<string> {
  return String(await processor.process(new VFile({ value: markdown })));
}

const markdownOnly = unified().use(remarkParse).use(remarkDirective).use(remarkRestoreUnknownDirectives);

/** The Markdown tree after the plugin, before it becomes HTML. */
async function treeOf(markdown: string): Promise<Root> {
  const file = new VFile({ value: markdown });
  return (await markdownOnly.run(markdownOnly.parse(file), file)) as Root;
}

describe('remarkRestoreUnknownDirectives', () => {
  it('keeps a word after a colon as the editor wrote it', async () => {
    expect(await render('Meet at the square:tomorrow at noon.')).toBe('<p>Meet at the square:tomorrow at noon.</p>');
    expect(await render('He waved :wave back.')).toBe('<p>He waved :wave back.</p>');
  });

  it('keeps a ratio such as Ratio:2 as text', async () => {
    expect(await render('Ratio:2 in favour.')).toBe('<p>Ratio:2 in favour.</p>');
  });

  it('keeps a text directive with a label and attributes as written', async () => {
    expect(await render('A :abbr[CGT]{title="Confédération"} strike.')).toBe(
      '<p>A :abbr[CGT]{title="Confédération"} strike.</p>',
    );
  });

  it('keeps a line ::note as a paragraph of text', async () => {
    expect(await render('Before.\n\n::note\n\nAfter.')).toBe('<p>Before.</p>\n<p>::note</p>\n<p>After.</p>');
    expect(await render('::note[Check the figures]')).toBe('<p>::note[Check the figures]</p>');
  });

  it('keeps a ::: block as text rather than dropping it', async () => {
    const html = await render(':::warning\nThe police fired on the crowd.\n:::');
    expect(html).toContain(':::warning');
    expect(html).toContain('The police fired on the crowd.');
  });

  it('leaves no unknown directive in the tree', async () => {
    const tree = await treeOf('a :b c\n\n::d\n\n:::e\nf\n:::');
    const types = JSON.stringify(tree);
    expect(types).toContain('"type":"paragraph"');
    expect(types).not.toMatch(/"type":"(text|leaf|container)Directive"/);
  });

  it('leaves a ::related line for the callout plugin', async () => {
    const tree = await treeOf('::related[uk-nurses-strike]');
    expect(tree.children[0]).toMatchObject({ type: 'leafDirective', name: 'related' });
  });
});
