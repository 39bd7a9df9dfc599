import { describe, expect, it } from 'vitest';
import { getHreflangAlternates, getLanguageAutonym, getTranslationLinks } from '../../src/lib/translations';

describe('getLanguageAutonym', () => {
  it('names a language in itself, capitalised as a link starts', () => {
    expect(getLanguageAutonym('es')).toBe('Español');
    expect(getLanguageAutonym('en')).toBe('English');
    expect(getLanguageAutonym('fr')).toBe('Français');
  });

  it('falls back to the tag for a language it cannot name', () => {
    expect(getLanguageAutonym('qqq')).toBe('qqq');
  });
});

describe('getTranslationLinks', () => {
  const articles = new Map([
    ['peru-paro', { url: '/articles/peru-paro/', lang: 'es' }],
    ['peru-strike', { url: '/articles/peru-strike/', lang: 'en' }],
  ]);

  it('links each translation with its language', () => {
    expect(getTranslationLinks(['peru-paro'], articles)).toEqual([
      { url: '/articles/peru-paro/', lang: 'es', languageName: 'Español' },
    ]);
  });

  it('skips a slug the site does not have', () => {
    expect(getTranslationLinks(['missing', 'peru-strike'], articles).map((link) => link.lang)).toEqual(['en']);
  });
});

describe('getHreflangAlternates', () => {
  it('lists the article itself and each translation, absolute', () => {
    expect(
      getHreflangAlternates(
        { url: '/articles/peru-strike/', lang: 'en' },
        [{ url: '/articles/peru-paro/', lang: 'es', languageName: 'Español' }],
        'https://news.example.org',
      ),
    ).toEqual([
      { hreflang: 'en', href: 'https://news.example.org/articles/peru-strike/' },
      { hreflang: 'es', href: 'https://news.example.org/articles/peru-paro/' },
    ]);
  });

  it('lists nothing for an article without translations', () => {
    expect(getHreflangAlternates({ url: '/articles/a/', lang: 'en' }, [], 'https://news.example.org')).toEqual([]);
  });
});
