// The floor Broadsheet is measured against: Astro's own content collection and
// Markdown, one page per article and an index, nothing else. Built by
// `npm run bench` with the corpus folder in BENCH_CONTENT_DIR.
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'https://bench.example.org',
  trailingSlash: 'always',
  devToolbar: { enabled: false },
});
