// `npm run build`: checks the content, builds the site into a staging folder, and
// only when the whole build succeeded swaps it in for `dist/`. A failed build
// (a content mistake, a broken template, an interrupted run) leaves the last
// good site byte for byte as it was, so a host serving `dist/` never serves half a site.
//
//   npm run build                          # content/ → dist/
//   npm run build -- --outDir ../public    # another output folder
//   BROADSHEET_CONTENT_DIR=… npm run build # another content folder
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readdir, rename, rm, rmdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { recordBuildPhase, timeBuildPhase } from '../src/lib/build-timings';
import { startTypeScriptWorker } from '../src/lib/typescript-worker';
import type { ContentCheckResult } from './check-content';

const ROOT = path.resolve(import.meta.dirname, '..');
const ASTRO_BIN = path.join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');

/**
 * The content check, in a thread of its own. It reads and renders the whole collection, and
 * this process lives on while Astro builds: in a thread, all that memory goes back when the
 * check ends (about 400 MB at 5,000 articles) instead of staying with this process.
 */
function runContentCheckThread(): Promise<ContentCheckResult> {
  const worker = startTypeScriptWorker(new URL('./check-content-thread.ts', import.meta.url));
  return new Promise((resolve, reject) => {
    worker.once('message', (result: ContentCheckResult) => {
      resolve(result);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the content check stopped without a result (exit code ${code})`)));
  });
}

/** A failure with a message for the person running the build; no stack trace. */
class BuildFailure extends Error {}

/** Where a build of `outDir` stages its files: beside it, so the final rename stays on one filesystem and is atomic. */
function stagingDirFor(outDir: string): string {
  return path.join(path.dirname(outDir), '.build-staging');
}

/**
 * Astro keeps per-project caches (`.astro/`, `node_modules/.astro/`) that two builds
 * running at once would overwrite under each other, so builds of one project take turns.
 * The lock is a folder (mkdir is atomic) holding the owner's pid; a dead owner's lock is taken over.
 */
async function acquireBuildLock(): Promise<() => Promise<void>> {
  const lockDir = path.join(ROOT, '.build-staging', 'lock');
  let announced = false;
  for (;;) {
    try {
      // The parent too, every time: a build finishing now removes it when it is empty.
      await mkdir(path.dirname(lockDir), { recursive: true });
      await mkdir(lockDir);
      await writeFile(path.join(lockDir, 'pid'), String(process.pid));
      return () => rm(lockDir, { recursive: true, force: true });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') continue;
      if (code !== 'EEXIST') throw error;
    }
    const owner = readLockOwner(lockDir);
    if (owner !== undefined && !isRunning(owner)) {
      await rm(lockDir, { recursive: true, force: true });
      continue;
    }
    if (!announced) {
      console.log(`Waiting for another build of this project${owner ? ` (process ${owner})` : ''} to finish…`);
      announced = true;
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

function readLockOwner(lockDir: string): number | undefined {
  try {
    const pid = Number(readFileSync(path.join(lockDir, 'pid'), 'utf8'));
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    // Just created by its owner, who has not written the pid yet.
    return undefined;
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

let astro: ChildProcess | undefined;

/** Runs `astro build --outDir <dir>` with this Node, its output streamed as it comes. */
function runAstroBuild(outDir: string): Promise<void> {
  return new Promise((resolve, reject) => {
    // Always the production site: with NODE_ENV=test or development in the environment, Astro
    // would build one with drafts and without the Content-Security-Policy.
    astro = spawn(process.execPath, [ASTRO_BIN, 'build', '--outDir', outDir], {
      cwd: ROOT,
      stdio: 'inherit',
      env: { ...process.env, NODE_ENV: 'production' },
    });
    astro.on('error', (error) => reject(new BuildFailure(`could not start Astro: ${error.message}`)));
    astro.on('close', (code, signal) => {
      astro = undefined;
      if (code === 0) resolve();
      else
        reject(
          new BuildFailure(
            signal ? `Astro was stopped (${signal})` : `Astro failed (exit code ${code}); its output is above`,
          ),
        );
    });
  });
}

/**
 * Puts the finished build in place of `outDir`: the old site is moved aside, the new
 * one renamed in, the old one deleted. Each rename is atomic; between the two, `outDir`
 * is missing for an instant, never half-written. If the second rename fails, the old site goes back.
 */
async function swapIn(finished: string, outDir: string, staging: string): Promise<void> {
  const previous = path.join(staging, `previous-${process.pid}`);
  const hadPrevious = existsSync(outDir);
  if (hadPrevious) await rename(outDir, previous);
  try {
    await rename(finished, outDir);
  } catch (error) {
    if (hadPrevious) await rename(previous, outDir);
    throw error;
  }
  if (hadPrevious) await rm(previous, { recursive: true, force: true });
}

/** Removes the staging folder when nothing else is in it (another build's files, the lock). */
async function removeIfEmpty(dir: string): Promise<void> {
  try {
    if ((await readdir(dir)).length === 0) await rmdir(dir);
  } catch {
    // Gone already, or another build is using it.
  }
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { outDir: { type: 'string', default: 'dist' } } });
  const outDir = path.resolve(ROOT, values.outDir);
  const staging = stagingDirFor(outDir);
  const building = path.join(staging, `dist-${process.pid}`);
  const shownOutDir = path.relative(ROOT, outDir).startsWith('..') ? outDir : `${path.relative(ROOT, outDir)}/`;

  const cleanUp = async () => {
    await rm(building, { recursive: true, force: true });
    await removeIfEmpty(staging);
  };
  // Ctrl-C reaches Astro too (same process group); wait for it to stop, then tidy up.
  const onSignal = (signal: NodeJS.Signals) => {
    console.error(`\nBuild interrupted: ${shownOutDir} was left as it was.`);
    astro?.kill(signal);
    void cleanUp().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  // One moment for the whole build, so that the check and Astro agree on which articles are
  // scheduled (dated after it) and the news sitemap counts back from the same instant.
  if (!process.env['BROADSHEET_BUILD_DATE']) process.env['BROADSHEET_BUILD_DATE'] = new Date().toISOString();

  console.log('Checking the content…');
  const check = await timeBuildPhase('content check', runContentCheckThread);
  if (!check.ok) {
    console.error(`${check.report}\n\nNothing was built: ${shownOutDir} was left as it was.`);
    return 1;
  }
  console.log(check.summary);

  const releaseLock = await acquireBuildLock();
  try {
    await rm(building, { recursive: true, force: true });
    await mkdir(staging, { recursive: true });
    await runAstroBuild(building);
    recordBuildPhase('mark: astro exited', 0);
    await timeBuildPhase('swap', () => swapIn(building, outDir, staging));
    console.log(`The site is in ${shownOutDir}`);
    return 0;
  } catch (error) {
    const reason =
      error instanceof BuildFailure
        ? error.message
        : error instanceof Error
          ? (error.stack ?? error.message)
          : String(error);
    console.error(`\nBuild failed: ${reason}.\n${shownOutDir} was left as it was (the last good build).`);
    return 1;
  } finally {
    await cleanUp();
    await releaseLock();
    await removeIfEmpty(path.join(ROOT, '.build-staging'));
  }
}

process.exitCode = await main();
