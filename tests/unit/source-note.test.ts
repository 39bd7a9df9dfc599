import { afterEach, describe, expect, it } from 'vitest';
import { setSiteTimeZone } from '../../src/lib/dates';
import { describeSourceNote, getLanguageName } from '../../src/lib/source-note';

afterEach(() => {
  setSiteTimeZone('UTC');
});

/** The sentence a reader sees, with the publication's name where the link goes. */
function sentence(note: { before: string; after: string }, name: string): string {
  return `${note.before}${name}${note.after}`;
}

describe('describeSourceNote', () => {
  it('says when, in what language and by whom the piece was first published', () => {
    const note = describeSourceNote({ name: 'Diario del Sur', date: new Date(Date.UTC(2023, 0, 19)), language: 'es' });
    expect(sentence(note, 'Diario del Sur')).toBe(
      'A version of this article was originally published on January 19, 2023 in Spanish by Diario del Sur.',
    );
  });

  it('leaves out the date and the language when the frontmatter does not give them', () => {
    expect(sentence(describeSourceNote({ name: 'Diario del Sur' }), 'Diario del Sur')).toBe(
      'A version of this article was originally published by Diario del Sur.',
    );
  });

  it('leaves out only what is missing', () => {
    expect(sentence(describeSourceNote({ name: 'X', language: 'pt' }), 'X')).toBe(
      'A version of this article was originally published in Portuguese by X.',
    );
    expect(sentence(describeSourceNote({ name: 'X', date: new Date(Date.UTC(2023, 0, 19)) }), 'X')).toBe(
      'A version of this article was originally published on January 19, 2023 by X.',
    );
  });

  it('leaves out a language the runtime cannot name', () => {
    expect(describeSourceNote({ name: 'X', language: '123' }).before).toBe(
      'A version of this article was originally published by ',
    );
  });

  it('shows the date in the site zone', () => {
    setSiteTimeZone('America/Lima');
    const note = describeSourceNote({ name: 'X', date: new Date('2023-01-20T03:00:00Z') });
    expect(note.before).toContain('on January 19, 2023');
  });

  it('ends with a space before the name and a full stop after it', () => {
    const note = describeSourceNote({ name: 'X' });
    expect(note.before.endsWith('by ')).toBe(true);
    expect(note.after).toBe('.');
  });
});

describe('getLanguageName', () => {
  it('names a language in English by default', () => {
    expect(getLanguageName('es')).toBe('Spanish');
    expect(getLanguageName('pt-BR')).toBe('Brazilian Portuguese');
  });

  it('names a language in the language asked for', () => {
    expect(getLanguageName('en', 'es')).toBe('inglés');
  });

  it('is undefined for a tag that is not a language', () => {
    expect(getLanguageName('123')).toBeUndefined();
    expect(getLanguageName('')).toBeUndefined();
  });
});
