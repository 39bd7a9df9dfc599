import { readdir } from 'node:fs/promises';
import path from 'node:path';

// A built site as files on disk, named the way a static host serves them. Read by the
// search index (from disk), the link check and the tests over the whole build.

/** Every file of a built site: paths relative to its root with `/` separators (`articles/x/index.html`), sorted. */
export async function listBuiltFiles(siteDir: string): Promise<string[]> {
  const entries = await readdir(siteDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(siteDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

/** Every HTML page of a built site, named as by {@link listBuiltFiles}. */
export async function listBuiltPages(siteDir: string): Promise<string[]> {
  return (await listBuiltFiles(siteDir)).filter((file) => file.endsWith('.html'));
}

/** The address a static host serves a file at: `articles/x/index.html` → `/articles/x/`. */
export function getFileUrlPath(file: string): string {
  const urlPath = `/${file}`;
  return urlPath.endsWith('/index.html') ? urlPath.slice(0, -'index.html'.length) : urlPath;
}
