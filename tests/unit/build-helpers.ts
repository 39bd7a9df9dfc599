import { spawn } from 'node:child_process';
import path from 'node:path';

/** The project root. */
export const PROJECT_ROOT = path.resolve(import.meta.dirname, '../..');

/** A finished child process: its exit code and everything it printed. */
export interface ScriptRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs a TypeScript script of the project with tsx and the project's Node (as `npm run` does:
 * `node_modules/.bin` first on the PATH), with extra environment variables.
 */
export function runProjectScript(script: string, args: string[], env: Record<string, string> = {}): Promise<ScriptRun> {
  return new Promise((resolve, reject) => {
    const bin = path.join(PROJECT_ROOT, 'node_modules/.bin');
    const child = spawn(path.join(bin, 'tsx'), [script, ...args], {
      cwd: PROJECT_ROOT,
      env: {
        ...process.env,
        PATH: `${bin}${path.delimiter}${process.env['PATH'] ?? ''}`,
        ASTRO_TELEMETRY_DISABLED: '1',
        ...env,
      },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
