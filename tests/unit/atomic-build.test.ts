import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT, runProjectScript, type ScriptRun } from './build-helpers';

// Two real Astro builds (one that fails half-way) take minutes on a busy machine.
const BUILD_TIMEOUT = 600_000;

/** Every file and folder under `dir`, each file with the SHA-256 of its bytes. */
async function fingerprint(dir: string): Promise<Record<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const prints: Record<string, string> = {};
  for (const entry of entries) {
    const full = path.join(entry.parentPath, entry.name);
    const key = path.relative(dir, full).split(path.sep).join('/');
    prints[key] = entry.isDirectory()
      ? 'folder'
      : createHash('sha256')
          .update(await readFile(full))
          .digest('hex');
  }
  return prints;
}

/** `npm run build -- --outDir <outDir>` on the given content folder. */
function build(contentDir: string, outDir: string): Promise<ScriptRun> {
  return runProjectScript('scripts/build.ts', ['--outDir', outDir], { BROADSHEET_CONTENT_DIR: contentDir });
}

describe('scripts/build.ts', { timeout: BUILD_TIMEOUT }, () => {
  let workDir: string;
  let outDir: string;
  let goodBuild: ScriptRun;
  let goodSite: Record<string, string>;

  beforeAll(async () => {
    workDir = await mkdtemp(path.join(tmpdir(), 'broadsheet-atomic-'));
    outDir = path.join(workDir, 'site');
    // A site from an earlier build, to be replaced.
    await mkdir(outDir);
    await writeFile(path.join(outDir, 'index.html'), '<!doctype html><title>The old site</title>');
    await cp(path.join(PROJECT_ROOT, 'tests/fixtures/odd-articles'), path.join(workDir, 'good'), { recursive: true });
    goodBuild = await build(path.join(workDir, 'good'), outDir);
    goodSite = await fingerprint(outDir);
  }, BUILD_TIMEOUT);

  afterAll(async () => {
    await rm(workDir, { recursive: true, force: true });
  });

  it('replaces the previous site with a complete new one when the build succeeds', async () => {
    expect(goodBuild.code, goodBuild.stderr).toBe(0);
    expect(await readFile(path.join(outDir, 'index.html'), 'utf8')).not.toContain('The old site');
    expect(goodSite).toHaveProperty(['articles/no-topics/index.html']);
    expect(goodSite).toHaveProperty(['404.html']);
    expect(goodBuild.stdout).toContain('6 articles checked, no problems.');
  });

  it('stops at a content mistake before building, says why, and leaves the site byte for byte as it was', async () => {
    const broken = path.join(workDir, 'broken');
    await cp(path.join(workDir, 'good'), broken, { recursive: true });
    await writeFile(
      path.join(broken, 'articles/atlantis.md'),
      '---\ntitle: Lost\ndescription: D\nauthor: A\ndate: 2023-01-19\nregions: [atlantis]\n---\n\nBody.\n',
    );
    const run = await build(broken, outDir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('broken/articles/atlantis.md:6  regions[0]: "atlantis" is not a region');
    expect(run.stderr).toContain(`Nothing was built: ${outDir} was left as it was.`);
    expect(run.stderr).not.toMatch(/^\s+at /m);
    expect(await fingerprint(outDir)).toEqual(goodSite);
  });

  it('leaves the site byte for byte as it was when Astro fails half-way, and removes what it built', async () => {
    // The check only asks that the picture exists; turning it into web images is Astro's job, and fails.
    const corrupt = path.join(workDir, 'corrupt');
    await cp(path.join(workDir, 'good'), corrupt, { recursive: true });
    await writeFile(path.join(corrupt, 'articles/images/march.png'), 'this is not a picture');
    const run = await build(corrupt, outDir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Build failed: Astro failed');
    expect(run.stderr).toContain(`${outDir} was left as it was (the last good build).`);
    expect(await fingerprint(outDir)).toEqual(goodSite);
  });

  it('leaves no staging folder behind', async () => {
    expect(existsSync(path.join(workDir, '.build-staging'))).toBe(false);
    expect(await readdir(workDir)).not.toContain('.build-staging');
  });
});
