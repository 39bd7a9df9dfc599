// @ts-check
import { defineConfig } from 'astro/config';

// Articles are rendered by our own remark/rehype pipeline inside the article loader
// (src/markdown/article-processor.ts), which parses each body once and knows every
// article for callouts and links; no page is written in Markdown.
export default defineConfig({
  // The public address of the site; every canonical, feed and share URL is built from it.
  site: process.env.SITE_URL ?? 'https://news.example.org',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Lossless whitespace removal: keeps the spaces between inline elements
  // ("January 24, 2023 · Latin America") that the default 'jsx' mode drops.
  compressHTML: true,
  devToolbar: { enabled: false },
});
