import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { describeSchemaIssue, formatFieldPath, MISSING_FIELD_MESSAGE, unlessMissing } from '../../src/lib/zod-problems';

function issuesOf(schema: z.ZodType, data: unknown): z.core.$ZodIssue[] {
  const result = schema.safeParse(data);
  if (result.success) throw new Error('expected the data to be rejected');
  return result.error.issues;
}

describe('describeSchemaIssue', () => {
  const schema = z.strictObject({
    title: z.string().min(1, 'must not be empty'),
    regions: z.array(z.string().regex(/^[a-z-]+$/, 'must be a region id')),
    image: z.strictObject({ src: z.string(), alt: z.string() }).optional(),
  });

  it('starts the message with the field as written in the frontmatter', () => {
    const [issue] = issuesOf(schema, { title: '', regions: [] });
    expect(describeSchemaIssue(issue!)).toEqual({ path: ['title'], message: 'title: must not be empty' });
  });

  it('writes list items with their index', () => {
    const [issue] = issuesOf(schema, { title: 'A', regions: ['europe', 'Atlantis'] });
    expect(describeSchemaIssue(issue!)).toEqual({ path: ['regions', 1], message: 'regions[1]: must be a region id' });
  });

  it('says a missing field is required', () => {
    const [issue] = issuesOf(schema, { regions: [] });
    expect(describeSchemaIssue(issue!)).toEqual({ path: ['title'], message: 'title: is required but missing' });
  });

  it('says a missing nested field is required, naming its parent', () => {
    const [issue] = issuesOf(schema, { title: 'A', regions: [], image: { src: 'a.jpg' } });
    expect(describeSchemaIssue(issue!)).toEqual({
      path: ['image', 'alt'],
      message: 'image.alt: is required but missing',
    });
  });

  it('names an unknown field and points at it', () => {
    const [issue] = issuesOf(schema, { title: 'A', regions: [], regoins: [] });
    const described = describeSchemaIssue(issue!);
    expect(described.path).toEqual(['regoins']);
    expect(described.message).toBe('unknown field "regoins": check the spelling (the README lists every field)');
  });

  it('names the object an unknown nested field is in', () => {
    const [issue] = issuesOf(schema, { title: 'A', regions: [], image: { src: 'a.jpg', alt: 'A', credits: 'X' } });
    const described = describeSchemaIssue(issue!);
    expect(described.path).toEqual(['image', 'credits']);
    expect(described.message).toMatch(/^unknown field "credits" in image: /);
  });

  it('names every unknown field of an object and points at the first', () => {
    const [issue] = issuesOf(schema, { title: 'A', regions: [], regoins: [], tittle: 'B' });
    const described = describeSchemaIssue(issue!);
    expect(described.path).toEqual(['regoins']);
    expect(described.message).toContain('"regoins", "tittle"');
  });

  it('says what a field of the wrong type must be, rather than calling it missing', () => {
    const flags = z.strictObject({ draft: z.boolean({ error: 'must be true or false' }) });
    const [issue] = issuesOf(flags, { draft: 'yes' });
    expect(describeSchemaIssue(issue!)).toEqual({ path: ['draft'], message: 'draft: must be true or false' });
  });

  it('puts zod’s default wrong-type message in an editor’s words', () => {
    const [issue] = issuesOf(z.strictObject({ pageSize: z.number() }), { pageSize: 'twenty' });
    expect(describeSchemaIssue(issue!)).toEqual({
      path: ['pageSize'],
      message: 'pageSize: must be a number, not text',
    });
  });

  it('keeps the schema’s message as it is when the issue is about the whole value', () => {
    const [issue] = issuesOf(z.string().min(3, 'must be at least three letters'), 'ab');
    expect(describeSchemaIssue(issue!)).toEqual({ path: [], message: 'must be at least three letters' });
  });
});

describe('formatFieldPath', () => {
  it('joins field names with dots', () => {
    expect(formatFieldPath(['image', 'src'])).toBe('image.src');
  });

  it('writes list indexes in brackets', () => {
    expect(formatFieldPath(['regions', 1])).toBe('regions[1]');
    expect(formatFieldPath(['corrections', 0, 'date'])).toBe('corrections[0].date');
  });

  it('starts with the index when the value is a list', () => {
    expect(formatFieldPath([2, 'name'])).toBe('[2].name');
  });

  it('is empty for the whole value', () => {
    expect(formatFieldPath([])).toBe('');
  });
});

describe('unlessMissing', () => {
  const flags = z.strictObject({ draft: z.boolean({ error: unlessMissing('must be true or false') }) });

  it('gives the schema’s own message for a value of the wrong kind', () => {
    const [issue] = issuesOf(flags, { draft: 'yes' });
    expect(describeSchemaIssue(issue!).message).toBe('draft: must be true or false');
  });

  it('says a missing value is missing rather than describing a value never written', () => {
    const [issue] = issuesOf(flags, {});
    expect(describeSchemaIssue(issue!).message).toBe(`draft: ${MISSING_FIELD_MESSAGE}`);
  });
});
