import { z } from 'astro/zod';
import { parseContentDate } from './dates';
import { isValidArticleSlug } from './slugs';

/** What the schema needs to know about the site; `image` is Astro's `image()` in a build and a plain path check elsewhere. */
export interface ArticleSchemaContext<TImage extends z.ZodType> {
  regionIds: readonly string[];
  image: TImage;
}

const text = (what: string) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? undefined : `must be text (${what})`) })
    .trim()
    .min(1, `must not be empty (${what})`);

const contentDate = z
  .union([z.string(), z.date()], { error: 'must be a date written YYYY-MM-DD, or an ISO date-time such as 2023-01-19T14:30:00-05:00' })
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

/**
 * The frontmatter contract of an article. Every field is listed here once;
 * an unknown field is an error so that a misspelt `regoins` never passes silently.
 */
export function createArticleSchema<TImage extends z.ZodType>({ regionIds, image }: ArticleSchemaContext<TImage>) {
  const knownRegions = new Set(regionIds);
  const regionId = z.string().superRefine((id, ctx) => {
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
        .union([text('a name'), z.array(text('a name')).min(1, 'must name at least one author')], {
          error: 'must be a name, or a list of names',
        })
        .transform((value) => (Array.isArray(value) ? value : [value])),
      /** Publication date: `YYYY-MM-DD` (midnight in the site's zone) or an ISO date-time. */
      date: contentDate,
      /** Date of the last substantive update, shown as "Updated …". */
      updated: contentDate.optional(),
      /** Region ids from content/regions.yaml; the first is the article's main region. */
      regions: z
        .array(regionId, { error: 'must be a list of region ids, e.g. [latin-america]' })
        .min(1, `must name at least one region (known: ${regionIds.join(', ')})`),
      /** Free tags for the story, e.g. [strikes, repression]; compared without regard to case. */
      topics: z.array(text('a topic'), { error: 'must be a list of topics, e.g. [strikes, repression]' }).default([]),
      /** Lead image, its path relative to the article file. */
      image: z
        .strictObject({
          src: image,
          alt: text('what the picture shows, for readers who cannot see it'),
          caption: text('the caption').optional(),
          credit: text('who made the picture').optional(),
        })
        .optional(),
      /** Where the piece was first published: "A version of this article was originally published …". */
      source: z
        .strictObject({
          name: text('the publication'),
          url: z.url({ protocol: /^https?$/, error: 'must be a web address starting with http:// or https://' }).optional(),
          language: languageTag.optional(),
          date: contentDate.optional(),
        })
        .optional(),
      /** Slugs of articles to pin, in order, at the top of the related list. */
      related: z.array(articleSlug, { error: 'must be a list of article slugs' }).default([]),
      /** The article's language when it differs from the site's. */
      lang: languageTag.optional(),
      /** A draft is built in development only and never published. */
      draft: z.boolean({ error: 'must be true or false' }).default(false),
    })
    .superRefine((article, ctx) => {
      if (article.updated && article.updated < article.date) {
        ctx.addIssue({ code: 'custom', path: ['updated'], message: 'must not be earlier than date' });
      }
    });
}

/** The parsed frontmatter of an article, as pages and the loader see it. */
export type ArticleFrontmatter<TImage = unknown> = Omit<
  z.output<ReturnType<typeof createArticleSchema<z.ZodString>>>,
  'image'
> & { image?: { src: TImage; alt: string; caption?: string | undefined; credit?: string | undefined } | undefined };
