// The inline stylesheet's hash, from the pages to the built `_headers`. Every page carries the
// site's CSS in one <style> that its Content-Security-Policy <meta> names by hash
// (src/data/page-head.ts); a host that also sends the `_headers` policy makes browsers enforce
// both, so the header's style-src must name the same hash. The pages are rendered in Vite's
// module graph and `_headers` is filled by an integration in the config's, within one build
// process, so the hash is handed over here rather than read back from thousands of built pages.

import { createHandover } from './build-handover';

const publishedSources = createHandover<Set<string>>('inlineStyleSources');

function getSources(): Set<string> {
  let sources = publishedSources.take();
  if (!sources) {
    sources = new Set();
    publishedSources.put(sources);
  }
  return sources;
}

/** Called where a page's policy is worked out: a source (`'sha256-…'`) its style-src allows. */
export function publishInlineStyleSource(source: string): void {
  getSources().add(source);
}

/** The sources published in this process since the last `clearInlineStyleSources()`, in order. */
export function getPublishedInlineStyleSources(): string[] {
  return [...getSources()];
}

/** Forgets the sources of an earlier build in the same process. */
export function clearInlineStyleSources(): void {
  getSources().clear();
}

/**
 * Adds `sources` to the style-src of every Content-Security-Policy in a `_headers` file
 * (keeping what it allows already, without repeating one). Throws when there are sources
 * to add and no policy with a style-src to take them: the pages' styles would be blocked.
 */
export function addStyleSourcesToHeaders(headers: string, sources: readonly string[]): string {
  let policies = 0;
  const filled = headers.replace(
    /^(\s+Content-Security-Policy:.*?\bstyle-src )([^;\n]*)/gm,
    (_, start: string, allowed: string) => {
      policies += 1;
      return `${start}${[...new Set([...allowed.trim().split(/\s+/), ...sources])].join(' ')}`;
    },
  );
  if (sources.length > 0 && policies === 0)
    throw new Error('public/_headers has no Content-Security-Policy with a style-src for the inline stylesheet hashes');
  return filled;
}
