import { readdirSync, readFileSync } from 'node:fs';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent, type ContentCheckResult } from '../../scripts/check-content';
import { PROJECT_ROOT as ROOT, runProjectScript, type ScriptRun } from './build-helpers';

// Each run reads and renders a whole collection, and the CLI starts a Node process: give both time on a busy machine.
const SLOW = 120_000;
const BAD = 'tests/fixtures/bad-articles';
const GOOD = 'tests/fixtures/odd-articles';

/** The exact lines the report must hold: `tests/fixtures/bad-articles/articles/bad/x.md:5  message`. */
const expected = JSON.parse(readFileSync(path.join(ROOT, BAD, 'expected-problems.json'), 'utf8')) as Record<
  string,
  { line?: number; message: string }[]
>;
const expectedLines = Object.entries(expected).flatMap(([file, problems]) =>
  problems.map(({ line, message }) => `${BAD}/${file}${line === undefined ? '' : `:${line}`}  ${message}`),
);

// What a stack trace or an uncaught error looks like in a terminal.
const STACK_TRACE = /^\s+at .+[:(]\d+|\b(?:TypeError|ReferenceError|SyntaxError|URIError|Error):|node:internal/m;

/** Runs `tsx scripts/check-content.ts` with the project's Node, as `npm run check:content` does. */
function runCheckCli(contentDir: string): Promise<ScriptRun> {
  return runProjectScript('scripts/check-content.ts', [], { BROADSHEET_CONTENT_DIR: contentDir });
}

/** Every bad article file in the fixture, relative to it. */
function listBadFiles(): string[] {
  return readdirSync(path.join(ROOT, BAD, 'articles/bad'), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.md'))
    .map((name) => `articles/bad/${name.split(path.sep).join('/')}`)
    .sort();
}

describe('the bad-articles fixture', () => {
  it('has at least twenty bad articles, each with the problems it must produce', () => {
    const files = listBadFiles();
    expect(files.length).toBeGreaterThanOrEqual(20);
    expect(Object.keys(expected).sort()).toEqual(files);
  });
});

describe('checkContent', { timeout: SLOW }, () => {
  describe('on a collection full of mistakes', () => {
    let result: ContentCheckResult;
    beforeAll(async () => {
      result = await checkContent({ contentDir: path.join(ROOT, BAD), rootDir: ROOT });
    }, SLOW);

    it('fails', () => {
      expect(result.ok).toBe(false);
    });

    it('reports each expected problem as one exact line', () => {
      const lines = result.ok ? [] : result.report.split('\n');
      for (const line of expectedLines) expect(lines, line).toContain(line);
    });

    it('reports nothing else: no problem in the good articles, no second line for one mistake', () => {
      const report = result.ok ? '' : result.report;
      const problemLines = report.split('\n').filter((line) => line.startsWith(`${BAD}/`));
      expect(problemLines.sort()).toEqual([...expectedLines].sort());
      expect(report).not.toContain('articles/good/');
    });

    it('ends with a count of problems and files', () => {
      const files = Object.keys(expected).length;
      expect(result.ok ? '' : result.report).toMatch(
        new RegExp(`\\n\\n${expectedLines.length} problems in ${files} files: fix them and build again\\.$`),
      );
    });
  });

  it('passes valid content and counts its articles', async () => {
    const result = await checkContent({ contentDir: path.join(ROOT, GOOD), rootDir: ROOT });
    expect(result).toEqual({ ok: true, articleCount: 6, summary: '6 articles checked, no problems.' });
  });

  it('lists the articles dated after the build, soonest first, as left out until their dates', async () => {
    // 04:00 UTC on January 19 is still January 18 in Lima, the fixture's zone.
    const result = await checkContent({
      contentDir: path.join(ROOT, GOOD),
      rootDir: ROOT,
      buildDate: new Date('2023-01-19T04:00:00Z'),
    });
    expect(result).toEqual({
      ok: true,
      articleCount: 4,
      summary: [
        '4 articles checked, no problems.',
        '2 scheduled articles are left out until a build at or after their dates:',
        `  2023-01-19T00:00:00-05:00  ${GOOD}/articles/byte-order-mark.md`,
        `  2023-01-20T00:00:00-05:00  ${GOOD}/articles/crlf-line-endings.md`,
      ].join('\n'),
    });
  });

  describe('with writers’ profiles', () => {
    let dir: string;
    beforeAll(async () => {
      dir = await mkdtemp(path.join(tmpdir(), 'broadsheet-check-authors-'));
      await cp(path.join(ROOT, GOOD), path.join(dir, 'content'), { recursive: true });
    });
    afterAll(async () => {
      await rm(dir, { recursive: true, force: true });
    });

    it('accepts profiles of writers on bylines, however accented', async () => {
      await writeFile(
        path.join(dir, 'content/authors.yaml'),
        '- name: Jose Rojas\n  role: Andes correspondent\n- name: Ngũgĩ wa Thiongʼo\n',
      );
      const result = await checkContent({ contentDir: path.join(dir, 'content'), rootDir: ROOT });
      expect(result.ok).toBe(true);
    });

    it('reports a profile that no byline matches, at its line', async () => {
      await writeFile(
        path.join(dir, 'content/authors.yaml'),
        '- name: Ana Quispe\n- name: Rania Hadad\n  role: Editor\n',
      );
      const result = await checkContent({ contentDir: path.join(dir, 'content'), rootDir: ROOT });
      expect(result.ok ? [] : result.report.split('\n')[0]).toBe(
        'content/authors.yaml:2  [1].name: "Rania Hadad" is on no article’s byline (author:); a profile is matched to bylines by name',
      );
    });

    it('reports a broken profiles file with the other settings files, before any article', async () => {
      await writeFile(path.join(dir, 'content/authors.yaml'), '- name: Ana Quispe\n  email: ana@example.org\n');
      const result = await checkContent({ contentDir: path.join(dir, 'content'), rootDir: ROOT });
      expect(result.ok ? [] : result.report.split('\n')).toEqual([
        'content/authors.yaml:2  unknown field "email" in [0]: check the spelling (the README lists every field)',
        '',
        '1 problem in the site settings: fix it first, then the articles are checked.',
      ]);
    });
  });

  describe('on broken site settings', () => {
    let dir: string;
    beforeAll(async () => {
      dir = await mkdtemp(path.join(tmpdir(), 'broadsheet-check-settings-'));
      await cp(path.join(ROOT, GOOD), path.join(dir, 'content'), { recursive: true });
      await writeFile(path.join(dir, 'content/site.yaml'), 'name: Broadsheet\ntimezone: UTC\n');
      await writeFile(path.join(dir, 'content/regions.yaml'), '- id: europe\n  name: Europe\n  name: Europa\n');
    });
    afterAll(async () => {
      await rm(dir, { recursive: true, force: true });
    });

    it('reports every settings file’s problems, named from the content folder, before any article', async () => {
      const result = await checkContent({ contentDir: path.join(dir, 'content'), rootDir: ROOT });
      expect(result.ok).toBe(false);
      expect(result.ok ? [] : result.report.split('\n')).toEqual([
        'content/site.yaml:2  unknown field "timezone": check the spelling (the README lists every field)',
        'content/regions.yaml:3  YAML syntax error: Map keys must be unique (a field is written twice)',
        '',
        '2 problems in the site settings: fix them first, then the articles are checked.',
      ]);
    });
  });
});

describe('scripts/check-content.ts', { timeout: SLOW }, () => {
  it('prints every problem to stderr, without a stack trace, and exits 1', async () => {
    const { code, stdout, stderr } = await runCheckCli(BAD);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    const lines = stderr.split('\n');
    for (const line of expectedLines) expect(lines, line).toContain(line);
    expect(stderr).not.toMatch(STACK_TRACE);
  });

  it('prints one line and exits 0 when every article is fine', async () => {
    const { code, stdout, stderr } = await runCheckCli(GOOD);
    expect({ code, stdout, stderr }).toEqual({ code: 0, stdout: '6 articles checked, no problems.\n', stderr: '' });
  });

  it('names a missing settings file instead of failing with a stack trace', async () => {
    const { code, stderr } = await runCheckCli(`${BAD}/articles`);
    expect(code).toBe(1);
    expect(stderr).toContain(`${BAD}/articles/site.yaml: file not found`);
    expect(stderr).not.toMatch(STACK_TRACE);
  });
});
