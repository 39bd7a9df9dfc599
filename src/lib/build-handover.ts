// A build runs in one process but in more than one module graph: the content config and the
// integrations are loaded apart from Vite's page bundle, so each graph has its own copy of
// every module and a module-level variable is not shared. What one part leaves for another
// (the loader's bodies for the pages, a page's stylesheet hash for `_headers`…) goes
// through a global under a registered symbol, which both copies reach by name.

/** A slot one part of a build fills and another reads, across module graphs. */
export interface Handover<T> {
  put(value: T | undefined): void;
  take(): T | undefined;
}

/** The slot named `name`: every module graph that asks for the same name gets the same slot. */
export function createHandover<T>(name: string): Handover<T> {
  const key = Symbol.for(`broadsheet.${name}`);
  const slots = globalThis as Record<symbol, unknown>;
  return {
    put: (value) => {
      slots[key] = value;
    },
    take: () => slots[key] as T | undefined,
  };
}

/**
 * The search indexer of the build in progress (search-indexer.ts), for the page middleware
 * (search-middleware.ts), which is bundled into Astro's build output; empty outside a build.
 */
export const activeSearchIndexer = createHandover<{ add(url: string, html: string): unknown }>('searchIndexer');
