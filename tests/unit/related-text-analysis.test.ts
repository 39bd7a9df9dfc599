import { describe, expect, it } from 'vitest';
import { extractTerms } from '../../src/lib/related';
import { foldDiacritics, getLanguageIndex } from '../../src/lib/related/text-analysis';

describe('extractTerms', () => {
  it('drops English stop words and stems what is left', () => {
    expect(extractTerms('The strikes were striking against the pension reforms', 'en')).toEqual([
      'strike',
      'strike',
      'pension',
      'reform',
    ]);
  });

  it('stems English by Porter’s rules, so “election”, “elections” and “elected” meet', () => {
    expect(extractTerms('election elections elected elects', 'en')).toEqual(['elect', 'elect', 'elect', 'elect']);
    expect(extractTerms('corruption corrupted', 'en')).toEqual(['corrupt', 'corrupt']);
  });

  it('analyses Spanish articles as Spanish, so “huelgas” and “huelga” meet', () => {
    const [plural] = extractTerms('huelgas', 'es');
    const [singular] = extractTerms('huelga', 'es-PE');
    expect(plural).toBe(singular);
    expect(extractTerms('La huelga de los mineros', 'es')).toHaveLength(2);
  });

  it('folds accents after stemming, so “pensión” and “pension” meet', () => {
    expect(extractTerms('pensión acción', 'es')).toEqual(extractTerms('pension accion', 'es'));
    expect(extractTerms('pensiones', 'es')).toEqual(extractTerms('pensión', 'es'));
  });

  it('treats decomposed and composed accents alike', () => {
    expect(extractTerms('Bogota\u0301', 'es')).toEqual(extractTerms('Bogotá', 'es'));
  });

  it('keeps possessives with their name and contractions with the stop words', () => {
    expect(extractTerms('Macron’s reform', 'en')).toEqual(['macron', 'reform']);
    expect(extractTerms("they don't know", 'en')).toEqual(['know']);
  });

  it('drops numbers and single letters but keeps words with digits', () => {
    expect(extractTerms('In 2024 the G20 met 3 times', 'en')).toEqual(['g20', 'met', 'time']);
  });

  it('splits words in any script', () => {
    expect(extractTerms('Αθήνα, Zürich — 北京', 'en')).toEqual(['αθηνα', 'zurich', '北京']);
  });
});

describe('foldDiacritics', () => {
  it('removes accents and tildes', () => {
    expect(foldDiacritics('pensión año Zürich')).toBe('pension ano Zurich');
  });
});

describe('getLanguageIndex', () => {
  it('picks Spanish for es and its regional tags, English for everything else', () => {
    expect(['es', 'es-PE', 'ES-mx', 'en', 'en-GB', 'fr', 'est'].map(getLanguageIndex)).toEqual([1, 1, 1, 0, 0, 0, 0]);
  });
});
