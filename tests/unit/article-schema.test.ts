import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { createArticleSchema } from '../../src/lib/article-schema';
import { describeSchemaIssue } from '../../src/lib/zod-problems';

const regionIds = ['latin-america', 'europe', 'africa'];
const schema = createArticleSchema({ regionIds, image: z.string() });

const minimal = {
  title: 'Peru’s national strike',
  description: 'Unions and rural communities stop the country.',
  author: 'José Rojas',
  date: '2023-01-19',
  regions: ['latin-america'],
};

/** The sentences an editor would read for `data`, as the collection reports them. */
function problemsOf(data: Record<string, unknown>): { path: (string | number)[]; message: string }[] {
  const result = schema.safeParse(data);
  return result.success ? [] : result.error.issues.map(describeSchemaIssue);
}

describe('createArticleSchema', () => {
  it('accepts a minimal article and fills in the defaults', () => {
    const result = schema.safeParse(minimal);
    expect(result.success).toBe(true);
    expect(result.data).toEqual({
      title: 'Peru’s national strike',
      description: 'Unions and rural communities stop the country.',
      author: ['José Rojas'],
      date: new Date('2023-01-19T00:00:00Z'),
      regions: ['latin-america'],
      topics: [],
      related: [],
      translations: [],
      corrections: [],
      draft: false,
    });
  });

  it('turns a single author into a list and keeps a list as it is', () => {
    expect(schema.parse(minimal).author).toEqual(['José Rojas']);
    expect(schema.parse({ ...minimal, author: ['José Rojas', 'Lena Brandt'] }).author).toEqual([
      'José Rojas',
      'Lena Brandt',
    ]);
  });

  it('trims the headline and the names', () => {
    const parsed = schema.parse({ ...minimal, title: '  Peru  ', author: ' José Rojas ' });
    expect(parsed.title).toBe('Peru');
    expect(parsed.author).toEqual(['José Rojas']);
  });

  it('rejects an empty list of authors and an empty name', () => {
    expect(problemsOf({ ...minimal, author: [] })).toEqual([
      { path: ['author'], message: expect.stringContaining('must name at least one author') },
    ]);
    const blank = problemsOf({ ...minimal, author: '   ' });
    expect(blank.map((problem) => problem.path)).toContainEqual(['author']);
    expect(blank.map((problem) => problem.message)).toContainEqual(
      expect.stringContaining('must not be empty (a name)'),
    );
  });

  it('names a misspelt field so it never passes silently', () => {
    const { regions, ...withoutRegions } = minimal;
    const problems = problemsOf({ ...withoutRegions, regoins: regions });
    expect(problems).toContainEqual({ path: ['regoins'], message: expect.stringContaining('unknown field "regoins"') });
    expect(problems).toContainEqual({ path: ['regions'], message: 'regions: is required but missing' });
  });

  it('names an unknown field inside image', () => {
    const problems = problemsOf({ ...minimal, image: { src: 'a.jpg', alt: 'A march', captoin: 'x' } });
    expect(problems).toEqual([
      { path: ['image', 'captoin'], message: expect.stringMatching(/^unknown field "captoin" in image/) },
    ]);
  });

  it('rejects an unknown region and lists the known ones', () => {
    const problems = problemsOf({ ...minimal, regions: ['latin-america', 'atlantis'] });
    expect(problems).toEqual([
      { path: ['regions', 1], message: expect.stringContaining('"atlantis" is not a region') },
    ]);
    expect(problems[0]?.message).toContain('latin-america, europe, africa');
    expect(problems[0]?.message).toMatch(/^regions\[1\]: /);
  });

  it('rejects an empty list of regions', () => {
    const problems = problemsOf({ ...minimal, regions: [] });
    expect(problems).toEqual([
      { path: ['regions'], message: expect.stringContaining('must name at least one region') },
    ]);
  });

  it('rejects a region written as a single word instead of a list', () => {
    expect(problemsOf({ ...minimal, regions: 'europe' })).toEqual([
      { path: ['regions'], message: expect.stringContaining('must be a list of region ids') },
    ]);
  });

  it('says a missing headline is required', () => {
    const { title, ...withoutTitle } = minimal;
    expect(problemsOf(withoutTitle)).toEqual([{ path: ['title'], message: 'title: is required but missing' }]);
  });

  it('rejects an empty headline', () => {
    expect(problemsOf({ ...minimal, title: '  ' })).toEqual([
      { path: ['title'], message: expect.stringContaining('must not be empty') },
    ]);
  });

  it('rejects a headline that is not text', () => {
    expect(problemsOf({ ...minimal, title: 42 })).toEqual([
      { path: ['title'], message: expect.stringContaining('must be text') },
    ]);
  });

  it('reads the publication date in the site zone', () => {
    expect(schema.parse({ ...minimal, date: '2023-01-19T14:30:00-05:00' }).date.toISOString()).toBe(
      '2023-01-19T19:30:00.000Z',
    );
  });

  it('rejects an impossible date, quoting it', () => {
    for (const date of ['2023-13-45', '2023-02-29', 'next Tuesday']) {
      const problems = problemsOf({ ...minimal, date });
      expect(problems, date).toEqual([
        { path: ['date'], message: expect.stringContaining(`"${date}" is not a real date`) },
      ]);
    }
  });

  it('rejects a date that is not text', () => {
    expect(problemsOf({ ...minimal, date: 2023 })).toEqual([
      { path: ['date'], message: expect.stringContaining('must be a date written YYYY-MM-DD') },
    ]);
  });

  it('accepts an update on or after the publication date', () => {
    expect(schema.safeParse({ ...minimal, updated: '2023-01-19' }).success).toBe(true);
    expect(schema.parse({ ...minimal, updated: '2023-01-20' }).updated?.toISOString()).toBe('2023-01-20T00:00:00.000Z');
  });

  it('rejects an update earlier than the publication date', () => {
    expect(problemsOf({ ...minimal, updated: '2023-01-18' })).toEqual([
      { path: ['updated'], message: 'updated: must not be earlier than date' },
    ]);
  });

  it('accepts a source with an http or https address', () => {
    for (const url of ['https://diariodelsur.example/paro', 'http://diariodelsur.example/paro']) {
      expect(schema.safeParse({ ...minimal, source: { name: 'Diario del Sur', url } }).success, url).toBe(true);
    }
  });

  it('rejects a source address that is not a web address', () => {
    for (const url of ['javascript:alert(1)', 'ftp://files.example.org/paro', 'diariodelsur.example/paro']) {
      const problems = problemsOf({ ...minimal, source: { name: 'Diario del Sur', url } });
      expect(problems, url).toEqual([
        {
          path: ['source', 'url'],
          message: expect.stringContaining('must be a web address starting with http:// or https://'),
        },
      ]);
    }
  });

  it('requires the source’s name', () => {
    expect(problemsOf({ ...minimal, source: { url: 'https://example.org' } })).toEqual([
      { path: ['source', 'name'], message: 'source.name: is required but missing' },
    ]);
  });

  it('is not a draft unless it says so', () => {
    expect(schema.parse(minimal).draft).toBe(false);
    expect(schema.parse({ ...minimal, draft: true }).draft).toBe(true);
  });

  it('rejects a draft flag written as text', () => {
    expect(problemsOf({ ...minimal, draft: 'yes' })).toEqual([
      { path: ['draft'], message: 'draft: must be true or false' },
    ]);
  });

  it('has no topics unless it names some', () => {
    expect(schema.parse(minimal).topics).toEqual([]);
    expect(schema.parse({ ...minimal, topics: ['strikes', 'repression'] }).topics).toEqual(['strikes', 'repression']);
  });

  it('rejects a topic made only of punctuation', () => {
    expect(problemsOf({ ...minimal, topics: ['strikes', '!!!'] })).toEqual([
      { path: ['topics', 1], message: expect.stringContaining('must contain a letter or a digit') },
    ]);
  });

  it('accepts related articles named by slug', () => {
    expect(schema.parse({ ...minimal, related: ['uk-nurses-strike', 'peru-juliaca-massacre'] }).related).toEqual([
      'uk-nurses-strike',
      'peru-juliaca-massacre',
    ]);
  });

  it('rejects related articles named by title, path or file name', () => {
    for (const entry of ['UK nurses strike', '2022/uk-nurses-strike', 'uk-nurses-strike.md']) {
      const problems = problemsOf({ ...minimal, related: [entry] });
      expect(problems, entry).toEqual([
        { path: ['related', 0], message: expect.stringContaining('must be the slug of an article') },
      ]);
    }
  });

  it('requires the alt text of an image', () => {
    expect(problemsOf({ ...minimal, image: { src: './a.jpg' } })).toEqual([
      { path: ['image', 'alt'], message: 'image.alt: is required but missing' },
    ]);
  });

  it('hands the image path to the image schema it was given', () => {
    expect(schema.parse({ ...minimal, image: { src: './a.jpg', alt: 'A march' } }).image).toEqual({
      src: './a.jpg',
      alt: 'A march',
    });
    const strict = createArticleSchema({ regionIds, image: z.string().endsWith('.jpg', 'must be a jpg') });
    expect(strict.safeParse({ ...minimal, image: { src: './a.png', alt: 'A march' } }).success).toBe(false);
  });

  it("reports a picture path the image schema refuses together with the other fields' problems, at image.src", () => {
    const strict = createArticleSchema({ regionIds, image: z.string().endsWith('.jpg', 'must be a jpg') });
    const result = strict.safeParse({ ...minimal, title: '', image: { src: './a.png', alt: 'A march' } });
    expect(result.success ? [] : result.error.issues.map(describeSchemaIssue)).toEqual([
      { path: ['title'], message: 'title: must not be empty (the headline)' },
      { path: ['image', 'src'], message: 'image.src: must be a jpg' },
    ]);
  });

  it('requires the path of a picture, and checks it only when there is an image block', () => {
    expect(problemsOf({ ...minimal, image: { alt: 'A march' } })).toEqual([
      { path: ['image', 'src'], message: 'image.src: is required but missing' },
    ]);
    expect(problemsOf({ ...minimal, image: './a.jpg' })).toEqual([
      {
        path: ['image'],
        message: 'image: must be indented fields below `image:`: src, alt, and optionally caption and credit',
      },
    ]);
  });

  it('builds the fields once for a list of regions: schemas made for different entries behave alike', () => {
    const first = createArticleSchema({ regionIds, image: z.string() });
    const second = createArticleSchema({ regionIds: [...regionIds], image: z.string().transform((src) => `#${src}`) });
    const article = { ...minimal, image: { src: './a.jpg', alt: 'A march' } };
    expect(first.parse(article).image?.src).toBe('./a.jpg');
    expect(second.parse(article).image?.src).toBe('#./a.jpg');
    expect(second.safeParse({ ...minimal, regions: ['atlantis'] }).success).toBe(false);
    // Another list of regions gets fields of its own.
    expect(
      createArticleSchema({ regionIds: ['atlantis'], image: z.string() }).safeParse({
        ...minimal,
        regions: ['atlantis'],
      }).success,
    ).toBe(true);
  });

  it('reports every problem of an article at once', () => {
    const problems = problemsOf({ ...minimal, title: '', regions: ['atlantis'], date: '2023-02-30', regoins: [] });
    expect(problems.map((problem) => problem.path[0]).sort()).toEqual(['date', 'regions', 'regoins', 'title']);
  });
});
