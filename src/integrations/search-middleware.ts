import { defineMiddleware } from 'astro:middleware';
import { activeSearchIndexer } from '../lib/build-handover';

// Hands each page Astro renders during `astro build` to the search indexer (see
// search-indexer.ts), which the Pagefind integration makes active for the build.
// In `astro dev` there is none and pages pass through untouched.

/** One decoder for every page: making one per page costs more than the encoding it saves. */
const UTF8 = new TextDecoder();

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const indexer = activeSearchIndexer.take();
  if (!indexer || !response.headers.get('content-type')?.startsWith('text/html')) return response;
  // The page's bytes go back to Astro as they came: a Response made from the decoded text
  // would be encoded again when Astro writes the file (about 38 KB a page, thousands of pages).
  const bytes = await response.arrayBuffer();
  indexer.add(context.url.pathname, UTF8.decode(bytes));
  return new Response(bytes, response);
});
