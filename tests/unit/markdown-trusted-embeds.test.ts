import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { createArticleProcessor } from '../../src/markdown/article-processor';
import { EMBED_SANDBOX, rehypeTrustedEmbeds } from '../../src/markdown/rehype-trusted-embeds';
import { articleSanitizeSchema } from '../../src/markdown/sanitize-schema';

/** Markdown through raw HTML, the article sanitiser and the plugin, as articles go. */
async function render(markdown: string): Promise<{ html: string; file: VFile }> {
  const processor = unified()
    .use(remarkParse)
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeRaw)
    .use(rehypeSanitize, articleSanitizeSchema)
    .use(rehypeTrustedEmbeds)
    .use(rehypeStringify);
  const file = new VFile({ value: markdown });
  const html = String(await processor.process(file));
  return { html, file };
}

/** The attributes of the one iframe in `html`, or undefined when there is none. */
function iframeAttributes(html: string): Record<string, string> | undefined {
  const tag = /<iframe\b([^>]*)>/.exec(html)?.[1];
  if (tag === undefined) return undefined;
  return Object.fromEntries(
    [...tag.matchAll(/([a-z-]+)(?:="([^"]*)")?/g)].map((match) => [match[1] ?? '', match[2] ?? '']),
  );
}

describe('rehypeTrustedEmbeds', () => {
  it('keeps a YouTube player, moved to the no-cookie host, sandboxed and lazy', async () => {
    const { html, file } = await render(
      '<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ?start=30" width="560" height="315" title="The march on Lima"></iframe>',
    );
    expect(iframeAttributes(html)).toEqual({
      src: 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?start=30',
      title: 'The march on Lima',
      width: '560',
      height: '315',
      class: 'embed',
      sandbox: EMBED_SANDBOX,
      allow: 'fullscreen; picture-in-picture; encrypted-media',
      allowfullscreen: '',
      loading: 'lazy',
      referrerpolicy: 'strict-origin-when-cross-origin',
    });
    expect(file.messages).toEqual([]);
  });

  it('keeps a Vimeo player and asks it not to track readers', async () => {
    const { html } = await render(
      '<iframe src="https://player.vimeo.com/video/76979871" title="Dockers at dawn"></iframe>',
    );
    expect(iframeAttributes(html)?.['src']).toBe('https://player.vimeo.com/video/76979871?dnt=1');
  });

  it('moves an http player address to https', async () => {
    const { html } = await render(
      '<iframe src="http://www.youtube-nocookie.com/embed/dQw4w9WgXcQ" title="A"></iframe>',
    );
    expect(iframeAttributes(html)?.['src']).toBe('https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ');
  });

  it('gives a frame without a title one that names the player', async () => {
    const { html } = await render('<iframe src="https://player.vimeo.com/video/1234"></iframe>');
    expect(iframeAttributes(html)?.['title']).toBe('Video from Vimeo');
  });

  it('replaces the editor’s sandbox, permissions and event handlers with its own', async () => {
    const { html } = await render(
      '<iframe src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ" title="A" sandbox="allow-top-navigation allow-forms" allow="camera; microphone" onload="window.__pwned=1" srcdoc="<script>parent.__pwned=1</script>" style="position:fixed"></iframe>',
    );
    const attributes = iframeAttributes(html);
    expect(attributes?.['sandbox']).toBe(EMBED_SANDBOX);
    expect(attributes?.['allow']).toBe('fullscreen; picture-in-picture; encrypted-media');
    expect(Object.keys(attributes ?? {})).not.toContain('onload');
    expect(Object.keys(attributes ?? {})).not.toContain('srcdoc');
    expect(Object.keys(attributes ?? {})).not.toContain('style');
  });

  it('drops a width or height that is not a number of pixels', async () => {
    const { html } = await render(
      '<iframe src="https://player.vimeo.com/video/1234" title="A" width="100%" height="315px"></iframe>',
    );
    expect(iframeAttributes(html)).not.toHaveProperty('width');
    expect(iframeAttributes(html)).not.toHaveProperty('height');
  });

  it('removes a frame from any other site and tells the editor, with the line', async () => {
    const { html, file } = await render(
      'A video:\n\n<iframe src="https://videos.example.com/player/1234" title="The march"></iframe>\n\nAfter.',
    );
    expect(html).not.toContain('<iframe');
    expect(html).toContain('<p>After.</p>');
    expect(file.messages.map((message) => [message.line, message.reason])).toEqual([
      [
        3,
        '<iframe src="https://videos.example.com/player/1234">: only videos from YouTube (https://www.youtube-nocookie.com/embed/…) and Vimeo (https://player.vimeo.com/video/…) can be embedded; link to anything else instead',
      ],
    ]);
  });

  it('does not take a look-alike host, a page that is not a player, or a relative address for a player', async () => {
    for (const src of [
      'https://www.youtube.com.evil.example/embed/dQw4w9WgXcQ',
      'https://evil-youtube.com/embed/dQw4w9WgXcQ',
      'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
      'https://player.vimeo.com/video/1234/../../../evil',
      'https://user:pass@player.vimeo.com/video/1234',
      '//player.vimeo.com/video/1234',
      '/embed/dQw4w9WgXcQ',
    ]) {
      const { html, file } = await render(`<iframe src="${src}" title="A"></iframe>`);
      expect(html, src).not.toContain('<iframe');
      expect(file.messages, src).toHaveLength(1);
    }
  });

  it('silently removes a frame whose address the sanitiser already dropped', async () => {
    for (const markdown of [
      '<iframe src="javascript:window.__pwned=1"></iframe>',
      '<iframe src="data:text/html,<script>parent.__pwned=1</script>"></iframe>',
      '<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>',
    ]) {
      const { html, file } = await render(markdown);
      expect(html, markdown).not.toContain('<iframe');
      expect(file.messages, markdown).toEqual([]);
    }
  });

  it('is part of the article pipeline, reporting on the body’s line', async () => {
    const renderArticleBody = createArticleProcessor({ resolveArticle: (slug) => `no article has the slug "${slug}"` });
    const trusted = await renderArticleBody(
      '<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ" title="A"></iframe>',
    );
    expect(trusted.html).toContain('src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"');
    const untrusted = await renderArticleBody('First.\n\n<iframe src="https://evil.example/" title="A"></iframe>');
    expect(untrusted.html).not.toContain('<iframe');
    expect(untrusted.problems).toEqual([
      {
        line: 3,
        message: expect.stringMatching(/^<iframe src="https:\/\/evil\.example\/">: only videos from YouTube/),
      },
    ]);
  });
});

describe('articleSanitizeSchema', () => {
  it('drops styles and templates with everything inside them, so their code never shows as text', async () => {
    const { html } = await render(
      '<style>body { display: none }</style><noscript><img src=x onerror="window.__pwned=1"></noscript><template><script>1</script></template>\n\nText.',
    );
    expect(html.trim()).toBe('<p>Text.</p>');
  });

  it('keeps figures, tables, abbreviations and highlights', async () => {
    const { html } = await render(
      '<figure><img src="lima.jpg" alt="A march"><figcaption>Lima</figcaption></figure>\n\n<table><tr><td><abbr title="Confederación General de Trabajadores">CGTP</abbr> <mark>now</mark></td></tr></table>',
    );
    expect(html).toContain('<figure><img src="lima.jpg" alt="A march"><figcaption>Lima</figcaption></figure>');
    expect(html).toContain('<abbr title="Confederación General de Trabajadores">CGTP</abbr> <mark>now</mark>');
    expect(html).toContain('<table>');
  });

  it('drops scripts, event handlers, inline styles and dangerous addresses', async () => {
    const { html } = await render(
      [
        '<script>window.__pwned=1</script>',
        '<img src="x" onerror="window.__pwned=1">',
        '<a href="javascript:window.__pwned=1">a</a> <a href=" JaVaScRiPt:window.__pwned=1">b</a> <a href="data:text/html,x">c</a>',
        '<svg onload="window.__pwned=1"><circle r="5"/></svg>',
        '<div style="background:url(javascript:alert(1))" onclick="window.__pwned=1">d</div>',
        '<object data="x.swf"></object><embed src="x.swf"><form action="https://evil.example"><button formaction="javascript:alert(1)">e</button></form>',
        '<meta http-equiv="refresh" content="0;url=javascript:alert(1)"><base href="https://evil.example/"><link rel="stylesheet" href="https://evil.example/x.css">',
      ].join('\n\n'),
    );
    expect(html).not.toMatch(/<(script|svg|object|embed|form|meta|base|link|style)\b/i);
    expect(html).not.toMatch(/\son\w+=/i);
    expect(html).not.toMatch(/javascript:|data:|style=/i);
  });
});
