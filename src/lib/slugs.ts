import slugify from '@sindresorhus/slugify';
import path from 'node:path';

/**
 * Turns a display name into a URL slug: lower case, ASCII, hyphens
 * ("José Rojas" → "jose-rojas", "Strikes & Lockouts" → "strikes-and-lockouts").
 */
export function slugifyName(name: string): string {
  let slug = nameSlugs.get(name);
  if (slug === undefined) {
    slug = slugify(name, { lowercase: true, decamelize: false });
    nameSlugs.set(name, slug);
  }
  return slug;
}

// A byline or topic recurs on hundreds of articles and every list they are in, and
// transliterating is the slow part of making a slug: each name is slugified once.
const nameSlugs = new Map<string, string>();

/**
 * An article's slug is its file name without `.md`, whatever folder it sits in,
 * so editors can file articles by year or desk without changing URLs.
 */
export function getArticleSlugFromPath(filePath: string): string {
  return path.posix.basename(filePath.replaceAll('\\', '/')).replace(/\.md$/i, '');
}

/** Files and folders whose name starts with `_` are an editor's scratch space and never published. */
export function isIgnoredContentPath(relativePath: string): boolean {
  return relativePath
    .replaceAll('\\', '/')
    .split('/')
    .some((segment) => segment.startsWith('_'));
}

/** A slug an article may have: lower-case letters, digits and single hyphens. */
export function isValidArticleSlug(slug: string): boolean {
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug);
}
