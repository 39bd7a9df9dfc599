import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { inject } from 'vitest';

// Elements that may repeat are always arrays, so a feed with one item reads like a feed with fifty.
const REPEATED = new Set(['item', 'category', 'dc:creator', 'url', 'sitemap']);
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  isArray: (name) => REPEATED.has(name),
  parseTagValue: false,
});

/** Fetches a built file from the test server, failing on anything but 200. */
export async function fetchText(pathname: string): Promise<{ text: string; contentType: string }> {
  const response = await fetch(`${inject('baseUrl')}${pathname}`);
  if (response.status !== 200) throw new Error(`${pathname}: HTTP ${response.status}`);
  return { text: await response.text(), contentType: response.headers.get('content-type') ?? '' };
}

/** Fetches an XML file of the built site, checks it is well-formed (or throws, with the line) and parses it. */
export async function fetchXml(pathname: string): Promise<Record<string, any>> {
  const { text } = await fetchText(pathname);
  SyntaxValidator.validate(text);
  return parser.parse(text) as Record<string, any>;
}

/** The built page at `pathname` (`/articles/x/`), as HTML. */
export function readPage(pathname: string): Promise<string> {
  return readFile(path.join(inject('outDir'), pathname, 'index.html'), 'utf8');
}

/** The site's public address as the build wrote it (the home page's canonical link). */
export async function readSiteOrigin(): Promise<string> {
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(await readPage('/'))?.[1];
  if (!canonical) throw new Error('The home page has no canonical link');
  return new URL(canonical).origin;
}

/** Every built article's slug. */
export async function listArticleSlugs(): Promise<string[]> {
  const entries = await readdir(path.join(inject('outDir'), 'articles'), { withFileTypes: true });
  return entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** The JSON-LD blocks of a page, parsed. */
export function readJsonLd(html: string): Record<string, any>[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map(
    (match) => JSON.parse(match[1] ?? '') as Record<string, any>,
  );
}

/** The `content` of every `<meta property|name="key">` of a page, in order. */
export function readMeta(html: string, key: string): string[] {
  return [...html.matchAll(/<meta (?:property|name)="([^"]+)" content="([^"]*)"/g)]
    .filter((match) => match[1] === key)
    .map((match) => decodeEntities(match[2] ?? ''));
}

/** The `<link rel="alternate">` feeds a page announces. */
export function readFeedLinks(html: string): { title: string; href: string }[] {
  return [...html.matchAll(/<link rel="alternate" type="application\/rss\+xml" title="([^"]*)" href="([^"]+)"/g)].map(
    (match) => ({
      title: decodeEntities(match[1] ?? ''),
      href: match[2] ?? '',
    }),
  );
}

function decodeEntities(text: string): string {
  return text
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');
}

/** The path of an absolute URL of the site, to fetch it from the test server. */
export function toLocalPath(url: string, origin: string): string {
  if (!url.startsWith(`${origin}/`)) throw new Error(`${url} is not on the site ${origin}`);
  return url.slice(origin.length);
}
