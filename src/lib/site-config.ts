import { readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import { z } from 'astro/zod';
import { describeSchemaIssue } from './zod-problems';

/** A region articles are filed under, as declared in `content/regions.yaml`. */
export interface Region {
  id: string;
  name: string;
  description: string;
}

/** The settings an editor can change in `content/site.yaml`. */
export type SiteSettings = z.infer<typeof siteSettingsSchema>;

const regionSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case letters, digits and hyphens, e.g. latin-america'),
  name: z.string().trim().min(1, 'must not be empty'),
  description: z.string().trim().default(''),
});

const siteSettingsSchema = z.strictObject({
  /** The newsroom's name, in the header, titles and feeds. */
  name: z.string().trim().min(1),
  /** One line under the name. */
  tagline: z.string().trim().default(''),
  /** BCP 47 tag of the interface and of articles without `lang`. */
  language: z.string().regex(/^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*$/, 'must be a language tag such as en or es-PE').default('en'),
  /** IANA zone dates are read and shown in. */
  timeZone: z
    .string()
    .refine(isKnownTimeZone, 'must be an IANA time zone such as UTC, America/Lima or Europe/Paris')
    .default('UTC'),
  /** Articles per page on region, author and topic pages. */
  pageSize: z.number().int().min(1).max(200).default(20),
});

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

function readYaml(file: string, displayName: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new SiteConfigError(`${displayName}: file not found`);
  }
  const doc = parseDocument(text.replace(/^\uFEFF/, ''), { schema: 'core', prettyErrors: true });
  const [firstError] = doc.errors;
  if (firstError) {
    throw new SiteConfigError(`${displayName}:${firstError.linePos?.[0].line ?? 1}  YAML syntax error: ${firstError.message.split('\n')[0]}`);
  }
  return doc.toJS();
}

/** Reads and checks `content/regions.yaml`: a list of `{ id, name, description }` with unique ids. */
export function loadRegions(file: string, displayName = 'content/regions.yaml'): Region[] {
  const parsed = z.array(regionSchema).min(1, 'must declare at least one region').safeParse(readYaml(file, displayName));
  if (!parsed.success) {
    // Paths start with the list index: `[2].name: …` reads as "the third region's name".
    const lines = parsed.error.issues.map((issue) => `${displayName}  ${describeSchemaIssue(issue).message}`);
    throw new SiteConfigError(lines.join('\n'));
  }
  const seen = new Set<string>();
  for (const region of parsed.data) {
    if (seen.has(region.id)) throw new SiteConfigError(`${displayName}  region id "${region.id}" is declared twice`);
    seen.add(region.id);
  }
  return parsed.data;
}

/** Reads and checks `content/site.yaml`. */
export function loadSiteSettings(file: string, displayName = 'content/site.yaml'): SiteSettings {
  const parsed = siteSettingsSchema.safeParse(readYaml(file, displayName) ?? {});
  if (!parsed.success) {
    throw new SiteConfigError(parsed.error.issues.map((issue) => `${displayName}  ${describeSchemaIssue(issue).message}`).join('\n'));
  }
  return parsed.data;
}
