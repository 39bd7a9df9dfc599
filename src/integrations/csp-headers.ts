import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { addStyleSourcesToHeaders, clearInlineStyleSources, getPublishedInlineStyleSources } from '../lib/style-policy';

/**
 * Fills the built `_headers` (a copy of public/_headers) with the hash of the inline
 * stylesheet, which changes with the CSS: the pages' policy module publishes it as the
 * pages are rendered (src/lib/style-policy.ts), and it is added to the header's style-src.
 */
export function cspStyleHashesInHeaders(): AstroIntegration {
  return {
    name: 'broadsheet:csp-style-hashes',
    hooks: {
      'astro:build:start': () => {
        clearInlineStyleSources();
      },
      'astro:build:done': async ({ dir, logger }) => {
        const headersFile = path.join(fileURLToPath(dir), '_headers');
        if (!existsSync(headersFile)) return;
        const sources = getPublishedInlineStyleSources();
        await writeFile(headersFile, addStyleSourcesToHeaders(await readFile(headersFile, 'utf8'), sources));
        logger.info(`${sources.length} inline stylesheet hash(es) added to the style-src of _headers`);
      },
    },
  };
}
