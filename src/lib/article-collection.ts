import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'astro/zod';
import { createArticleResolver, type ArticleDirectory } from '../markdown/article-links';
import type { RenderedArticleBody } from '../markdown/article-processor';
import { renderArticleBodies, type RenderPoolOptions } from '../markdown/article-render-pool';
import { createArticleSchema, type ArticleFrontmatter } from './article-schema';
import { isScheduled } from './build-date';
import { timeBuildPhase } from './build-timings';
import type { ContentProblem } from './content-problems';
import { formatIsoDateTime } from './dates';
import { splitArticleFile } from './frontmatter';
import { getArticleSlugFromPath, isIgnoredContentPath, isValidArticleSlug } from './slugs';
import { describeSchemaIssue } from './zod-problems';

/** An article file that passed every check, with its body rendered. */
export interface LoadedArticle {
  slug: string;
  /** Absolute path of the Markdown file. */
  filePath: string;
  /** Path relative to the project root, with forward slashes. */
  relativePath: string;
  /** The frontmatter as written (dates as strings); Astro's `parseData` turns it into typed data. */
  rawData: Record<string, unknown>;
  /** The frontmatter as the schema reads it, the image path left as written. */
  frontmatter: ArticleFrontmatter<string>;
  /** The file's text, for change detection. */
  source: string;
  rendered: RenderedArticleBody;
  /** Dated after the build: only here when drafts are shown, and never a related article. */
  scheduled: boolean;
}

/** A published (not draft) article dated after the build, left out until a build at or after its date. */
export interface ScheduledArticle {
  slug: string;
  /** Path relative to the project root, with forward slashes. */
  relativePath: string;
  date: Date;
}

/** Options of {@link readArticleCollection}. */
export interface ReadArticleCollectionOptions {
  /** The project root; paths in problems are relative to it. */
  rootDir: string;
  /** The folder of article files (absolute, or relative to the root). */
  articlesDir: string;
  regionIds: readonly string[];
  /** Development builds show drafts, and scheduled articles; production builds never contain them. */
  includeDrafts: boolean;
  /**
   * The build's moment (`getBuildDate()`): an article dated after it is scheduled and left
   * out like a draft, until a build at or after its date. Without it nothing is scheduled.
   */
  publishedBy?: Date;
  /** How the bodies are spread over threads; by default, over every core for a large collection. */
  renderPool?: RenderPoolOptions;
}

/** The URL of an article page. */
export function getArticleUrl(slug: string): string {
  return `/articles/${slug}/`;
}

/**
 * Reads every article file, checks it against the content contract and renders
 * its body, collecting every problem in the whole collection in one pass
 * rather than stopping at the first. Imports nothing from Astro.
 */
export async function readArticleCollection(
  options: ReadArticleCollectionOptions,
): Promise<{
  articles: LoadedArticle[];
  problems: ContentProblem[];
  scheduled: ScheduledArticle[];
  /** Every name in a byline of a readable article file, drafts and scheduled ones included. */
  bylines: string[];
}> {
  const { rootDir, articlesDir, regionIds, includeDrafts, publishedBy } = options;
  const problems: ContentProblem[] = [];
  const baseDir = path.resolve(rootDir, articlesDir);
  if (!existsSync(baseDir)) {
    return {
      articles: [],
      problems: [{ file: toPosix(path.relative(rootDir, baseDir)), message: 'the articles folder does not exist' }],
      scheduled: [],
      bylines: [],
    };
  }
  const files = await listArticleFiles(baseDir);
  const schema = createArticleSchema({
    regionIds,
    image: z.string().trim().min(1, 'must be the path of the picture, relative to the article'),
  });

  interface Candidate {
    slug: string;
    filePath: string;
    relativePath: string;
    source: string;
    split: ReturnType<typeof splitArticleFile>;
    frontmatter: ArticleFrontmatter<string> | undefined;
  }
  const candidates: Candidate[] = await Promise.all(
    files.map(async (filePath) => {
      const relativePath = toPosix(path.relative(rootDir, filePath));
      const source = await readFile(filePath, 'utf8');
      const split = splitArticleFile(source, relativePath);
      return { slug: getArticleSlugFromPath(filePath), filePath, relativePath, source, split, frontmatter: undefined };
    }),
  );

  const filesBySlug = new Map<string, Candidate[]>();
  for (const candidate of candidates) {
    const { slug, relativePath, split } = candidate;
    problems.push(...split.problems);
    filesBySlug.set(slug, [...(filesBySlug.get(slug) ?? []), candidate]);
    if (!isValidArticleSlug(slug)) {
      problems.push({
        file: relativePath,
        message: `file name "${slug}.md" cannot be a web address: use lower-case letters, digits and hyphens, e.g. peru-national-strike.md`,
      });
    }
    if (!split.data) continue;
    const parsed = schema.safeParse(split.data);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const { path: fieldPath, message } = describeSchemaIssue(issue);
        problems.push({ file: relativePath, ...lineField(split.lineOf(fieldPath)), message });
      }
      continue;
    }
    candidate.frontmatter = parsed.data;
    const image = parsed.data.image;
    if (image && !existsSync(path.resolve(path.dirname(candidate.filePath), image.src))) {
      problems.push({
        file: relativePath,
        ...lineField(split.lineOf(['image', 'src'])),
        message: `image.src: no file at "${image.src}" (paths are relative to the article file)`,
      });
    }
    if (split.body.trim() === '') {
      problems.push({
        file: relativePath,
        ...lineField(split.bodyStartLine),
        message: 'the body is empty: write the article below the closing ---',
      });
    }
  }

  for (const [slug, sameSlug] of filesBySlug) {
    if (sameSlug.length < 2) continue;
    for (const candidate of sameSlug) {
      const others = sameSlug.filter((other) => other !== candidate).map((other) => other.relativePath);
      problems.push({
        file: candidate.relativePath,
        message: `two articles have the slug "${slug}" (also ${others.join(', ')}): rename one file, slugs are file names and must be unique`,
      });
    }
  }

  const valid = candidates.filter((candidate) => candidate.frontmatter !== undefined);
  const isCandidateScheduled = (candidate: Candidate): boolean =>
    publishedBy !== undefined && !!candidate.frontmatter && isScheduled(candidate.frontmatter.date, publishedBy);
  const scheduled: ScheduledArticle[] = valid.flatMap((candidate) =>
    candidate.frontmatter && !candidate.frontmatter.draft && isCandidateScheduled(candidate)
      ? [{ slug: candidate.slug, relativePath: candidate.relativePath, date: candidate.frontmatter.date }]
      : [],
  );
  const published = valid.filter(
    (candidate) => includeDrafts || (!candidate.frontmatter?.draft && !isCandidateScheduled(candidate)),
  );
  const directory: ArticleDirectory = {
    targets: published.map((candidate) => ({
      slug: candidate.slug,
      title: candidate.frontmatter?.title ?? '',
      url: getArticleUrl(candidate.slug),
    })),
    drafts: valid.filter((candidate) => candidate.frontmatter?.draft).map((candidate) => candidate.slug),
    scheduled: scheduled.map(({ slug, date }) => ({ slug, date: formatIsoDateTime(date) })),
    articlesFolder: toPosix(path.relative(rootDir, baseDir)),
  };
  const resolveArticle = createArticleResolver(directory);

  for (const candidate of published) {
    // `related:` pins and `translations:` both name other articles: each must exist and be published.
    const namedArticles = [
      { field: 'related', slugs: candidate.frontmatter?.related ?? [], self: 'an article cannot be related to itself' },
      {
        field: 'translations',
        slugs: candidate.frontmatter?.translations ?? [],
        self: 'an article cannot be its own translation',
      },
    ] as const;
    for (const { field, slugs, self } of namedArticles) {
      slugs.forEach((named, index) => {
        const target = resolveArticle(named);
        const line = candidate.split.lineOf([field, index]);
        if (typeof target === 'string')
          problems.push({ file: candidate.relativePath, ...lineField(line), message: `${field}[${index}]: ${target}` });
        else if (named === candidate.slug)
          problems.push({ file: candidate.relativePath, ...lineField(line), message: `${field}[${index}]: ${self}` });
      });
    }
  }

  const renderable = published.filter((candidate) => candidate.frontmatter && candidate.split.data);
  const outcomes = await timeBuildPhase('markdown rendering', () =>
    renderArticleBodies(
      renderable.map((candidate) => candidate.split.body),
      directory,
      options.renderPool,
    ),
  );
  const articles: LoadedArticle[] = [];
  for (const [index, candidate] of renderable.entries()) {
    const { frontmatter, split } = candidate;
    const outcome = outcomes[index]!;
    if (!frontmatter || !split.data) continue;
    if ('failure' in outcome) {
      problems.push({
        file: candidate.relativePath,
        message: `the body could not be turned into a page (${outcome.failure}): look for unusual Markdown or HTML`,
      });
      continue;
    }
    const { rendered } = outcome;
    for (const problem of rendered.problems) {
      problems.push({
        file: candidate.relativePath,
        ...lineField(problem.line === undefined ? undefined : problem.line + split.bodyStartLine - 1),
        message: problem.message,
      });
    }
    articles.push({
      slug: candidate.slug,
      filePath: candidate.filePath,
      relativePath: candidate.relativePath,
      rawData: split.data,
      frontmatter,
      source: candidate.source,
      rendered,
      scheduled: isCandidateScheduled(candidate),
    });
  }
  const bylines = [...new Set(valid.flatMap((candidate) => candidate.frontmatter?.author ?? []))];
  return { articles, problems, scheduled, bylines };
}

function lineField(line: number | undefined): { line?: number } {
  return line === undefined ? {} : { line };
}

function toPosix(filePath: string): string {
  return filePath.split(path.sep).join('/');
}

/** Every `.md` file below `baseDir`, skipping `_`-prefixed files and folders, in a stable order. */
export async function listArticleFiles(baseDir: string): Promise<string[]> {
  const entries = await readdir(baseDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.toLowerCase().endsWith('.md'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((filePath) => !isIgnoredContentPath(path.relative(baseDir, filePath)))
    .sort();
}
