import path from 'node:path';

/**
 * Where the content lives: `content/` beside `src/`, or the folder named by
 * `BROADSHEET_CONTENT_DIR` (the browser tests and benchmarks build other corpora).
 * Astro runs from the project root, so relative paths start there.
 */
export function getContentDir(): string {
  return path.resolve(process.env['BROADSHEET_CONTENT_DIR'] ?? 'content');
}

/** The files and folders inside the content folder. */
export function getContentPaths(contentDir = getContentDir()) {
  return {
    contentDir,
    articlesDir: path.join(contentDir, 'articles'),
    regionsFile: path.join(contentDir, 'regions.yaml'),
    authorsFile: path.join(contentDir, 'authors.yaml'),
    siteFile: path.join(contentDir, 'site.yaml'),
  };
}

/**
 * A content file as error messages name it: from the project root (Astro's working
 * folder) when it is inside, as `content/site.yaml`, else in full, so that a
 * `BROADSHEET_CONTENT_DIR` elsewhere is named as it is and not as `content/`.
 */
export function describeContentFile(file: string, rootDir = process.cwd()): string {
  const relative = path.relative(rootDir, file);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return file;
  return relative.split(path.sep).join('/');
}
