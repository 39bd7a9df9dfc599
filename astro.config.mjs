// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { buildTimings } from './src/integrations/build-timings';
import { cspStyleHashesInHeaders } from './src/integrations/csp-headers';
import { pagefindSearch } from './src/integrations/pagefind';
import { describeContentFile, getContentPaths } from './src/lib/content-paths';
import { setSiteTimeZone } from './src/lib/dates';
import { loadSiteSettings, resolveSiteUrl } from './src/lib/site-config';
import { buildLastModifiedIndex, createLastModifiedSerializer, getPublishedSitemapArticles } from './src/lib/sitemap';

const contentPaths = getContentPaths();
const settings = loadSiteSettings(contentPaths.siteFile, describeContentFile(contentPaths.siteFile));
setSiteTimeZone(settings.timeZone);
// The public address of the site, the one source of every canonical, feed, sitemap and share URL:
// `url:` in content/site.yaml, or `SITE_URL` at build time (see resolveSiteUrl).
const site = resolveSiteUrl(settings);

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
