import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';

// The test build's moment is 2023-10-16T12:00Z (global-setup.ts). The fixture in
// tests/fixtures/scheduled-articles is dated the next day: under embargo, it must not
// show anywhere, not even as a topic that only it has.
const SLUG = 'port-workers-vote-on-strike';
const TITLE = 'Port workers vote on an indefinite strike at Callao';

/** Every text file the build wrote: pages, feeds, sitemaps, robots.txt, `_headers`. */
async function listTextFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && /\.(html|xml|txt|json)$|^_headers$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

describe('an article dated after the build', () => {
  it('has no page: readers get the site’s 404', async () => {
    const response = await fetch(`${inject('baseUrl')}/articles/${SLUG}/`);
    expect(response.status).toBe(404);
  });

  it('is named in no page, feed or sitemap, and its topic of its own has no page', async () => {
    const outDir = inject('outDir');
    const files = await listTextFiles(outDir);
    expect(files.length).toBeGreaterThan(50);
    const naming: string[] = [];
    for (const file of files) {
      const text = await readFile(file, 'utf8');
      if (text.includes(SLUG) || text.includes(TITLE)) naming.push(path.relative(outDir, file));
    }
    expect(naming).toEqual([]);
    const topics = await readdir(path.join(outDir, 'topics'));
    expect(topics).toContain('strikes');
    expect(topics).not.toContain('dockworkers');
  });
});
