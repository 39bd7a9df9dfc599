import type { AstroIntegration } from 'astro';
import { recordBuildPhase } from '../lib/build-timings';

/**
 * Marks where Astro's own build steps begin and end in the timings file of
 * `npm run bench` (see src/lib/build-timings.ts), as zero-length phases: the
 * bench works out bundling, page rendering and the finishing steps from them.
 */
export function buildTimings(): AstroIntegration {
  return {
    name: 'broadsheet:build-timings',
    hooks: {
      'astro:config:setup': () => recordBuildPhase('mark: config', 0),
      'astro:build:start': () => recordBuildPhase('mark: build start', 0),
      'astro:build:generated': () => recordBuildPhase('mark: pages written', 0),
      // This integration comes first, so its build:done hook marks where the others' begin.
      'astro:build:done': () => recordBuildPhase('mark: build done', 0),
    },
  };
}
