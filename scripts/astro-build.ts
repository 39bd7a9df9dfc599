// `astro build` run quietly by the benchmarks and the audit, which want a built site and its
// wall time but not Astro's page-by-page log. Unlike `npm run build` (scripts/build.ts) it
// skips the content check and writes straight into `outDir`: a measuring tool's own folder.
import { spawn } from 'node:child_process';
import path from 'node:path';

const PROJECT_ROOT = path.resolve(import.meta.dirname, '..');
const ASTRO_BIN = path.join(PROJECT_ROOT, 'node_modules', '.bin', 'astro');

/** Options of {@link runQuietAstroBuild}. */
export interface QuietAstroBuildOptions {
  /** Where the site is written. */
  outDir: string;
  /** Added to this process's environment (`BROADSHEET_CONTENT_DIR`, `SITE_URL`…). */
  env?: Record<string, string>;
}

/**
 * Builds the site into `outDir` and resolves with the wall time in seconds. Astro's
 * standard output is dropped; when the build fails, its error output is in the rejection.
 */
export function runQuietAstroBuild({ outDir, env = {} }: QuietAstroBuildOptions): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(ASTRO_BIN, ['build', '--outDir', outDir], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.on('error', (error) => reject(new Error(`could not start astro build: ${error.message}`)));
    child.on('close', (code) =>
      code === 0
        ? resolve((performance.now() - started) / 1000)
        : reject(new Error(`astro build failed (exit ${code}):\n${errors}`)),
    );
  });
}
