import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import type { ResolveArticle } from './article-links';
import { describeLookupAnswer, type RenderOutcome } from './render-outcome';

interface CacheFile {
  fingerprint: string;
  entries: Map<string, RenderOutcome>;
}

/**
 * Rendered article bodies from earlier runs, by the digest of their Markdown, so
 * an unchanged article is rendered once: by the content check of `npm run build`
 * and not again by Astro, and not again by the next build. An entry is used
 * only while every article its body looked up (callouts, `.md` links) gives
 * the same answer, and the whole cache is dropped when the pipeline's code or
 * the installed packages change.
 */
export class RenderCache {
  private readonly used = new Map<string, RenderOutcome>();
  /** Whether this run rendered anything new, so the file needs writing. */
  private renderedAnew = false;

  private constructor(
    private readonly file: string,
    private readonly fingerprint: string,
    private readonly stored: Map<string, RenderOutcome>,
  ) {}

  /** Opens the cache in `file`; a missing, unreadable or outdated file gives an empty cache. */
  static async open(file: string, projectRoot: string): Promise<RenderCache> {
    const fingerprint = await getPipelineFingerprint(projectRoot);
    let stored = new Map<string, RenderOutcome>();
    try {
      const contents = deserialize(await readFile(file)) as CacheFile;
      if (contents.fingerprint === fingerprint && contents.entries instanceof Map) stored = contents.entries;
    } catch {
      // No cache yet, or one written by another Node version: render everything.
    }
    return new RenderCache(file, fingerprint, stored);
  }

  /** The earlier rendering of `body`, if every article it looked up still answers the same. */
  get(body: string, resolveArticle: ResolveArticle): RenderOutcome | undefined {
    const key = digest(body);
    const outcome = this.stored.get(key);
    if (!outcome || !('rendered' in outcome)) return undefined;
    for (const [slug, answer] of outcome.lookups) {
      if (describeLookupAnswer(resolveArticle(slug)) !== answer) return undefined;
    }
    this.used.set(key, outcome);
    return outcome;
  }

  /** Keeps a fresh rendering; failures are not kept, so they are tried again. */
  set(body: string, outcome: RenderOutcome): void {
    if (!('rendered' in outcome)) return;
    this.used.set(digest(body), outcome);
    this.renderedAnew = true;
  }

  /**
   * Writes the renderings used in this run (so deleted articles drop out), through
   * a temporary file so that an interrupted write never leaves half a cache. When the
   * run used every stored rendering and made none, the file already holds exactly
   * that and is left alone: on a rebuild the content sync reads what the check wrote.
   */
  async save(): Promise<void> {
    if (!this.renderedAnew && this.used.size === this.stored.size && existsSync(this.file)) return;
    await mkdir(path.dirname(this.file), { recursive: true });
    const temporary = `${this.file}.${process.pid}.tmp`;
    await writeFile(temporary, serialize({ fingerprint: this.fingerprint, entries: this.used } satisfies CacheFile));
    await rename(temporary, this.file);
  }
}

/** Where a project keeps its rendered bodies: with the other build caches, outside the sources. */
export function getRenderCacheFile(projectRoot: string): string {
  return path.join(projectRoot, 'node_modules', '.cache', 'broadsheet', 'rendered-articles.bin');
}

function digest(text: string): string {
  return createHash('sha256').update(text).digest('base64url');
}

/** Changes whenever the Markdown pipeline's own code or any installed package does. */
async function getPipelineFingerprint(projectRoot: string): Promise<string> {
  const hash = createHash('sha256');
  const pipelineDir = path.dirname(fileURLToPath(import.meta.url));
  for (const name of (await readdir(pipelineDir)).sort()) {
    if (name.endsWith('.ts')) hash.update(name).update(await readFile(path.join(pipelineDir, name)));
  }
  const lockfile = path.join(projectRoot, 'package-lock.json');
  if (existsSync(lockfile)) hash.update(await readFile(lockfile));
  hash.update(process.version);
  return hash.digest('base64url');
}
