import { describe, expect, it } from 'vitest';
import { getArticleSlugFromPath, isIgnoredContentPath, isValidArticleSlug, slugifyName } from '../../src/lib/slugs';

describe('slugifyName', () => {
  it('turns a name with accents into lower-case ASCII joined by hyphens', () => {
    expect(slugifyName('José Rojas')).toBe('jose-rojas');
    expect(slugifyName('Łukasz Żak')).toBe('lukasz-zak');
  });

  it('drops punctuation and collapses runs of spaces and hyphens', () => {
    expect(slugifyName('  Dr. Ana-María  López!! ')).toBe('dr-ana-maria-lopez');
    expect(slugifyName('Peru — the strike, day 2')).toBe('peru-the-strike-day-2');
  });

  it('spells out an ampersand as "and"', () => {
    expect(slugifyName('Strikes & Lockouts')).toBe('strikes-and-lockouts');
  });

  it('gives the same slug whether a name is typed with a straight or a curly apostrophe', () => {
    expect(slugifyName('Dan O’Brien')).toBe(slugifyName("Dan O'Brien"));
    expect(slugifyName('Nurses’ pay')).toBe(slugifyName("Nurses' pay"));
  });

  it('drops the apostrophe of a possessive instead of splitting the word', () => {
    expect(slugifyName("Conway's Law")).toBe('conways-law');
    expect(slugifyName('Nurses’ pay')).toBe('nurses-pay');
  });

  it('never leaves an apostrophe or a capital in the slug', () => {
    for (const name of ["Dan O'Brien", 'Ngũgĩ wa Thiong’o', 'McDonald']) {
      expect(slugifyName(name)).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    }
  });
});

describe('getArticleSlugFromPath', () => {
  it('is the file name without .md', () => {
    expect(getArticleSlugFromPath('peru-strike.md')).toBe('peru-strike');
  });

  it('ignores the folders the file sits in', () => {
    expect(getArticleSlugFromPath('content/articles/2023/desk/peru-strike.md')).toBe('peru-strike');
    expect(getArticleSlugFromPath('/abs/content/articles/2022/uk-nurses-strike.md')).toBe('uk-nurses-strike');
  });

  it('reads Windows paths with backslashes', () => {
    expect(getArticleSlugFromPath('content\\articles\\2023\\peru-strike.md')).toBe('peru-strike');
    expect(getArticleSlugFromPath('C:\\news\\articles\\2023\\peru-strike.md')).toBe('peru-strike');
  });

  it('strips an upper-case .MD extension as well', () => {
    expect(getArticleSlugFromPath('2023/peru-strike.MD')).toBe('peru-strike');
  });

  it('removes only the final .md', () => {
    expect(getArticleSlugFromPath('2023/notes.md.md')).toBe('notes.md');
  });
});

describe('isIgnoredContentPath', () => {
  it('ignores a file whose name starts with an underscore', () => {
    expect(isIgnoredContentPath('_draft.md')).toBe(true);
    expect(isIgnoredContentPath('2023/_draft.md')).toBe(true);
  });

  it('ignores every file inside a folder whose name starts with an underscore', () => {
    expect(isIgnoredContentPath('_scratch/x.md')).toBe(true);
    expect(isIgnoredContentPath('2023/_scratch/deep/x.md')).toBe(true);
    expect(isIgnoredContentPath('2023\\_scratch\\x.md')).toBe(true);
  });

  it('keeps files whose names merely contain an underscore', () => {
    expect(isIgnoredContentPath('2023/peru_strike.md')).toBe(false);
    expect(isIgnoredContentPath('2023/peru-strike.md')).toBe(false);
    expect(isIgnoredContentPath('desk_2023/peru-strike.md')).toBe(false);
  });
});

describe('isValidArticleSlug', () => {
  it('accepts lower-case letters and digits joined by single hyphens', () => {
    expect(isValidArticleSlug('peru-strike')).toBe(true);
    expect(isValidArticleSlug('nigeria-election-2023')).toBe(true);
    expect(isValidArticleSlug('g20')).toBe(true);
  });

  it('rejects capitals, spaces, underscores and accents', () => {
    expect(isValidArticleSlug('Peru-Strike')).toBe(false);
    expect(isValidArticleSlug('peru strike')).toBe(false);
    expect(isValidArticleSlug('peru_strike')).toBe(false);
    expect(isValidArticleSlug('perú')).toBe(false);
  });

  it('rejects leading, trailing and doubled hyphens and the empty string', () => {
    expect(isValidArticleSlug('-peru')).toBe(false);
    expect(isValidArticleSlug('peru-')).toBe(false);
    expect(isValidArticleSlug('peru--strike')).toBe(false);
    expect(isValidArticleSlug('')).toBe(false);
  });

  it('rejects anything that could climb out of a folder', () => {
    expect(isValidArticleSlug('../peru')).toBe(false);
    expect(isValidArticleSlug('2023/peru')).toBe(false);
  });
});
