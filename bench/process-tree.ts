// Runs a command and measures it as a whole: wall time and the peak of the summed
// resident memory of the process and every descendant (Astro's workers, Pagefind's
// binary, our render threads live inside their processes), sampled from /proc.
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';

export interface CommandMeasurement {
  milliseconds: number;
  /** Highest sum of RSS over the process tree seen, in bytes (sampled every `sampleMs`). */
  peakTreeRss: number;
  exitCode: number | null;
  output: string;
}

const PAGE_SIZE = 4096;

export async function measureCommand(
  command: string,
  args: readonly string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; sampleMs?: number },
): Promise<CommandMeasurement> {
  const started = performance.now();
  const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  let peakTreeRss = 0;
  const sample = (): void => {
    if (child.pid !== undefined) peakTreeRss = Math.max(peakTreeRss, readTreeRss(child.pid));
  };
  const timer = setInterval(sample, options.sampleMs ?? 100);
  const exitCode = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearInterval(timer);
  return { milliseconds: performance.now() - started, peakTreeRss, exitCode, output };
}

/** Sum of the resident memory of `root` and all its descendants, now. */
function readTreeRss(root: number): number {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = readQuietly(`/proc/${name}/stat`);
    if (!stat) continue;
    // The command name is in parentheses and may hold spaces: the fields after it are fixed.
    const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    const list = children.get(parent) ?? [];
    list.push(Number(name));
    children.set(parent, list);
  }
  let total = 0;
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.pop()!;
    const statm = readQuietly(`/proc/${pid}/statm`);
    if (statm) total += Number(statm.split(' ')[1]) * PAGE_SIZE;
    queue.push(...(children.get(pid) ?? []));
  }
  return total;
}

function readQuietly(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    // The process ended between listing and reading.
    return undefined;
  }
}
