import { describe, expect, it } from 'vitest';
import {
  buildBreadcrumbJsonLd,
  buildNewsArticleJsonLd,
  buildProfilePageJsonLd,
  serializeJsonLd,
  type NewsArticleInput,
} from '../../src/lib/structured-data';

const input: NewsArticleInput = {
  url: 'https://news.example.org/articles/peru-strike/',
  headline: 'The Taking of Lima',
  description: 'Delegations from the south march on the capital.',
  datePublished: new Date('2023-01-19T00:00:00Z'),
  dateModified: new Date('2023-01-21T00:00:00Z'),
  authors: [{ name: 'José Rojas', url: 'https://news.example.org/authors/jose-rojas/' }],
  image: { url: 'https://news.example.org/_astro/lima.jpg', width: 1200, height: 675 },
  publisher: { name: 'Broadsheet', url: 'https://news.example.org/', logoUrl: 'https://news.example.org/logo.svg' },
  inLanguage: 'en',
  section: 'Latin America',
  keywords: ['strikes', 'peru-crisis'],
  source: {
    name: 'Diario del Sur',
    url: 'https://example.org/toma',
    language: 'es',
    date: new Date('2023-01-19T00:00:00Z'),
  },
  corrections: [{ date: new Date('2023-01-21T00:00:00Z'), text: 'An earlier version misspelt a name.' }],
};

describe('buildNewsArticleJsonLd', () => {
  const jsonLd = buildNewsArticleJsonLd(input);

  it('describes a NewsArticle with its headline, dek, dates and page', () => {
    expect(jsonLd).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'The Taking of Lima',
      description: 'Delegations from the south march on the capital.',
      datePublished: '2023-01-19T00:00:00Z',
      dateModified: '2023-01-21T00:00:00Z',
      mainEntityOfPage: { '@type': 'WebPage', '@id': 'https://news.example.org/articles/peru-strike/' },
      inLanguage: 'en',
      articleSection: 'Latin America',
      keywords: 'strikes, peru-crisis',
    });
  });

  it('names each author as a Person with their page, and the publisher with its logo', () => {
    expect(jsonLd['author']).toEqual([
      { '@type': 'Person', name: 'José Rojas', url: 'https://news.example.org/authors/jose-rojas/' },
    ]);
    expect(jsonLd['publisher']).toEqual({
      '@type': 'Organization',
      name: 'Broadsheet',
      url: 'https://news.example.org/',
      logo: { '@type': 'ImageObject', url: 'https://news.example.org/logo.svg' },
    });
    expect(jsonLd['image']).toEqual({
      '@type': 'ImageObject',
      url: 'https://news.example.org/_astro/lima.jpg',
      width: 1200,
      height: 675,
    });
  });

  it('says what the piece is based on and lists its corrections', () => {
    expect(jsonLd['isBasedOn']).toEqual({
      '@type': 'CreativeWork',
      url: 'https://example.org/toma',
      publisher: { '@type': 'Organization', name: 'Diario del Sur' },
      inLanguage: 'es',
      datePublished: '2023-01-19T00:00:00Z',
    });
    expect(jsonLd['correction']).toEqual([
      {
        '@type': 'CorrectionComment',
        text: 'An earlier version misspelt a name.',
        datePublished: '2023-01-21T00:00:00Z',
      },
    ]);
  });

  it('leaves out what the article does not have', () => {
    const bare = buildNewsArticleJsonLd({
      ...input,
      image: undefined,
      section: undefined,
      keywords: [],
      source: undefined,
      corrections: [],
    });
    for (const key of ['image', 'articleSection', 'keywords', 'isBasedOn', 'correction'])
      expect(bare).not.toHaveProperty(key);
  });
});

describe('a writer with a profile', () => {
  const rojas = {
    name: 'José Rojas',
    url: 'https://news.example.org/authors/jose-rojas/',
    jobTitle: 'Andes correspondent',
    description: 'Covers labour in Peru.',
    sameAs: ['https://social.example/@jrojas'],
  };

  it('is an article’s author with the role and pages elsewhere given', () => {
    const withProfile = buildNewsArticleJsonLd({ ...input, authors: [{ ...rojas, description: undefined }] });
    expect(withProfile['author']).toEqual([
      {
        '@type': 'Person',
        name: 'José Rojas',
        url: 'https://news.example.org/authors/jose-rojas/',
        jobTitle: 'Andes correspondent',
        sameAs: ['https://social.example/@jrojas'],
      },
    ]);
  });

  it('is the subject of their page, a ProfilePage', () => {
    expect(buildProfilePageJsonLd(rojas)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'ProfilePage',
      url: 'https://news.example.org/authors/jose-rojas/',
      mainEntity: { '@type': 'Person', ...rojas },
    });
    // Nothing empty is said: a writer with no profile is a name and a page.
    expect(
      buildProfilePageJsonLd({
        name: 'Kenji Arai',
        url: 'https://news.example.org/authors/kenji-arai/',
        jobTitle: '',
        description: '',
        sameAs: [],
      })['mainEntity'],
    ).toEqual({
      '@type': 'Person',
      name: 'Kenji Arai',
      url: 'https://news.example.org/authors/kenji-arai/',
    });
  });
});

describe('buildBreadcrumbJsonLd', () => {
  it('numbers the trail from Home to the article', () => {
    expect(
      buildBreadcrumbJsonLd([
        { name: 'Broadsheet', url: 'https://news.example.org/' },
        { name: 'Latin America', url: 'https://news.example.org/regions/latin-america/' },
        { name: 'The Taking of Lima', url: 'https://news.example.org/articles/peru-strike/' },
      ]),
    ).toEqual({
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Broadsheet', item: 'https://news.example.org/' },
        {
          '@type': 'ListItem',
          position: 2,
          name: 'Latin America',
          item: 'https://news.example.org/regions/latin-america/',
        },
        {
          '@type': 'ListItem',
          position: 3,
          name: 'The Taking of Lima',
          item: 'https://news.example.org/articles/peru-strike/',
        },
      ],
    });
  });
});

describe('serializeJsonLd', () => {
  it('cannot be closed early by a headline containing </script>', () => {
    const json = serializeJsonLd({ headline: 'Why </script><script>alert(1)</script> matters' });
    expect(json).not.toMatch(/<\/script/i);
    expect(json).not.toContain('<');
  });

  it('cannot open an HTML comment or an entity', () => {
    const json = serializeJsonLd({ headline: '<!-- & -->' });
    expect(json).not.toMatch(/[<>&]/);
  });

  it('still parses back to the same data', () => {
    const data = { headline: 'Bread & Roses </script> <!-- \u2028 “quoted”', n: 1 };
    expect(JSON.parse(serializeJsonLd(data))).toEqual(data);
  });
});
