import { describe, expect, it } from 'vitest';
import {
  buildSearchManifest,
  getPrimaryLanguage,
  chooseSearchBundle,
  planSearchBundles,
  readPageLanguages,
  type IndexedPage,
} from '../../src/lib/search-bundles';

const page = (file: string, body?: string, html = 'en'): IndexedPage => ({ file, html, body });

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

describe('getPrimaryLanguage', () => {
  it('keeps the primary subtag in lower case', () => {
    expect(getPrimaryLanguage('es')).toBe('es');
    expect(getPrimaryLanguage('pt-BR')).toBe('pt');
    expect(getPrimaryLanguage('ES')).toBe('es');
  });
});

describe('planSearchBundles', () => {
  it('gives the site language the main bundle, which leaves out bodies in other languages', () => {
    const [site, ...others] = planSearchBundles([
      page('articles/a/index.html'),
      page('articles/b/index.html'),
      page('articles/c/index.html', 'es'),
    ]);
    expect(site).toEqual({
      language: 'en',
      folder: '',
      forceLanguage: undefined,
      excludeSelectors: ['[data-pagefind-body][lang|="es"]'],
      files: ['articles/a/index.html', 'articles/b/index.html'],
      pageCount: 2,
    });
    expect(others).toEqual([
      {
        language: 'es',
        folder: 'es',
        forceLanguage: 'es',
        excludeSelectors: [],
        files: ['articles/c/index.html'],
        pageCount: 1,
      },
    ]);
  });

  it('gives each other language a bundle of its own, reading only its pages, in language order', () => {
    const plans = planSearchBundles([
      page('articles/a/index.html'),
      page('articles/p/index.html', 'pt-BR'),
      page('articles/e1/index.html', 'es'),
      page('articles/e2/index.html', 'es-PE'),
    ]);
    expect(plans.map((plan) => [plan.language, plan.folder, plan.files, plan.pageCount])).toEqual([
      ['en', '', ['articles/a/index.html'], 1],
      ['es', 'es', ['articles/e1/index.html', 'articles/e2/index.html'], 2],
      ['pt', 'pt', ['articles/p/index.html'], 1],
    ]);
    expect(plans[0]!.excludeSelectors).toEqual([
      '[data-pagefind-body][lang|="es"]',
      '[data-pagefind-body][lang|="pt"]',
    ]);
  });

  it('keeps a regional variant of the site language (en-GB on an en site) in the main bundle', () => {
    const plans = planSearchBundles([page('articles/a/index.html'), page('articles/b/index.html', 'en-GB')]);
    expect(plans).toHaveLength(1);
    expect(plans[0]).toMatchObject({ language: 'en', excludeSelectors: [], pageCount: 2 });
  });

  it('matches a language written in another case by its own spelling', () => {
    const plans = planSearchBundles([page('articles/a/index.html'), page('articles/b/index.html', 'ES')]);
    expect(plans[0]!.excludeSelectors).toEqual(['[data-pagefind-body][lang|="ES"]']);
    expect(plans[1]).toMatchObject({ language: 'es', forceLanguage: 'es' });
  });

  it('takes the site language from the <html lang> most pages carry', () => {
    const plans = planSearchBundles([
      page('a.html', undefined, 'es'),
      page('b.html', undefined, 'es'),
      page('c.html', 'en', 'es'),
    ]);
    expect(plans.map((plan) => plan.language)).toEqual(['es', 'en']);
  });

});

describe('chooseSearchBundle', () => {
  it('puts a page in the site bundle unless its body is in another language', () => {
    expect(chooseSearchBundle({ html: 'en', body: undefined })).toEqual({ language: 'en', folder: '', forceLanguage: undefined });
    expect(chooseSearchBundle({ html: 'en', body: 'en-GB' })).toEqual({ language: 'en', folder: '', forceLanguage: undefined });
    expect(chooseSearchBundle({ html: 'en', body: 'es-PE' })).toEqual({ language: 'es', folder: 'es', forceLanguage: 'es' });
    expect(chooseSearchBundle({ html: 'es', body: 'ES' })).toEqual({ language: 'es', folder: '', forceLanguage: undefined });
  });

  it('agrees with the plan made from the whole site', () => {
    const pages = [page('articles/a/index.html'), page('articles/b/index.html', 'pt-BR'), page('articles/c/index.html', 'es')];
    const plans = planSearchBundles(pages);
    for (const built of pages) {
      const choice = chooseSearchBundle(built);
      const plan = plans.find((candidate) => candidate.files.includes(built.file));
      expect([choice.language, choice.folder, choice.forceLanguage]).toEqual([plan?.language, plan?.folder, plan?.forceLanguage]);
    }
  });
});

describe('buildSearchManifest', () => {
  it('names each bundle by a path relative to pagefind/', () => {
    const plans = planSearchBundles([page('articles/a/index.html'), page('articles/c/index.html', 'es')]);
    expect(buildSearchManifest(plans)).toEqual({
      bundles: [
        { language: 'en', path: './' },
        { language: 'es', path: 'es/' },
      ],
    });
  });
});
