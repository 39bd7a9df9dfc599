import { z } from 'astro/zod';
import { parseContentDate } from './dates';
import { isValidArticleSlug, slugifyName } from './slugs';
import { MISSING_FIELD_MESSAGE, unlessMissing } from './zod-problems';

/** What the schema needs to know about the site; `image` is Astro's `image()` in a build and a plain path check elsewhere. */
export interface ArticleSchemaContext<TImage extends z.ZodType> {
  regionIds: readonly string[];
  image: TImage;
}

const text = (what: string) =>
  z
    .string({
      error: ({ input }) => {
        if (input === undefined) return MISSING_FIELD_MESSAGE;
        // YAML reads `title: 1984` as a number and `title: yes` as text, but `true` as a flag: quotes make any of them text.
        if (typeof input === 'number' || typeof input === 'boolean')
          return `must be text (${what}), and ${input} is read as a ${typeof input === 'number' ? 'number' : 'true/false flag'}: put it in quotes, "${input}"`;
        return `must be text (${what})`;
      },
    })
    .trim()
    .min(1, `must not be empty (${what})`);

const contentDate = z
  .union([z.string(), z.date()], {
    error: unlessMissing('must be a date written YYYY-MM-DD, or an ISO date-time such as 2023-01-19T14:30:00-05:00'),
  })
  .transform((value, ctx) => {
    if (value instanceof Date) return value;
    const parsed = parseContentDate(value);
    if (!parsed) {
      ctx.addIssue({
        code: 'custom',
        message: `"${value}" is not a real date: write YYYY-MM-DD (e.g. 2023-01-19) or an ISO date-time`,
      });
      return z.NEVER;
    }
    return parsed;
  });

const languageTag = z
  .string()
  .regex(/^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*$/, 'must be a language tag such as en, es or pt-BR');

const articleSlug = z
  .string()
  .refine(isValidArticleSlug, 'must be the slug of an article: its file name without .md, e.g. peru-national-strike');

// A byline name becomes the address of the author's page (`José Rojas` → /authors/jose-rojas/);
// a name in a script the slug cannot spell (李明, שרה כהן) would give every such author one empty address.
const authorName = text('a name').superRefine((name, ctx) => {
  if (slugifyName(name) === '') {
    ctx.addIssue({
      code: 'custom',
      message: `"${name}" has no letters a web address can spell, and each author gets a page at /authors/<name>/: write it in Latin letters too, e.g. "李明 (Li Ming)"`,
    });
  }
});

/**
 * The frontmatter contract of an article. Every field is listed here once;
 * an unknown field is an error so that a misspelt `regoins` never passes silently.
 *
 * Astro asks for a fresh schema for every entry (its `image()` resolves pictures relative
 * to that entry's file), and building and first running a zod object of this size takes
 * about half a millisecond: 2.5 s of a cold build at 5,000 articles. So everything but the
 * picture's path is one schema per list of regions, built once, and each entry's schema
 * only runs it beside its own `image` check, reporting the problems of both in one pass.
 */
export function createArticleSchema<TImage extends z.ZodType>({ regionIds, image }: ArticleSchemaContext<TImage>) {
  const fields = getArticleFieldsSchema(regionIds);
  return z.transform((input: unknown, ctx): ArticleFrontmatter<z.output<TImage>> => {
    const parsed = fields.safeParse(input);
    // The picture's own check, on whatever `src` holds, when there is an `image:` block to hold one.
    const picture = readPictureBlock(input);
    const src = picture ? image.safeParse(picture.src) : undefined;
    if (!parsed.success || (src && !src.success)) {
      for (const issue of parsed.error?.issues ?? []) ctx.addIssue(reissue(issue, []));
      for (const issue of src?.error?.issues ?? []) ctx.addIssue(reissue(issue, ['image', 'src']));
      return z.NEVER;
    }
    const { image: block, ...rest } = parsed.data;
    return block && src?.success ? { ...rest, image: { ...block, src: src.data } } : rest;
  });
}

/**
 * An issue an inner parse found, to report again with its path under `prefix`. Its
 * message is final already; the cast is only from zod's finished-issue type to the
 * raw-issue type `addIssue` takes, which has the same fields.
 */
function reissue(issue: z.core.$ZodIssue, prefix: PropertyKey[]): z.core.$ZodSuperRefineIssue {
  return { ...issue, path: [...prefix, ...issue.path] } as z.core.$ZodSuperRefineIssue;
}

function readPictureBlock(input: unknown): { src?: unknown } | undefined {
  if (typeof input !== 'object' || input === null || !('image' in input)) return undefined;
  const block = input.image;
  return typeof block === 'object' && block !== null && !Array.isArray(block) ? block : undefined;
}

/** The fields' schemas, by list of regions: a build and a content check each use one list. */
const fieldsSchemas = new Map<string, ReturnType<typeof createArticleFieldsSchema>>();

function getArticleFieldsSchema(regionIds: readonly string[]): ReturnType<typeof createArticleFieldsSchema> {
  const key = JSON.stringify(regionIds);
  let schema = fieldsSchemas.get(key);
  if (!schema) {
    schema = createArticleFieldsSchema(regionIds);
    fieldsSchemas.set(key, schema);
  }
  return schema;
}

/** Every field of the contract; the picture's path (`image.src`) is checked by the caller's `image` schema. */
function createArticleFieldsSchema(regionIds: readonly string[]) {
  const knownRegions = new Set(regionIds);
  const regionId = z
    .string({ error: unlessMissing('must be a region id, e.g. latin-america') })
    .superRefine((id, ctx) => {
      if (!knownRegions.has(id)) {
        ctx.addIssue({
          code: 'custom',
          message: `"${id}" is not a region (known: ${regionIds.join(', ')}; declare new ones in content/regions.yaml)`,
        });
      }
    });

  return z
    .strictObject({
      /** The headline. */
      title: text('the headline'),
      /** The one-sentence dek (standfirst) under the headline; also the summary in lists, feeds and search. */
      description: text('the one-sentence summary under the headline'),
      /** The byline: one name, or a list of names. Always a list after parsing. */
      author: z
        .union([authorName, z.array(authorName).min(1, 'must name at least one author')], {
          error: unlessMissing('must be a name, or a list of names'),
        })
        .transform((value) => (Array.isArray(value) ? value : [value])),
      /** Publication date: `YYYY-MM-DD` (midnight in the site's zone) or an ISO date-time. */
      date: contentDate,
      /** Date of the last substantive update, shown as "Updated …". */
      updated: contentDate.optional(),
      /** Region ids from content/regions.yaml; the first is the article's main region. */
      regions: z
        .array(regionId, { error: unlessMissing('must be a list of region ids, e.g. [latin-america]') })
        .min(1, `must name at least one region (known: ${regionIds.join(', ')})`),
      /** Free tags for the story, e.g. [strikes, repression]; compared without regard to case. Each gets a page at /topics/<slug>/. */
      topics: z
        .array(
          text('a topic').refine(
            (topic) => slugifyName(topic) !== '',
            'must contain a letter or a digit that a web address can spell (a topic gets a page named after it)',
          ),
          {
            error: 'must be a list of topics, e.g. [strikes, repression]',
          },
        )
        .default([]),
      /** Lead image, its path relative to the article file. */
      image: z
        .strictObject(
          {
            // Checked, and required, by each entry's own `image` schema (see createArticleSchema).
            src: z.unknown().optional(),
            alt: text('what the picture shows, for readers who cannot see it'),
            caption: text('the caption').optional(),
            credit: text('who made the picture').optional(),
          },
          {
            error: unlessMissing('must be indented fields below `image:`: src, alt, and optionally caption and credit'),
          },
        )
        .optional(),
      /** Where the piece was first published: "A version of this article was originally published …". */
      source: z
        .strictObject(
          {
            name: text('the publication'),
            url: z
              .url({ protocol: /^https?$/, error: 'must be a web address starting with http:// or https://' })
              .optional(),
            language: languageTag.optional(),
            date: contentDate.optional(),
          },
          {
            error: unlessMissing(
              'must be indented fields below `source:`: name, and optionally url, language and date',
            ),
          },
        )
        .optional(),
      /** Slugs of articles to pin, in order, at the top of the related list. */
      related: z.array(articleSlug, { error: 'must be a list of article slugs' }).default([]),
      /** The article's language when it differs from the site's. */
      lang: languageTag.optional(),
      /** Slugs of the same article in other languages; each page links to the others ("Read this article in Español", hreflang). */
      translations: z
        .array(articleSlug, { error: 'must be a list of article slugs, e.g. [peru-national-strike-response]' })
        .default([]),
      /** Dated corrections, printed at the foot ("Correction, January 21, 2023: …"); each counts as an update. */
      corrections: z
        .array(
          z.strictObject({
            date: contentDate,
            text: text('what was wrong and what is right'),
          }),
          { error: 'must be a list of corrections, each with a date and a text' },
        )
        .default([]),
      /** A draft is built in development only and never published. */
      draft: z.boolean({ error: 'must be true or false' }).default(false),
    })
    .superRefine((article, ctx) => {
      if (article.updated && article.updated < article.date) {
        ctx.addIssue({ code: 'custom', path: ['updated'], message: 'must not be earlier than date' });
      }
      article.corrections.forEach((correction, index) => {
        if (correction.date < article.date) {
          ctx.addIssue({
            code: 'custom',
            path: ['corrections', index, 'date'],
            message: 'must not be earlier than date (a correction follows publication)',
          });
        }
      });
    });
}

/** The parsed frontmatter of an article, as pages and the loader see it; `TImage` is what `image.src` became. */
export type ArticleFrontmatter<TImage = unknown> = Omit<
  z.output<ReturnType<typeof createArticleFieldsSchema>>,
  'image'
> & { image?: { src: TImage; alt: string; caption?: string | undefined; credit?: string | undefined } | undefined };
