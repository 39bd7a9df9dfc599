import { spawn } from 'node:child_process';
import { createServer as createHttpServer } from 'node:http';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sirv from 'sirv';

/** The project root (tests run from it). */
export const PROJECT_ROOT = path.resolve(import.meta.dirname, '../..');

/** Runs an npm-installed binary of the project with the project's Node, failing with its output. */
export function runProjectBin(bin: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(PROJECT_ROOT, 'node_modules/.bin', bin), args, {
      cwd: PROJECT_ROOT,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(output) : reject(new Error(`${bin} ${args.join(' ')} failed (exit ${code}):\n${output}`)),
    );
  });
}

/** Articles written to attack the site, built beside the real ones (tests/e2e/payload.test.ts); see its _README.md. */
export const PAYLOAD_ARTICLES_DIR = path.join(PROJECT_ROOT, 'tests/fixtures/payload-articles');

/** Articles dated after the test build, which it must leave out (tests/e2e/scheduling.test.ts); see its _README.md. */
export const SCHEDULED_ARTICLES_DIR = path.join(PROJECT_ROOT, 'tests/fixtures/scheduled-articles');

/**
 * Copies `content/` to a temporary folder with a smaller page size, so the real
 * articles fill several pages and pagination can be tested on them, and adds the
 * payload articles under `articles/payload/` (Oceania, "Payload Tester", 2019) and
 * the scheduled ones under `articles/scheduled/`.
 */
export async function prepareTestContent(pageSize: number): Promise<string> {
  const contentDir = path.join(await mkdtemp(path.join(tmpdir(), 'broadsheet-content-')), 'content');
  await cp(path.join(PROJECT_ROOT, 'content'), contentDir, { recursive: true });
  await cp(PAYLOAD_ARTICLES_DIR, path.join(contentDir, 'articles', 'payload'), { recursive: true });
  await cp(SCHEDULED_ARTICLES_DIR, path.join(contentDir, 'articles', 'scheduled'), { recursive: true });
  const siteFile = path.join(contentDir, 'site.yaml');
  const settings = await readFile(siteFile, 'utf8');
  await writeFile(siteFile, settings.replace(/^pageSize:.*$/m, `pageSize: ${pageSize}`));
  return contentDir;
}

/**
 * Serves a built folder on loopback as a static host would (`404.html` for
 * unknown paths). Not `astro preview`: that allows one server per project, and
 * tests must not stop a reader's `npm start`.
 */
export async function serveStatic(outDir: string): Promise<{ url: string; stop(): Promise<void> }> {
  const notFound = await readFile(path.join(outDir, '404.html'));
  const handler = sirv(outDir, { dev: true, etag: false });
  const server = createHttpServer((request, response) =>
    handler(request, response, () => {
      response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      response.end(notFound);
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (typeof address !== 'object' || !address) throw new Error('The test server has no address');
  return {
    url: `http://127.0.0.1:${address.port}`,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
