import { fromHtml } from 'hast-util-from-html';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { rehypeSmartPunctuation } from '../../src/markdown/rehype-smart-punctuation';

const educate = async (html: string): Promise<string> => {
  const processor = unified().use(rehypeSmartPunctuation).use(rehypeStringify);
  const tree = fromHtml(html, { fragment: true });
  // The plugin changes text nodes in place.
  await processor.run(tree);
  return processor.stringify(tree);
};

describe('rehypeSmartPunctuation', () => {
  it('curls quotes and apostrophes, and makes dashes and ellipses', async () => {
    expect(await educate('<p>"We won\'t stop" -- they said...</p>')).toBe('<p>“We won’t stop” — they said…</p>');
  });

  it('turns a quote the right way beside emphasis and links, across text nodes', async () => {
    expect(await educate('<p>"<em>Enough</em>," said the <a href="/x/">union</a>\'s leader.</p>')).toBe(
      '<p>“<em>Enough</em>,” said the <a href="/x/">union</a>’s leader.</p>',
    );
  });

  it('opens a quote at the start of each paragraph', async () => {
    expect(await educate('<p>It ended.</p>\n<p>"Next," she said.</p>')).toBe('<p>It ended.</p>\n<p>“Next,” she said.</p>');
  });

  it('leaves code, preformatted text and keyboard input as written', async () => {
    const html = '<p>Run <code>echo "hi" -- ...</code> or press <kbd>"</kbd>.</p><pre><code>let s = "it\'s";</code></pre>';
    expect(await educate(html)).toBe(html);
  });

  it('keeps angle brackets and ampersands written in the text', async () => {
    expect(await educate('<p>Turnout was &lt;40% &amp; "low" &lt;span&gt;</p>')).toBe(
      '<p>Turnout was &#x3C;40% &#x26; “low” &#x3C;span></p>',
    );
  });

  it('leaves attribute values alone', async () => {
    expect(await educate('<p><a href="/a/" title="it\'s -- here">"Go"</a></p>')).toBe(
      '<p><a href="/a/" title="it&#x27;s -- here">“Go”</a></p>',
    );
  });
});
