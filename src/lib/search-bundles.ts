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
  const htmlStart = html.search(/<html\b/i);
  const htmlTag = htmlStart < 0 ? undefined : html.slice(htmlStart, html.indexOf('>', htmlStart) + 1);
  return { html: readLang(htmlTag) ?? '', body: readLang(body) };
}

/** The first start tag with a `data-pagefind-body` attribute (not the words in text). */
function findBodyTag(html: string): string | undefined {
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
    return html.slice(start, html.indexOf('>', index) + 1);
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
