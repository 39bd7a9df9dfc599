import { describe, expect, it } from 'vitest';
import {
  ContentError,
  formatContentProblem,
  formatContentReport,
  sortContentProblems,
  type ContentProblem,
} from '../../src/lib/content-problems';

const regionProblem: ContentProblem = {
  file: 'content/articles/peru-strike.md',
  line: 7,
  message: 'regions[0]: "atlantis" is not a region',
};
const titleProblem: ContentProblem = {
  file: 'content/articles/peru-strike.md',
  line: 2,
  message: 'title: must not be empty',
};
const slugProblem: ContentProblem = {
  file: 'content/articles/Peru.md',
  message: 'file name "Peru.md" cannot be a web address',
};
const otherFile: ContentProblem = {
  file: 'content/articles/france-strike.md',
  line: 12,
  message: '::related[x]: no article has the slug "x"',
};

describe('sortContentProblems', () => {
  it('orders problems by file, then by line', () => {
    expect(sortContentProblems([regionProblem, otherFile, titleProblem])).toEqual([
      otherFile,
      titleProblem,
      regionProblem,
    ]);
  });

  it('puts a problem without a line before the lines of its file', () => {
    const wholeFile: ContentProblem = {
      file: 'content/articles/peru-strike.md',
      message: 'two articles have the slug "peru-strike"',
    };
    expect(sortContentProblems([regionProblem, wholeFile, titleProblem])).toEqual([
      wholeFile,
      titleProblem,
      regionProblem,
    ]);
  });

  it('orders problems on the same line by message', () => {
    const a = { file: 'f.md', line: 3, message: 'a' };
    const b = { file: 'f.md', line: 3, message: 'b' };
    expect(sortContentProblems([b, a])).toEqual([a, b]);
  });

  it('leaves the list it was given alone', () => {
    const problems = [regionProblem, titleProblem];
    sortContentProblems(problems);
    expect(problems).toEqual([regionProblem, titleProblem]);
  });
});

describe('formatContentProblem', () => {
  it('writes file:line, two spaces, then the message', () => {
    expect(formatContentProblem(regionProblem)).toBe(
      'content/articles/peru-strike.md:7  regions[0]: "atlantis" is not a region',
    );
  });

  it('writes only the file when the problem has no line', () => {
    expect(formatContentProblem(slugProblem)).toBe(
      'content/articles/Peru.md  file name "Peru.md" cannot be a web address',
    );
  });
});

describe('formatContentReport', () => {
  it('lists every problem in order, then a blank line and a count', () => {
    const report = formatContentReport([regionProblem, otherFile, titleProblem]);
    expect(report.split('\n')).toEqual([
      'content/articles/france-strike.md:12  ::related[x]: no article has the slug "x"',
      'content/articles/peru-strike.md:2  title: must not be empty',
      'content/articles/peru-strike.md:7  regions[0]: "atlantis" is not a region',
      '',
      '3 problems in 2 files: fix them and build again.',
    ]);
  });

  it('speaks of one problem in the singular', () => {
    expect(formatContentReport([titleProblem]).split('\n').at(-1)).toBe('1 problem in 1 file: fix it and build again.');
  });

  it('counts a file with several problems once', () => {
    expect(formatContentReport([titleProblem, regionProblem]).split('\n').at(-1)).toBe(
      '2 problems in 1 file: fix them and build again.',
    );
  });
});

describe('ContentError', () => {
  const error = new ContentError([regionProblem, otherFile, titleProblem]);

  it('is an Error named ContentError', () => {
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('ContentError');
  });

  it('has the whole report as its message', () => {
    expect(error.message).toBe(formatContentReport([regionProblem, otherFile, titleProblem]));
    expect(error.message).toContain('3 problems in 2 files');
  });

  it('has an empty stack, so only the report is printed', () => {
    expect(error.stack).toBe('');
  });

  it('keeps the problems, sorted', () => {
    expect(error.problems).toEqual([otherFile, titleProblem, regionProblem]);
  });
});
