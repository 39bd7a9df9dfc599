import { describe, expect, it } from 'vitest';
import {
  collectCssReferences,
  collectHtmlReferences,
  collectXmlReferences,
  findBrokenReferences,
  getUrlPathFile,
  parseSrcset,
  type BuiltSite,
} from '../../src/lib/link-check';
import { getFileUrlPath } from '../../src/lib/built-site';

const ORIGIN = 'https://news.example.org';

/** A small built site: pages given as HTML, other files as text or as bare names. */
function makeSite(texts: Record<string, string>, otherFiles: string[] = []): BuiltSite {
  return {
    files: new Set([...Object.keys(texts), ...otherFiles]),
    texts: new Map(Object.entries(texts)),
    origin: ORIGIN,
  };
}

function page(body: string, head = ''): string {
  return `<!doctype html><html lang="en"><head><title>t</title>${head}</head><body>${body}</body></html>`;
}

describe('parseSrcset', () => {
  it('returns the URL of each candidate without its descriptor', () => {
    expect(parseSrcset('/_astro/a.webp 480w, /_astro/b.webp 800w,/_astro/c.webp 1200w')).toEqual([
      '/_astro/a.webp',
      '/_astro/b.webp',
      '/_astro/c.webp',
    ]);
  });

  it('keeps commas that belong to a URL and accepts candidates without a descriptor', () => {
    expect(parseSrcset('/img?w=1,2 1x, /plain.png')).toEqual(['/img?w=1,2', '/plain.png']);
    expect(parseSrcset('/a.png,, /b.png 2x')).toEqual(['/a.png', '/b.png']);
  });

  it('returns nothing for an empty srcset', () => {
    expect(parseSrcset('  ')).toEqual([]);
  });
});

describe('collectCssReferences', () => {
  it('finds url() in every quoting style and @import, ignoring comments', () => {
    const css = `@import "./base.css"; /* url(/commented.png) */ @font-face { src: url(./files/a.woff2) format('woff2'), url('b.woff') } .x { background: url( "/c.png" ) }`;
    expect(collectCssReferences(css).map((reference) => reference.url)).toEqual([
      './files/a.woff2',
      'b.woff',
      '/c.png',
      './base.css',
    ]);
  });
});

describe('collectXmlReferences', () => {
  it('finds sitemap locations, feed links and atom hrefs, unescaping ampersands', () => {
    const xml = `<urlset><url><loc>${ORIGIN}/a/</loc></url></urlset><rss><channel><link>${ORIGIN}/</link><atom:link href="${ORIGIN}/rss.xml?x=1&amp;y=2" rel="self"/></channel></rss>`;
    expect(collectXmlReferences(xml).map((reference) => reference.url)).toEqual([
      `${ORIGIN}/a/`,
      `${ORIGIN}/`,
      `${ORIGIN}/rss.xml?x=1&y=2`,
    ]);
  });
});

describe('collectHtmlReferences', () => {
  it('finds links, images, srcset candidates, stylesheets, icons, feeds and social-card URLs', () => {
    const html = page(
      '<a href="/a/">a</a><img src="/i.png" srcset="/i-480.webp 480w, /i-800.webp 800w" alt=""><picture><source srcset="/p.avif 1x"></picture>',
      `<link rel="stylesheet" href="/s.css"><link rel="icon" href="/favicon.svg"><link rel="alternate" type="application/rss+xml" href="${ORIGIN}/rss.xml"><meta property="og:image" content="${ORIGIN}/og.png"><meta name="description" content="/not-a-link">`,
    );
    expect(collectHtmlReferences(html).references).toEqual([
      { where: 'link[href]', url: '/s.css' },
      { where: 'link[href]', url: '/favicon.svg' },
      { where: 'link[href]', url: `${ORIGIN}/rss.xml` },
      { where: 'meta[og:image]', url: `${ORIGIN}/og.png` },
      { where: 'a[href]', url: '/a/' },
      { where: 'img[src]', url: '/i.png' },
      { where: 'img[srcset]', url: '/i-480.webp' },
      { where: 'img[srcset]', url: '/i-800.webp' },
      { where: 'source[srcset]', url: '/p.avif' },
    ]);
  });

  it('reads url() from inline stylesheets and style attributes', () => {
    const html = page(
      '<div style="background:url(/bg.png)"></div>',
      '<style>@font-face{src:url(/_astro/f.woff2)}</style>',
    );
    expect(collectHtmlReferences(html).references.map((reference) => reference.url)).toEqual([
      '/_astro/f.woff2',
      '/bg.png',
    ]);
  });

  it('collects the ids a fragment can name', () => {
    const { ids } = collectHtmlReferences(page('<main id="main"><h2 id="a-section">x</h2><a name="old">y</a></main>'));
    expect([...ids].sort()).toEqual(['a-section', 'main', 'old']);
  });
});

describe('getFileUrlPath', () => {
  it('gives the address a static host serves a file at', () => {
    expect(getFileUrlPath('index.html')).toBe('/');
    expect(getFileUrlPath('articles/x/index.html')).toBe('/articles/x/');
    expect(getFileUrlPath('404.html')).toBe('/404.html');
    expect(getFileUrlPath('_astro/s.css')).toBe('/_astro/s.css');
  });
});

describe('getUrlPathFile', () => {
  it('maps a folder address to its index.html and decodes escapes', () => {
    expect(getUrlPathFile('/')).toBe('index.html');
    expect(getUrlPathFile('/articles/x/')).toBe('articles/x/index.html');
    expect(getUrlPathFile('/caf%C3%A9.png')).toBe('café.png');
  });

  it('returns undefined for a malformed escape', () => {
    expect(getUrlPathFile('/%E0%A4%A')).toBeUndefined();
  });
});

describe('findBrokenReferences', () => {
  it('reports nothing when every internal reference resolves, and counts what it followed', () => {
    const site = makeSite(
      {
        'index.html': page(
          '<a href="/articles/x/">x</a> <a href="articles/x/#body">body</a> <a href="#main">skip</a><main id="main"></main>',
          '<link rel="stylesheet" href="/_astro/s.css">',
        ),
        'articles/x/index.html': page('<div id="body"><img src="../../_astro/i.webp" alt="i"></div>'),
        '_astro/s.css': '@font-face{src:url(./f.woff2)}',
        'sitemap.xml': `<urlset><url><loc>${ORIGIN}/articles/x/</loc></url></urlset>`,
      },
      ['_astro/i.webp', '_astro/f.woff2'],
    );
    expect(findBrokenReferences(site)).toEqual({ checked: 7, broken: [] });
  });

  it('reports a link to a page that was not built, with the page, the place and the reason', () => {
    const site = makeSite({ 'index.html': page('<a href="/articles/gone/">gone</a>') });
    expect(findBrokenReferences(site).broken).toEqual([
      { from: 'index.html', where: 'a[href]', url: '/articles/gone/', reason: 'no file articles/gone/index.html' },
    ]);
  });

  it('reports missing images, srcset candidates, stylesheets and fonts', () => {
    const site = makeSite(
      {
        'index.html': page(
          '<img src="/a.png" srcset="/a.png 1x, /b.png 2x" alt="a">',
          '<link rel="stylesheet" href="/s.css">',
        ),
        's.css': '@font-face{src:url(/missing.woff2)}',
      },
      ['a.png'],
    );
    expect(
      findBrokenReferences(site).broken.map((reference) => `${reference.from} ${reference.where} ${reference.url}`),
    ).toEqual(['index.html img[srcset] /b.png', 's.css css url() /missing.woff2']);
  });

  it('treats absolute URLs on the site’s origin as internal and other origins and schemes as external', () => {
    const site = makeSite({
      'index.html': page(
        `<a href="${ORIGIN}/nowhere/">in</a><a href="https://elsewhere.example/nowhere/">out</a><a href="mailto:desk@example.org">mail</a><img src="data:image/png;base64,AAAA" alt="d">`,
      ),
    });
    const report = findBrokenReferences(site);
    expect(report.checked).toBe(1);
    expect(report.broken.map((reference) => reference.url)).toEqual([`${ORIGIN}/nowhere/`]);
  });

  it('reports a fragment that names no element of its page, but accepts #top and a bare #', () => {
    const site = makeSite({
      'index.html': page(
        '<a href="#nowhere">a</a><a href="#top">b</a><a href="#">c</a><a href="/#main">d</a><main id="main"></main>',
      ),
    });
    expect(findBrokenReferences(site).broken).toEqual([
      { from: 'index.html', where: 'a[href]', url: '#nowhere', reason: 'no element with id "nowhere" in index.html' },
    ]);
  });

  it('asks for the trailing slash when a link names a folder without one', () => {
    const site = makeSite({
      'index.html': page('<a href="/regions/europe">Europe</a>'),
      'regions/europe/index.html': page(''),
    });
    expect(findBrokenReferences(site).broken[0]?.reason).toBe(
      'no file regions/europe: a folder, write the address with a trailing slash (/regions/europe/)',
    );
  });

  it('resolves relative URLs against the page they are on', () => {
    const site = makeSite({
      'articles/x/index.html': page('<a href="../y/">y</a><a href="../z/">z</a>'),
      'articles/y/index.html': page(''),
    });
    expect(findBrokenReferences(site).broken.map((reference) => reference.reason)).toEqual([
      'no file articles/z/index.html',
    ]);
  });

  it('reports an empty href', () => {
    const site = makeSite({ 'index.html': page('<a href="">nothing</a>') });
    expect(findBrokenReferences(site).broken.map((reference) => reference.reason)).toEqual(['empty URL']);
  });
});
