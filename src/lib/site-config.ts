import { existsSync, readFileSync } from 'node:fs';
import { LineCounter, parseDocument } from 'yaml';
import { z } from 'astro/zod';
import { describeYamlError, findLine } from './frontmatter';
import { slugifyName } from './slugs';
import { describeSchemaIssue } from './zod-problems';

/** A region articles are filed under, as declared in `content/regions.yaml`. */
export interface Region {
  id: string;
  name: string;
  description: string;
}

/** A writer as described in `content/authors.yaml`, shown on their page. */
export interface AuthorProfile {
  /** As written in articles' `author:`. */
  name: string;
  /** Their job at the newsroom ("Andes correspondent"); '' when not given. */
  role: string;
  /** A few sentences about them; '' when not given. */
  bio: string;
  /** Their pages elsewhere (a personal site, a social profile). */
  links: string[];
  /** The line of `content/authors.yaml` where the profile starts, for messages about it. */
  line: number | undefined;
}

/** The settings an editor can change in `content/site.yaml`. */
export type SiteSettings = z.infer<typeof siteSettingsSchema>;

const regionSchema = z.strictObject({
  id: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case letters, digits and hyphens, e.g. latin-america'),
  name: z.string().trim().min(1, 'must not be empty'),
  description: z.string().trim().default(''),
});

const authorProfileSchema = z.strictObject({
  name: z.string().trim().min(1, 'must not be empty'),
  role: z.string().trim().default(''),
  bio: z.string().trim().default(''),
  links: z
    .array(z.url({ protocol: /^https?$/, error: 'must be an address starting with https:// or http://' }))
    .default([]),
});

const siteSettingsSchema = z.strictObject({
  /** The newsroom's name, in the header, titles and feeds. */
  name: z.string().trim().min(1),
  /** One line under the name. */
  tagline: z.string().trim().default(''),
  /** BCP 47 tag of the interface and of articles without `lang`. */
  language: z
    .string()
    .regex(/^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*$/, 'must be a language tag such as en or es-PE')
    .default('en'),
  /** IANA zone dates are read and shown in. */
  timeZone: z
    .string()
    .refine(isKnownTimeZone, 'must be an IANA time zone such as UTC, America/Lima or Europe/Paris')
    .default('UTC'),
  /** Articles per page on region, author and topic pages. */
  pageSize: z.number().int().min(1).max(200).default(20),
  /**
   * The public address of the site, the one source of every canonical, feed and share URL.
   * `SITE_URL` at build time overrides it (see {@link resolveSiteUrl}).
   */
  url: z
    .url({
      protocol: /^https?$/,
      error: 'must be the site’s address, starting with https:// (e.g. https://news.example.org)',
    })
    .optional(),
  /** The newsroom's logo, a file in `public/` (e.g. `/logo.svg`): the publisher logo in structured data. */
  logo: z
    .string()
    .regex(/^\/[^\s]+$/, 'must be the path of a file in public/, starting with /, e.g. /logo.svg')
    .default('/logo.svg'),
  /** The newsroom's accounts: `x` names the site on X cards; all are linked in the footer. */
  social: z
    .strictObject({
      /** X (Twitter) handle, with or without the @: `broadsheetnews`. */
      x: z
        .string()
        .regex(/^@?[A-Za-z0-9_]{1,15}$/, 'must be an X handle such as broadsheetnews')
        .transform((handle) => handle.replace(/^@/, ''))
        .optional(),
      /** Mastodon account as `@name@server` (or its profile address). */
      mastodon: z
        .string()
        .regex(
          /^(?:@[A-Za-z0-9_]+@[a-z0-9.-]+\.[a-z]{2,}|https:\/\/\S+)$/i,
          'must be a Mastodon account such as @broadsheet@social.example, or its https:// address',
        )
        .optional(),
      /** Bluesky handle: `broadsheet.bsky.social` or your own domain. */
      bluesky: z
        .string()
        .regex(/^@?[a-z0-9-]+(?:\.[a-z0-9-]+)+$/i, 'must be a Bluesky handle such as broadsheet.bsky.social')
        .transform((handle) => handle.replace(/^@/, ''))
        .optional(),
    })
    .default({}),
  /** A box on article pages promoting something of the newsroom's (a podcast, a newsletter); none when left out. */
  promo: z
    .strictObject({
      title: z.string().trim().min(1, 'must not be empty (the promo’s heading)'),
      text: z.string().trim().min(1, 'must not be empty (a sentence or two)'),
      /** A page of the site (`/podcast/`) or an https:// address. */
      url: z
        .string()
        .regex(
          /^(?:\/|https?:\/\/)\S*$/,
          'must be a path on the site (/podcast/) or an address starting with https://',
        ),
      /** The link's words, e.g. "Listen to the latest episode". */
      label: z.string().trim().min(1, 'must not be empty (the link’s words)'),
    })
    .optional(),
  /** How many days back the Google News sitemap reaches from the build (Google reads two). */
  newsSitemapDays: z.number().int().min(1).max(30).default(2),
});

/** Where the site is published when neither `SITE_URL` nor `url:` in content/site.yaml says: the preview server. */
export const FALLBACK_SITE_URL = 'http://localhost:4321';

/**
 * The site's public address for a build: `SITE_URL` from the environment wins
 * (a staging build), then `url:` in content/site.yaml, then the local preview address.
 * astro.config.mjs passes the answer to Astro as `site`; pages read it back as `Astro.site`.
 */
export function resolveSiteUrl(
  settings: Pick<SiteSettings, 'url'>,
  env: Record<string, string | undefined> = process.env,
): string {
  const fromEnv = env['SITE_URL']?.trim();
  return fromEnv || settings.url || FALLBACK_SITE_URL;
}

function isKnownTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** A settings file that could not be read; the message names the file, line and field. */
export class SiteConfigError extends Error {
  override name = 'SiteConfigError';
}

interface YamlFile {
  data: unknown;
  /** `file:line` for the value at a schema issue's path, so an editor goes straight to it. */
  locate(path: readonly (string | number)[]): string;
  /** The line alone. */
  lineOf(path: readonly (string | number)[]): number | undefined;
}

function readYaml(file: string, displayName: string): YamlFile {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new SiteConfigError(`${displayName}: file not found`);
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text.replace(/^\uFEFF/, ''), { lineCounter, schema: 'core', prettyErrors: true });
  const [firstError] = doc.errors;
  if (firstError) {
    throw new SiteConfigError(
      `${displayName}:${firstError.linePos?.[0].line ?? 1}  YAML syntax error: ${describeYamlError(firstError.code, firstError.message)}`,
    );
  }
  const lineAt = (offset: number): number => lineCounter.linePos(offset).line;
  const lineOf = (path: readonly (string | number)[]) => findLine(doc, path, lineAt);
  return {
    data: doc.toJS(),
    locate(path) {
      const line = lineOf(path);
      return line === undefined ? displayName : `${displayName}:${line}`;
    },
    lineOf,
  };
}

/** Reads and checks `content/regions.yaml`: a list of `{ id, name, description }` with unique ids. */
export function loadRegions(file: string, displayName = 'content/regions.yaml'): Region[] {
  const yaml = readYaml(file, displayName);
  const parsed = z.array(regionSchema).min(1, 'must declare at least one region').safeParse(yaml.data);
  if (!parsed.success) {
    // Paths start with the list index: `[2].name: …` reads as "the third region's name".
    throw new SiteConfigError(describeIssues(parsed.error.issues, yaml));
  }
  const seen = new Set<string>();
  for (const region of parsed.data) {
    if (seen.has(region.id)) throw new SiteConfigError(`${displayName}  region id "${region.id}" is declared twice`);
    seen.add(region.id);
  }
  return parsed.data;
}

/**
 * Reads and checks `content/authors.yaml`, a list of `{ name, role, bio, links }`, one
 * entry a writer. The file is optional: without it, writers' pages list their articles only.
 */
export function loadAuthorProfiles(file: string, displayName = 'content/authors.yaml'): AuthorProfile[] {
  if (!existsSync(file)) return [];
  const yaml = readYaml(file, displayName);
  // A file of comments only is an empty list.
  const parsed = z.array(authorProfileSchema).safeParse(yaml.data ?? []);
  if (!parsed.success) throw new SiteConfigError(describeIssues(parsed.error.issues, yaml));
  // Names are matched as author pages are addressed: "José Rojas" and "Jose Rojas" are one writer.
  const declared = new Map<string, string>();
  return parsed.data.map((profile, index) => {
    const key = slugifyName(profile.name);
    const first = declared.get(key);
    if (first !== undefined)
      throw new SiteConfigError(
        `${yaml.locate([index, 'name'])}  [${index}].name: "${profile.name}" is described twice (first at ${first})`,
      );
    declared.set(key, yaml.locate([index]));
    return { ...profile, line: yaml.lineOf([index]) };
  });
}

/** Reads and checks `content/site.yaml`. */
export function loadSiteSettings(file: string, displayName = 'content/site.yaml'): SiteSettings {
  const yaml = readYaml(file, displayName);
  const parsed = siteSettingsSchema.safeParse(yaml.data ?? {});
  if (!parsed.success) throw new SiteConfigError(describeIssues(parsed.error.issues, yaml));
  return parsed.data;
}

/** One line an issue, `content/site.yaml:7  pageSize: …`, as the article problems read. */
function describeIssues(issues: readonly z.core.$ZodIssue[], yaml: YamlFile): string {
  return issues
    .map((issue) => {
      const { path, message } = describeSchemaIssue(issue);
      return `${yaml.locate(path)}  ${message}`;
    })
    .join('\n');
}
