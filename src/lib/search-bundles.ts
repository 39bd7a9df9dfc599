// Which Pagefind bundles the site gets, one per language, and how each is built.
//
// Pagefind stems a page by the language of its `<html lang>`, and a search page only searches
// the index of its own language; a merged index (`mergeIndex`) is searched with the main
// index's stemmer, so Spanish words stemmed as English miss Spanish pages. Our article pages
// keep `<html lang>` the site's and mark a foreign article with `lang` on its `<article>`
// (the element that carries `data-pagefind-body`). So the site gets one bundle per language:
// `/pagefind/` for the site's language and `/pagefind/<lang>/` for each other one, each indexed
// with its own stemmer, and the search page loads one Pagefind instance per bundle and merges
// the results (src/scripts/search.ts). This module holds the plain-data part of that plan.

/** The languages of one built page: its `<html lang>` and the `lang` of its indexed element. */
export interface PageLanguages {
  /** `<html lang>`, as written; empty when missing. */
  html: string;
  /** The `lang` attribute of the `data-pagefind-body` element; undefined when it has none. */
  body: string | undefined;
}

/** `pagefind/bundles.json`: what the search page loads. Paths are relative to the manifest. */
export interface SearchBundleManifest {
  bundles: Array<{ language: string; path: string }>;
}

/** Name of the manifest file inside `pagefind/`. */
export const SEARCH_MANIFEST_FILE = 'bundles.json';

const LANG_ATTRIBUTE = /\slang\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i;
const BODY_ATTRIBUTE = 'data-pagefind-body';

/**
 * The languages of a built page, or undefined when it has no `data-pagefind-body`
 * element (Pagefind skips such pages once any page has one). Built pages are Astro's
 * output, so tags are found by plain string search rather than by parsing: the build
 * reads every page, and there may be thousands.
 */
export function readPageLanguages(html: string): PageLanguages | undefined {
  const body = findBodyTag(html);
  if (!body) return undefined;
  return { html: readLang(findHtmlTag(html)) ?? '', body: readLang(body.tag) };
}

/**
 * The part of a built page Pagefind reads: the page's own `<html>` tag (its `lang` picks the
 * stemmer) around the `data-pagefind-body` element, which holds everything indexed, the
 * metadata, filters and sort keys included. The header, navigation, related list, footer and
 * `<head>` are left out: at 5,000 articles they were about 60 % of what went to Pagefind's
 * process (as JSON, then base64), for nothing it keeps. Astro writes the pages, so the
 * element's end is found by counting its tag name rather than by parsing. The page is
 * returned whole when it has no such element or its end is not found.
 */
export function extractIndexedDocument(html: string): string {
  const body = findBodyTag(html);
  if (!body) return html;
  const name = /^<([a-z][a-z0-9-]*)/i.exec(body.tag)?.[1];
  const end = name ? findElementEnd(html, body.start, name) : -1;
  if (end < 0) return html;
  return `<!DOCTYPE html>${findHtmlTag(html) ?? '<html>'}<body>${html.slice(body.start, end)}</body></html>`;
}

/** The page's `<html …>` start tag, if it has one. */
function findHtmlTag(html: string): string | undefined {
  const start = html.search(/<html\b/i);
  return start < 0 ? undefined : html.slice(start, html.indexOf('>', start) + 1);
}

/** Where the element whose start tag begins at `start` ends (after its end tag), or -1. */
function findElementEnd(html: string, start: number, name: string): number {
  const tags = new RegExp(`<(/?)${name}(?=[\\s/>])[^>]*>`, 'gi');
  tags.lastIndex = start;
  let depth = 0;
  for (let match = tags.exec(html); match; match = tags.exec(html)) {
    depth += match[1] === '/' ? -1 : 1;
    if (depth === 0) return match.index + match[0].length;
  }
  return -1;
}

/** The first start tag with a `data-pagefind-body` attribute (not the words in text), and where it starts. */
function findBodyTag(html: string): { tag: string; start: number } | undefined {
  for (let index = html.indexOf(BODY_ATTRIBUTE); index >= 0; index = html.indexOf(BODY_ATTRIBUTE, index + 1)) {
    const before = html[index - 1] ?? '';
    const after = html[index + BODY_ATTRIBUTE.length] ?? '';
    const start = html.lastIndexOf('<', index);
    // Inside a tag: no `>` between its `<` and the attribute, which stands as a word of its own.
    if (
      !/\s/.test(before) ||
      !/[\s=>/]/.test(after) ||
      start < 0 ||
      html.lastIndexOf('>', index) > start ||
      !/^<[a-z]/i.test(html.slice(start, start + 2))
    )
      continue;
    return { tag: html.slice(start, html.indexOf('>', index) + 1), start };
  }
  return undefined;
}

function readLang(tag: string | undefined): string | undefined {
  if (!tag) return undefined;
  const match = LANG_ATTRIBUTE.exec(tag);
  return match ? (match[1] ?? match[2] ?? match[3] ?? '').trim() : undefined;
}

/** `es` for `es`, `es-PE` or `ES`: what Pagefind's stemmers go by. */
export function getPrimaryLanguage(tag: string): string {
  return (tag.split('-')[0] ?? '').toLowerCase();
}

/** Where one page goes: its bundle's language and folder, and the stemmer Pagefind should use. */
export interface SearchBundleChoice {
  language: string;
  /** Empty for the site's bundle. */
  folder: string;
  /** The stemmer of a foreign bundle; undefined for the site's (Pagefind reads `<html lang>`). */
  forceLanguage: string | undefined;
}

/**
 * The bundle of one page: the page's `<html lang>` is the site's language (every page
 * carries it), and an article body in another language goes to that language's bundle,
 * indexed with that language's stemmer. `en-GB` on an `en` site stays in the site's.
 */
export function chooseSearchBundle(page: PageLanguages): SearchBundleChoice {
  const siteLanguage = getPrimaryLanguage(page.html);
  const bodyLanguage = getPrimaryLanguage(page.body ?? '');
  if (bodyLanguage === '' || bodyLanguage === siteLanguage)
    return { language: siteLanguage || 'unknown', folder: '', forceLanguage: undefined };
  return { language: bodyLanguage, folder: bodyLanguage, forceLanguage: bodyLanguage };
}

/** The manifest the search page reads to find every bundle. */
export function buildSearchManifest(
  bundles: readonly Pick<SearchBundleChoice, 'language' | 'folder'>[],
): SearchBundleManifest {
  return {
    bundles: bundles.map((bundle) => ({ language: bundle.language, path: bundle.folder ? `${bundle.folder}/` : './' })),
  };
}
