// @ts-check
import { existsSync } from 'node:fs';
import { open, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { buildTimings } from './src/integrations/build-timings';
import { pagefindSearch } from './src/integrations/pagefind';
import { getContentPaths } from './src/lib/content-paths';
import { setSiteTimeZone } from './src/lib/dates';
import { loadSiteSettings, resolveSiteUrl } from './src/lib/site-config';
import { buildLastModifiedIndex, createLastModifiedSerializer, getPublishedSitemapArticles } from './src/lib/sitemap';

const contentPaths = getContentPaths();
const settings = loadSiteSettings(contentPaths.siteFile);
setSiteTimeZone(settings.timeZone);
// The public address of the site, the one source of every canonical, feed, sitemap and share URL:
// `url:` in content/site.yaml, or `SITE_URL` at build time (see resolveSiteUrl).
const site = resolveSiteUrl(settings);

/**
 * Fills the built `_headers` (a copy of public/_headers) with the hashes of the inline
 * stylesheet. Every page inlines the site's CSS and names its hash in its own
 * Content-Security-Policy <meta> (src/data/page-head.ts); a host that sends the
 * `_headers` policy as well makes browsers enforce both, so the header must allow the same
 * `<style>`. The hash changes with the CSS, so it is read here from the built pages' policies
 * (one hash: every page shares the stylesheet) and added to the header's `style-src`.
 * @returns {import('astro').AstroIntegration}
 */
function cspStyleHashesInHeaders() {
  return {
    name: 'broadsheet:csp-style-hashes',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const headersFile = path.join(outDir, '_headers');
        if (!existsSync(headersFile)) return;
        /** @type {Set<string>} */
        const hashes = new Set();
        for (const entry of await readdir(outDir, { recursive: true, withFileTypes: true })) {
          if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
          const html = await readHead(path.join(entry.parentPath, entry.name));
          for (const [, policy = ''] of html.matchAll(/<meta http-equiv="Content-Security-Policy" content="([^"]*)"/g)) {
            const styleSrc = /(?:^|;)\s*style-src ([^;]*)/.exec(policy.replaceAll('&#39;', "'"))?.[1] ?? '';
            for (const [hash] of styleSrc.matchAll(/'sha(?:256|384|512)-[A-Za-z0-9+/=]+'/g)) hashes.add(hash);
          }
        }
        const headers = await readFile(headersFile, 'utf8');
        let policies = 0;
        const filled = headers.replace(/^(\s+Content-Security-Policy:.*?\bstyle-src )([^;\n]*)/gm, (_, start, sources) => {
          policies += 1;
          return `${start}${[...new Set([...sources.trim().split(/\s+/), ...hashes])].join(' ')}`;
        });
        if (hashes.size > 0 && policies === 0)
          throw new Error('public/_headers has no Content-Security-Policy with a style-src for the inline stylesheet hashes');
        await writeFile(headersFile, filled);
        logger.info(`${hashes.size} inline stylesheet hash(es) added to the style-src of _headers`);
      },
    },
  };
}

/**
 * The first 8 KB of a built page: its policy <meta> comes right after the charset, and
 * reading whole pages would cost seconds on a site of thousands of articles.
 * @param {string} file
 */
async function readHead(file) {
  const handle = await open(file);
  try {
    const { buffer, bytesRead } = await handle.read({ buffer: Buffer.alloc(8192) });
    return buffer.toString('utf8', 0, bytesRead);
  } finally {
    await handle.close();
  }
}

// Articles are rendered by our own remark/rehype pipeline inside the article loader
// (src/markdown/article-processor.ts), which parses each body once and knows every
// article for callouts and links; no page is written in Markdown.
export default defineConfig({
  site,
  trailingSlash: 'always',
  // The site's CSS is written into every page by BaseLayout itself (a <style>, so the first
  // paint waits for no stylesheet request), which needs the CSS's hash for the policy. Any
  // other stylesheet stays a file under /_astro/, which the policy's style-src 'self' allows.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Lossless whitespace removal: keeps the spaces between inline elements
  // ("January 24, 2023 · Latin America") that the default 'jsx' mode drops.
  compressHTML: true,
  devToolbar: { enabled: false },
  integrations: [
    // Records when Astro's build steps start and end, for `npm run bench` only.
    buildTimings(),
    // Full-text search: indexes the built pages into <outDir>/pagefind/ once Astro has written them.
    pagefindSearch(),
    cspStyleHashesInHeaders(),
    sitemap({
      // The Google News sitemap is an endpoint of its own; the index names it too.
      customSitemaps: [new URL('/news-sitemap.xml', site).href],
      // `lastmod` from the articles' `updated`, corrections and `date`, as the article loader read them.
      serialize: createLastModifiedSerializer(async () => buildLastModifiedIndex(getPublishedSitemapArticles())),
    }),
  ],
});
