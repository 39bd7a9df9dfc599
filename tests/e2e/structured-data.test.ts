import { beforeAll, describe, expect, inject, it } from 'vitest';
import { listArticleSlugs, readJsonLd, readMeta, readPage, readSiteOrigin, toLocalPath } from './published-files';

let origin: string;

beforeAll(async () => {
  origin = await readSiteOrigin();
});

function findBlock(html: string, type: string): Record<string, any> {
  const block = readJsonLd(html).find((data) => data['@type'] === type);
  if (!block) throw new Error(`no ${type} block`);
  return block;
}

describe('the structured data of article pages', () => {
  it('describes every article as a NewsArticle with its breadcrumbs', async () => {
    const slugs = await listArticleSlugs();
    expect(slugs.length).toBeGreaterThan(30);
    for (const slug of slugs) {
      const html = await readPage(`/articles/${slug}/`);
      const url = `${origin}/articles/${slug}/`;
      const article = findBlock(html, 'NewsArticle');
      expect(article['@context'], slug).toBe('https://schema.org');
      expect(article['headline'].length, slug).toBeGreaterThan(10);
      expect(article['description'].length, slug).toBeGreaterThan(20);
      expect(article['mainEntityOfPage'], slug).toEqual({ '@type': 'WebPage', '@id': url });
      expect(article['datePublished'], slug).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$/);
      expect(Date.parse(article['dateModified']), slug).toBeGreaterThanOrEqual(Date.parse(article['datePublished']));
      for (const author of article['author']) {
        expect(author['@type']).toBe('Person');
        expect(author['url']).toMatch(new RegExp(`^${origin}/authors/[a-z0-9-]+/$`));
      }
      expect(article['publisher']).toMatchObject({
        '@type': 'Organization',
        name: 'Broadsheet',
        logo: { '@type': 'ImageObject', url: `${origin}/logo.svg` },
      });
      expect(article['inLanguage'], slug).toMatch(/^[a-z]{2}/);
      expect(typeof article['articleSection'], slug).toBe('string');
      const crumbs = findBlock(html, 'BreadcrumbList')['itemListElement'];
      expect(crumbs.map((crumb: { position: number }) => crumb.position)).toEqual([1, 2, 3]);
      expect(crumbs[0].item).toBe(`${origin}/`);
      expect(crumbs[1].item).toMatch(new RegExp(`^${origin}/regions/[a-z-]+/$`));
      expect(crumbs[2]).toMatchObject({ name: article['headline'], item: url });
    }
  });

  it('gives the built lead image, its source, its topics and its update', async () => {
    const article = findBlock(await readPage('/articles/peru-national-strike-january-19/'), 'NewsArticle');
    expect(article['image']).toMatchObject({ '@type': 'ImageObject', width: 1200 });
    const image = await fetch(`${inject('baseUrl')}${toLocalPath(article['image'].url, origin)}`);
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toBe('image/jpeg');
    expect(article['isBasedOn']).toMatchObject({
      '@type': 'CreativeWork',
      url: 'https://example.org/diario-del-sur/toma-de-lima-paro-nacional',
      inLanguage: 'es',
    });
    expect(article['keywords']).toBe('peru-crisis, strikes, protests');
    expect(article['articleSection']).toBe('Latin America');
    expect(article['datePublished']).toBe('2023-01-19T00:00:00Z');
    expect(article['dateModified']).toBe('2023-01-20T00:00:00Z');
    expect(article).not.toHaveProperty('correction');
  });

  it('lists corrections and counts them as the last modification', async () => {
    const article = findBlock(await readPage('/articles/france-pension-strike-january-19/'), 'NewsArticle');
    expect(article['correction']).toEqual([
      {
        '@type': 'CorrectionComment',
        text: expect.stringMatching(/^An earlier version/),
        datePublished: '2023-01-20T00:00:00Z',
      },
    ]);
    expect(article['dateModified']).toBe('2023-01-20T00:00:00Z');
  });

  it('gives a Spanish article its language', async () => {
    expect(findBlock(await readPage('/articles/peru-paro-nacional-respuesta/'), 'NewsArticle')['inLanguage']).toBe(
      'es',
    );
  });
});

describe('the social cards of article pages', () => {
  it('describe the article for OpenGraph and X', async () => {
    const html = await readPage('/articles/peru-national-strike-january-19/');
    const url = `${origin}/articles/peru-national-strike-january-19/`;
    const headline = findBlock(html, 'NewsArticle')['headline'];
    expect(readMeta(html, 'og:type')).toEqual(['article']);
    expect(readMeta(html, 'og:title')).toEqual([headline]);
    expect(readMeta(html, 'og:description')).toEqual(readMeta(html, 'description'));
    expect(readMeta(html, 'og:url')).toEqual([url]);
    expect(html).toContain(`<link rel="canonical" href="${url}">`);
    expect(readMeta(html, 'og:site_name')).toEqual(['Broadsheet']);
    expect(readMeta(html, 'og:image')[0]).toMatch(new RegExp(`^${origin}/_astro/.+\\.jpe?g$`));
    expect(readMeta(html, 'article:published_time')).toEqual(['2023-01-19T00:00:00Z']);
    expect(readMeta(html, 'article:modified_time')).toEqual(['2023-01-20T00:00:00Z']);
    expect(readMeta(html, 'article:section')).toEqual(['Latin America']);
    expect(readMeta(html, 'article:tag')).toEqual(['peru-crisis', 'strikes', 'protests']);
    expect(readMeta(html, 'twitter:card')).toEqual(['summary_large_image']);
    expect(readMeta(html, 'twitter:site')).toEqual(['@broadsheetnews']);
  });

  it('fall back to a small card for an article without a picture', async () => {
    const html = await readPage('/articles/peru-paro-nacional-respuesta/');
    expect(readMeta(html, 'og:image')).toEqual([]);
    expect(readMeta(html, 'twitter:card')).toEqual(['summary']);
  });

  it('describe other pages as the website', async () => {
    const html = await readPage('/regions/europe/');
    expect(readMeta(html, 'og:type')).toEqual(['website']);
    expect(readMeta(html, 'og:url')).toEqual([`${origin}/regions/europe/`]);
  });
});
