import { defineMiddleware } from 'astro:middleware';

// Hands each page Astro renders during `astro build` to the search indexer (see
// search-indexer.ts), which the Pagefind integration makes active for the build.
// In `astro dev` there is none and pages pass through untouched.
const ACTIVE_INDEXER = Symbol.for('broadsheet.searchIndexer');

interface PageSink {
  add(url: string, html: string): void;
}

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const indexer = (globalThis as Record<symbol, PageSink | undefined>)[ACTIVE_INDEXER];
  if (!indexer || !response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = await response.text();
  indexer.add(context.url.pathname, html);
  return new Response(html, response);
});
