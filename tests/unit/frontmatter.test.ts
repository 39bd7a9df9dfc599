import { describe, expect, it } from 'vitest';
import { splitArticleFile } from '../../src/lib/frontmatter';

const FILE = 'content/articles/2023/peru-strike.md';

const article = [
  '---', //                                   1
  'title: Peru’s national strike', //         2
  'date: 2023-01-19', //                      3
  'regions:', //                              4
  '  - latin-america', //                     5
  '  - europe', //                            6
  'image:', //                                7
  '  alt: A march in Lima', //                8
  '  src: ./images/lima-march.jpg', //        9
  '---', //                                   10
  '', //                                      11
  'Thousands marched in Lima.', //            12
  '',
].join('\n');

describe('splitArticleFile', () => {
  it('parses the frontmatter and returns the body after the closing fence', () => {
    const split = splitArticleFile(article, FILE);
    expect(split.problems).toEqual([]);
    expect(split.data).toEqual({
      title: 'Peru’s national strike',
      date: '2023-01-19',
      regions: ['latin-america', 'europe'],
      image: { alt: 'A march in Lima', src: './images/lima-march.jpg' },
    });
    expect(split.body).toBe('\nThousands marched in Lima.\n');
  });

  it('says on which file line the body starts', () => {
    expect(splitArticleFile(article, FILE).bodyStartLine).toBe(11);
    expect(splitArticleFile('---\ntitle: A\n---\nBody', FILE).bodyStartLine).toBe(4);
  });

  it('keeps dates as the strings the editor wrote', () => {
    const split = splitArticleFile('---\ndate: 2023-01-19\nupdated: 2023-01-19T14:30:00-05:00\n---\n', FILE);
    expect(split.data?.['date']).toBe('2023-01-19');
    expect(split.data?.['updated']).toBe('2023-01-19T14:30:00-05:00');
  });

  it('reads booleans and numbers as YAML 1.2 does, not yes/no as booleans', () => {
    const split = splitArticleFile('---\ndraft: true\ncount: 3\nanswer: yes\n---\n', FILE);
    expect(split.data).toEqual({ draft: true, count: 3, answer: 'yes' });
  });

  it('tolerates a UTF-8 byte order mark', () => {
    const split = splitArticleFile(`\uFEFF${article}`, FILE);
    expect(split.problems).toEqual([]);
    expect(split.data?.['title']).toBe('Peru’s national strike');
    expect(split.bodyStartLine).toBe(11);
  });

  it('tolerates Windows line endings and returns the body with LF endings', () => {
    const split = splitArticleFile(article.replaceAll('\n', '\r\n'), FILE);
    expect(split.problems).toEqual([]);
    expect(split.data?.['regions']).toEqual(['latin-america', 'europe']);
    expect(split.body).toBe('\nThousands marched in Lima.\n');
    expect(split.body).not.toContain('\r');
    expect(split.lineOf(['regions', 1])).toBe(6);
  });

  it('accepts trailing spaces after a fence', () => {
    const split = splitArticleFile('---  \ntitle: A\n--- \t\nBody', FILE);
    expect(split.problems).toEqual([]);
    expect(split.data).toEqual({ title: 'A' });
  });

  it('reports a file without frontmatter on line 1 and keeps the whole text as body', () => {
    const split = splitArticleFile('Thousands marched in Lima.\n', FILE);
    expect(split.data).toBeUndefined();
    expect(split.body).toBe('Thousands marched in Lima.\n');
    expect(split.problems).toEqual([
      { file: FILE, line: 1, message: expect.stringMatching(/^no frontmatter: the file must start with a line `---`/) },
    ]);
  });

  it('does not count a fence that is not on the first line', () => {
    const split = splitArticleFile('\n---\ntitle: A\n---\nBody', FILE);
    expect(split.data).toBeUndefined();
    expect(split.problems).toHaveLength(1);
    expect(split.problems[0]?.line).toBe(1);
  });

  it('reports frontmatter that is never closed on line 1', () => {
    const split = splitArticleFile('---\ntitle: A\ndate: 2023-01-19\n\nThousands marched.\n', FILE);
    expect(split.data).toBeUndefined();
    expect(split.problems).toEqual([
      { file: FILE, line: 1, message: expect.stringContaining('frontmatter is not closed') },
    ]);
  });

  it('reports a YAML syntax error on the file line it is on', () => {
    // Frontmatter line 3 (the unclosed flow list) is file line 4.
    const split = splitArticleFile('---\ntitle: A\ndate: 2023-01-19\nregions: [latin-america, europe\n---\nBody', FILE);
    expect(split.data).toBeUndefined();
    expect(split.problems).toHaveLength(1);
    expect(split.problems[0]).toEqual({ file: FILE, line: 4, message: expect.stringMatching(/^YAML syntax error: /) });
  });

  it('leaves the library’s code excerpt and "at line" out of the message', () => {
    const split = splitArticleFile('---\ntitle: A\nregions: [latin-america\n---\n', FILE);
    const message = split.problems[0]?.message ?? '';
    expect(message).not.toMatch(/at line \d+/);
    expect(message).not.toContain('\n');
  });

  it('reports a field written twice on the line of the second one', () => {
    const split = splitArticleFile('---\ntitle: A\ndate: 2023-01-19\ntitle: B\n---\nBody', FILE);
    expect(split.data).toBeUndefined();
    expect(split.problems).toEqual([
      { file: FILE, line: 4, message: expect.stringContaining('(a field is written twice)') },
    ]);
  });

  it('reads empty frontmatter as no fields, without a problem', () => {
    const split = splitArticleFile('---\n---\nBody', FILE);
    expect(split.problems).toEqual([]);
    expect(split.data).toEqual({});
    expect(split.body).toBe('Body');
    expect(split.bodyStartLine).toBe(3);
  });

  it('reports frontmatter that is a list or a sentence instead of fields, on line 2', () => {
    for (const yaml of ['- a\n- b', 'just a sentence']) {
      const split = splitArticleFile(`---\n${yaml}\n---\nBody`, FILE);
      expect(split.data, yaml).toBeUndefined();
      expect(split.problems, yaml).toEqual([{ file: FILE, line: 2, message: expect.stringContaining('field: value') }]);
    }
  });

  it('keeps a later "---" line in the body', () => {
    const split = splitArticleFile('---\ntitle: A\n---\nOne\n\n---\n\nTwo', FILE);
    expect(split.body).toBe('One\n\n---\n\nTwo');
  });

  describe('lineOf', () => {
    const split = splitArticleFile(article, FILE);

    it('finds the file line of a field', () => {
      expect(split.lineOf(['title'])).toBe(2);
      expect(split.lineOf(['date'])).toBe(3);
    });

    it('finds the file line of a list item', () => {
      expect(split.lineOf(['regions', 0])).toBe(5);
      expect(split.lineOf(['regions', 1])).toBe(6);
    });

    it('finds the file line of a nested field', () => {
      expect(split.lineOf(['image', 'src'])).toBe(9);
      expect(split.lineOf(['image', 'alt'])).toBe(8);
    });

    it('finds items of a flow list written on one line', () => {
      const flow = splitArticleFile('---\ntitle: A\nregions: [latin-america, atlantis]\n---\n', FILE);
      expect(flow.lineOf(['regions', 1])).toBe(3);
    });

    it('falls back to the nearest field that exists', () => {
      expect(split.lineOf(['image', 'caption'])).toBe(7);
      expect(split.lineOf(['regions', 5])).toBe(4);
    });

    it('points a missing top-level field at the start of the frontmatter', () => {
      expect(split.lineOf(['description'])).toBe(2);
    });

    it('still finds lines when the YAML has an error elsewhere', () => {
      const broken = splitArticleFile('---\ntitle: A\ndate: 2023-01-19\ntitle: B\n---\n', FILE);
      expect(broken.lineOf(['date'])).toBe(3);
    });

    it('finds nothing when there is no frontmatter', () => {
      expect(splitArticleFile('Body only', FILE).lineOf(['title'])).toBeUndefined();
    });
  });
});
