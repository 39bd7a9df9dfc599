import { describe, expect, it } from 'vitest';
import { getAuthorPageData } from '../../src/data/author-page';

const site = new URL('https://news.example.org');
const rojas = {
  name: 'José Rojas',
  url: '/authors/jose-rojas/',
  articles: [{}, {}] as never[],
  profile: {
    name: 'José Rojas',
    role: 'Andes correspondent',
    bio: 'Covers labour in Peru.',
    links: ['https://social.example/@jrojas'],
    line: 1,
  },
};

describe('getAuthorPageData', () => {
  it('gives the first page the role, the bio as description, the links and a ProfilePage', () => {
    const data = getAuthorPageData(rojas, 1, site);
    expect(data).toMatchObject({
      role: 'Andes correspondent',
      bio: 'Covers labour in Peru.',
      links: [{ url: 'https://social.example/@jrojas', label: 'social.example' }],
      description: 'Covers labour in Peru.',
    });
    expect(JSON.parse(data.jsonLd!)).toMatchObject({
      '@type': 'ProfilePage',
      url: 'https://news.example.org/authors/jose-rojas/',
      mainEntity: { name: 'José Rojas', jobTitle: 'Andes correspondent' },
    });
  });

  it('keeps only the role on later pages', () => {
    expect(getAuthorPageData(rojas, 2, site)).toEqual({
      count: '2 articles',
      role: 'Andes correspondent',
      bio: '',
      links: [],
      description: 'Articles by José Rojas: 2 articles.',
      jsonLd: undefined,
    });
  });

  it('describes a writer without a profile by their count of articles', () => {
    const data = getAuthorPageData(
      { ...rojas, name: 'Kenji Arai', profile: undefined, articles: [{}] as never[] },
      1,
      site,
    );
    expect(data.description).toBe('Articles by Kenji Arai: 1 article.');
    expect(data.role).toBe('');
    expect(JSON.parse(data.jsonLd!).mainEntity).toEqual({
      '@type': 'Person',
      name: 'Kenji Arai',
      url: 'https://news.example.org/authors/jose-rojas/',
    });
  });
});
