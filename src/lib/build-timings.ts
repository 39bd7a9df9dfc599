import { appendFileSync } from 'node:fs';

/**
 * Where the build's own phases (content sync, Markdown rendering, related
 * engine, search index…) are timed for `npm run bench`: when
 * `BROADSHEET_BUILD_TIMINGS` names a file, each phase appends one JSON line to
 * it. Otherwise nothing is recorded.
 */
export function recordBuildPhase(phase: string, milliseconds: number): void {
  const file = process.env['BROADSHEET_BUILD_TIMINGS'];
  if (!file) return;
  appendFileSync(file, `${JSON.stringify({ phase, milliseconds, at: Date.now() })}\n`);
}

/** Runs `work` and records its wall time as `phase`. */
export async function timeBuildPhase<T>(phase: string, work: () => Promise<T> | T): Promise<T> {
  const started = performance.now();
  try {
    return await work();
  } finally {
    recordBuildPhase(phase, performance.now() - started);
  }
}
