import { describe, expect, it } from 'vitest';
import {
  buildSearchManifest,
  chooseSearchBundle,
  extractIndexedDocument,
  getPrimaryLanguage,
  readPageLanguages,
} from '../../src/lib/search-bundles';

describe('readPageLanguages', () => {
  it('reads <html lang> and the lang of the data-pagefind-body element', () => {
    const html =
      '<!doctype html><html lang="en"><body><header lang="en"></header><article class="article" lang="es" data-pagefind-body data-x="1"><h1>T</h1></article></body></html>';
    expect(readPageLanguages(html)).toEqual({ html: 'en', body: 'es' });
  });

  it('leaves the body language undefined when the indexed element declares none', () => {
    expect(readPageLanguages('<html lang="en"><article data-pagefind-body class="article">x</article></html>')).toEqual(
      { html: 'en', body: undefined },
    );
  });

  it('reads unquoted and single-quoted attributes, and a missing <html lang> as empty', () => {
    expect(readPageLanguages("<html><main lang='pt-BR' data-pagefind-body>x</main></html>")).toEqual({
      html: '',
      body: 'pt-BR',
    });
    expect(readPageLanguages('<html lang=es><div data-pagefind-body lang=es>x</div></html>')).toEqual({
      html: 'es',
      body: 'es',
    });
  });

  it('returns undefined for a page Pagefind will not index (no data-pagefind-body)', () => {
    expect(readPageLanguages('<html lang="en"><body><p>data-pagefind-body in text</p></body></html>')).toBeUndefined();
    expect(
      readPageLanguages(
        '<html lang="en"><body><p>see data-pagefind-body, or data-pagefind-bodyguard</p></body></html>',
      ),
    ).toBeUndefined();
  });

  it('finds the attribute after the same words in text', () => {
    expect(
      readPageLanguages(
        '<html lang="en"><p>the data-pagefind-body attribute</p><article\n  data-pagefind-body lang="es">x</article></html>',
      ),
    ).toEqual({ html: 'en', body: 'es' });
  });
});

describe('extractIndexedDocument', () => {
  const page = (body: string) =>
    `<!DOCTYPE html><html lang="en" class="x"><head><title>T</title><style>p{color:red}</style></head>` +
    `<body><header><img src="/other.webp" alt=""></header><main>${body}<aside><a href="/b/">B</a></aside></main>` +
    `<footer>Footer</footer></body></html>`;

  it('keeps the <html> tag and the data-pagefind-body element, nothing around them', () => {
    const element =
      '<article lang="es" data-pagefind-body data-pagefind-meta="title"><h1>Título</h1><p>Texto</p></article>';
    expect(extractIndexedDocument(page(element))).toBe(
      `<!DOCTYPE html><html lang="en" class="x"><body>${element}</body></html>`,
    );
  });

  it('ends the element at its own end tag when others of its name are nested in it', () => {
    const element =
      '<article data-pagefind-body><p>a</p><article class="quote"><p>b</p><article><p>c</p></article></article><p>d</p></article>';
    expect(extractIndexedDocument(page(`${element}<article><p>next</p></article>`))).toBe(
      `<!DOCTYPE html><html lang="en" class="x"><body>${element}</body></html>`,
    );
  });

  it('does not take a longer tag name that starts the same for the element’s own', () => {
    const element = '<div data-pagefind-body><divider></divider><p>a</p></div>';
    expect(extractIndexedDocument(page(element))).toContain(`<body>${element}</body>`);
  });

  it('returns the page whole when it has no such element, or the element never ends', () => {
    const plain = page('<article><p>Not indexed</p></article>');
    expect(extractIndexedDocument(plain)).toBe(plain);
    const unclosed = page('<article data-pagefind-body><p>Cut short');
    expect(extractIndexedDocument(unclosed)).toBe(unclosed);
  });
});

describe('getPrimaryLanguage', () => {
  it('keeps the primary subtag in lower case', () => {
    expect(getPrimaryLanguage('es')).toBe('es');
    expect(getPrimaryLanguage('pt-BR')).toBe('pt');
    expect(getPrimaryLanguage('ES')).toBe('es');
  });
});

describe('chooseSearchBundle', () => {
  it('puts a page in the site bundle, read with the stemmer of its <html lang>', () => {
    expect(chooseSearchBundle({ html: 'en', body: undefined })).toEqual({
      language: 'en',
      folder: '',
      forceLanguage: undefined,
    });
    expect(chooseSearchBundle({ html: 'es', body: undefined })).toEqual({
      language: 'es',
      folder: '',
      forceLanguage: undefined,
    });
  });

  it('gives an article body in another language that language’s bundle and stemmer', () => {
    expect(chooseSearchBundle({ html: 'en', body: 'es' })).toEqual({
      language: 'es',
      folder: 'es',
      forceLanguage: 'es',
    });
    expect(chooseSearchBundle({ html: 'en', body: 'es-PE' })).toEqual({
      language: 'es',
      folder: 'es',
      forceLanguage: 'es',
    });
    expect(chooseSearchBundle({ html: 'en', body: 'pt-BR' })).toEqual({
      language: 'pt',
      folder: 'pt',
      forceLanguage: 'pt',
    });
  });

  it('keeps a regional variant or another spelling of the site language in the site bundle', () => {
    expect(chooseSearchBundle({ html: 'en', body: 'en-GB' })).toEqual({
      language: 'en',
      folder: '',
      forceLanguage: undefined,
    });
    expect(chooseSearchBundle({ html: 'es', body: 'ES' })).toEqual({
      language: 'es',
      folder: '',
      forceLanguage: undefined,
    });
    expect(chooseSearchBundle({ html: 'en', body: '' })).toEqual({
      language: 'en',
      folder: '',
      forceLanguage: undefined,
    });
  });

  it('names a site bundle without a language "unknown" rather than leaving it blank', () => {
    expect(chooseSearchBundle({ html: '', body: undefined })).toEqual({
      language: 'unknown',
      folder: '',
      forceLanguage: undefined,
    });
  });
});

describe('buildSearchManifest', () => {
  it('names each bundle by a path relative to pagefind/', () => {
    const bundles = [
      chooseSearchBundle({ html: 'en', body: undefined }),
      chooseSearchBundle({ html: 'en', body: 'es' }),
    ];
    expect(buildSearchManifest(bundles)).toEqual({
      bundles: [
        { language: 'en', path: './' },
        { language: 'es', path: 'es/' },
      ],
    });
  });
});
