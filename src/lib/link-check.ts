import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { getFileUrlPath } from './built-site';

/** A built site as files on disk: what the link check reads, so it never needs a server or a network. */
export interface BuiltSite {
  /** Every file of the site, as a path relative to its root with `/` separators (`articles/x/index.html`). */
  files: ReadonlySet<string>;
  /** The text of the files to read references from (HTML, CSS, XML), by the same paths. */
  texts: ReadonlyMap<string, string>;
  /** The site's public origin (`https://news.example.org`): absolute URLs on it are internal too. */
  origin: string;
}

/** A URL a built file refers to, and where. */
export interface Reference {
  /** The file that refers (`articles/x/index.html`). */
  from: string;
  /** Where the URL sits: `a[href]`, `img[srcset]`, `css url()`, `xml <loc>`. */
  where: string;
  url: string;
}

/** A reference that leads to no file of the site, or to no element of the page it names. */
export interface BrokenReference extends Reference {
  reason: string;
}

/** What `findBrokenReferences` found: how many internal references it followed, and which are broken. */
export interface LinkReport {
  checked: number;
  broken: BrokenReference[];
}

type Found = Pick<Reference, 'where' | 'url'>;

// Attributes that hold one URL, by element; `*` is any element.
const URL_ATTRIBUTES: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  img: ['src'],
  source: ['src'],
  script: ['src'],
  iframe: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  embed: ['src'],
  object: ['data'],
  form: ['action'],
  blockquote: ['cite'],
  q: ['cite'],
};
// Attributes that hold a list of image candidates.
const SRCSET_ATTRIBUTES: Record<string, string[]> = { img: ['srcSet'], source: ['srcSet'], link: ['imageSrcSet'] };
// Social cards whose content is a URL of the site.
const URL_META = new Set(['og:url', 'og:image', 'twitter:image', 'twitter:url']);

/** hast names properties in camelCase (`srcSet`); the report speaks HTML (`srcset`). */
function toAttributeName(property: string): string {
  return property.toLowerCase();
}

function readString(element: Element, property: string): string | undefined {
  const value = element.properties[property];
  if (typeof value === 'string') return value;
  // hast splits space-separated attributes (such as `rel`) into arrays; a URL never is one.
  return Array.isArray(value) ? value.join(' ') : undefined;
}

/**
 * The URLs of a `srcset`: candidates are a URL, then an optional descriptor
 * (`480w`, `2x`), separated by commas; a URL may itself hold commas, so this
 * follows the HTML parsing rules rather than splitting on every comma.
 */
export function parseSrcset(srcset: string): string[] {
  const urls: string[] = [];
  let position = 0;
  while (position < srcset.length) {
    // Skip whitespace and separating commas, then read the URL up to whitespace.
    while (position < srcset.length && /[\s,]/.test(srcset[position] ?? '')) position += 1;
    if (position >= srcset.length) break;
    let end = position;
    while (end < srcset.length && !/\s/.test(srcset[end] ?? '')) end += 1;
    let url = srcset.slice(position, end);
    position = end;
    // A URL ending in commas ends its candidate with no descriptor.
    if (url.endsWith(',')) {
      url = url.replace(/,+$/, '');
    } else {
      // Skip the descriptor, up to the next comma outside parentheses.
      let depth = 0;
      while (position < srcset.length) {
        const char = srcset[position];
        if (char === '(') depth += 1;
        else if (char === ')') depth = Math.max(0, depth - 1);
        else if (char === ',' && depth === 0) break;
        position += 1;
      }
    }
    if (url !== '') urls.push(url);
  }
  return urls;
}

/** The URLs a stylesheet refers to: `url(…)` and `@import "…"`. */
export function collectCssReferences(css: string): Found[] {
  const found: Found[] = [];
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, '');
  for (const match of withoutComments.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"\s]*))\s*\)/g)) {
    found.push({ where: 'css url()', url: match[1] ?? match[2] ?? match[3] ?? '' });
  }
  for (const match of withoutComments.matchAll(/@import\s+(?:"([^"]*)"|'([^']*)')/g)) {
    found.push({ where: 'css @import', url: match[1] ?? match[2] ?? '' });
  }
  return found;
}

/** The URLs a feed or sitemap refers to: `<loc>`, `<link>` and `href` attributes. */
export function collectXmlReferences(xml: string): Found[] {
  const found: Found[] = [];
  const decode = (text: string) => text.replace(/&amp;/g, '&').trim();
  for (const match of xml.matchAll(/<(loc|link)>([^<]*)<\/\1>/g))
    found.push({ where: `xml <${match[1]}>`, url: decode(match[2] ?? '') });
  for (const match of xml.matchAll(/<(?:[\w-]+:)?link\b[^>]*\shref="([^"]*)"/g))
    found.push({ where: 'xml link[href]', url: decode(match[1] ?? '') });
  return found;
}

/** The URLs an HTML page refers to (attributes, inline styles' `url()`), and the ids a fragment can name. */
export function collectHtmlReferences(html: string): { references: Found[]; ids: Set<string> } {
  const tree: Root = fromHtml(html);
  const references: Found[] = [];
  const ids = new Set<string>();
  visit(tree, 'element', (element: Element) => {
    const { tagName } = element;
    const id = readString(element, 'id');
    if (id) ids.add(id);
    // `<a name>` is obsolete but still a fragment target in browsers.
    const name = tagName === 'a' ? readString(element, 'name') : undefined;
    if (name) ids.add(name);
    for (const property of URL_ATTRIBUTES[tagName] ?? []) {
      const url = readString(element, property);
      if (url !== undefined) references.push({ where: `${tagName}[${toAttributeName(property)}]`, url });
    }
    for (const property of SRCSET_ATTRIBUTES[tagName] ?? []) {
      const srcset = readString(element, property);
      if (srcset !== undefined)
        for (const url of parseSrcset(srcset))
          references.push({ where: `${tagName}[${toAttributeName(property)}]`, url });
    }
    if (tagName === 'meta') {
      const key = readString(element, 'property') ?? readString(element, 'name');
      const content = readString(element, 'content');
      if (key && content && URL_META.has(key)) references.push({ where: `meta[${key}]`, url: content });
    }
    if (tagName === 'style') {
      const css = element.children.map((child) => (child.type === 'text' ? child.value : '')).join('');
      references.push(...collectCssReferences(css));
    }
    const style = readString(element, 'style');
    if (style) references.push(...collectCssReferences(style));
  });
  return { references, ids };
}

/** The file a static host serves for a URL path (`/articles/x/` → `articles/x/index.html`), or `undefined` when the path is not even well-formed. */
export function getUrlPathFile(urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  const file = decoded.replace(/^\/+/, '');
  return file === '' || file.endsWith('/') ? `${file}index.html` : file;
}

/** Fragments every browser understands without an element of that id. */
const BUILT_IN_FRAGMENTS = new Set(['', 'top']);

/**
 * Follows every internal reference of a built site — links, images, `srcset`
 * candidates, stylesheets, icons, feeds, canonical and social-card URLs, CSS
 * `url()`s, feed and sitemap entries — and reports each one that leads to no
 * file, or to a page without the `#fragment` it names. External URLs
 * (another origin, `mailto:`) are not followed.
 */
export function findBrokenReferences(site: BuiltSite): LinkReport {
  const origin = new URL(site.origin).origin;
  const idsByPage = new Map<string, Set<string>>();
  const references: Reference[] = [];
  for (const [file, text] of site.texts) {
    if (file.endsWith('.html')) {
      const { references: found, ids } = collectHtmlReferences(text);
      idsByPage.set(file, ids);
      references.push(...found.map((reference) => ({ ...reference, from: file })));
    } else if (file.endsWith('.css')) {
      references.push(...collectCssReferences(text).map((reference) => ({ ...reference, from: file })));
    } else if (file.endsWith('.xml')) {
      references.push(...collectXmlReferences(text).map((reference) => ({ ...reference, from: file })));
    }
  }

  let checked = 0;
  const broken: BrokenReference[] = [];
  for (const reference of references) {
    const reason = checkReference(reference, site, origin, idsByPage);
    if (reason === null) continue;
    checked += 1;
    if (reason !== undefined) broken.push({ ...reference, reason });
  }
  return { checked, broken };
}

/** `null`: not internal, not checked; `undefined`: fine; a string: why it is broken. */
function checkReference(
  reference: Reference,
  site: BuiltSite,
  origin: string,
  idsByPage: Map<string, Set<string>>,
): string | null | undefined {
  const raw = reference.url.trim();
  if (raw === '') return 'empty URL';
  if (/^data:/i.test(raw)) return null;
  let url: URL;
  try {
    url = new URL(raw, `${origin}${getFileUrlPath(reference.from)}`);
  } catch {
    return 'not a valid URL';
  }
  if (url.origin !== origin) return null;
  const file = getUrlPathFile(url.pathname);
  if (file === undefined) return 'not a valid URL path';
  if (!site.files.has(file)) {
    if (site.files.has(`${file}/index.html`))
      return `no file ${file}: a folder, write the address with a trailing slash (${url.pathname}/)`;
    return `no file ${file}`;
  }
  const fragment = decodeURIComponent(url.hash.slice(1));
  if (url.hash === '' || BUILT_IN_FRAGMENTS.has(fragment)) return undefined;
  const ids = idsByPage.get(file);
  if (ids === undefined)
    return file.endsWith('.html') ? `${file} was not read, so #${fragment} cannot be checked` : undefined;
  return ids.has(fragment) ? undefined : `no element with id "${fragment}" in ${file}`;
}
