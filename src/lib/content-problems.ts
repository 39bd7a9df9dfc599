/** What an editor got wrong in a file, pointing at a line when there is one. */
export interface ContentProblem {
  /** Path of the file, relative to the project root, with forward slashes. */
  file: string;
  /** 1-based line in the file, when the problem has one. */
  line?: number;
  /** One sentence an editor understands, starting with the field when there is one. */
  message: string;
}

/** Orders problems by file, then line, so a report reads top to bottom like the files. */
export function sortContentProblems(problems: readonly ContentProblem[]): ContentProblem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file, 'en') || (a.line ?? 0) - (b.line ?? 0) || a.message.localeCompare(b.message, 'en'),
  );
}

/** One line a problem: `content/articles/peru-strike.md:5  regions: "atlantis" is not a region (…)`. */
export function formatContentProblem(problem: ContentProblem): string {
  const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  return `${where}  ${problem.message}`;
}

/** The whole report: every problem on its own line, then a count an editor can act on. */
export function formatContentReport(problems: readonly ContentProblem[]): string {
  const sorted = sortContentProblems(problems);
  const files = new Set(sorted.map((problem) => problem.file)).size;
  const summary = `${sorted.length} ${sorted.length === 1 ? 'problem' : 'problems'} in ${files} ${files === 1 ? 'file' : 'files'}: fix ${sorted.length === 1 ? 'it' : 'them'} and build again.`;
  return [...sorted.map(formatContentProblem), '', summary].join('\n');
}

/** Thrown when content has problems; its message is the report, meant to be printed as it is. */
export class ContentError extends Error {
  override name = 'ContentError';
  readonly problems: ContentProblem[];
  constructor(problems: readonly ContentProblem[]) {
    super(formatContentReport(problems));
    this.problems = sortContentProblems(problems);
    // Editors need the report, not our call stack; Astro prints a stack only when there is one.
    this.stack = '';
  }
}
