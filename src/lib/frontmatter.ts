import type { ContentProblem } from './content-problems';
import {
  LineCounter,
  parseDocument,
  isMap,
  isPair,
  isScalar,
  isSeq,
  visit,
  type Document,
  type Node as YamlNode,
  type Pair,
  type Scalar,
} from 'yaml';

/** A Markdown file split into its frontmatter and its body. */
export interface SplitArticleFile {
  /** The parsed frontmatter; `undefined` when it had errors (see `problems`). */
  data: Record<string, unknown> | undefined;
  /** The Markdown after the closing `---`, with LF line endings. */
  body: string;
  /** 1-based line of the file where the body starts, so body lines can be reported as file lines. */
  bodyStartLine: number;
  /** Finds the file line of a frontmatter field, e.g. `['image', 'src']` or `['regions', 1]`. */
  lineOf(path: readonly (string | number)[]): number | undefined;
  problems: ContentProblem[];
}

const FENCE = /^---[ \t]*$/;

/**
 * Splits a Markdown article into YAML frontmatter and body, tolerating a UTF-8 BOM
 * and CRLF line endings, and reports YAML mistakes with the line they are on.
 * Dates stay strings (YAML 1.2 core schema) so the schema reads them in the site's zone.
 */
export function splitArticleFile(source: string, file: string): SplitArticleFile {
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const lines = text.split('\n');
  const none = (): undefined => undefined;
  if (!FENCE.test(lines[0] ?? '')) {
    return {
      data: undefined,
      body: text,
      bodyStartLine: 1,
      lineOf: none,
      problems: [
        {
          file,
          line: 1,
          message:
            'no frontmatter: the file must start with a line `---`, then the fields (title, description, author, date, regions), then `---`',
        },
      ],
    };
  }
  const closing = lines.findIndex((line, index) => index > 0 && FENCE.test(line));
  if (closing === -1) {
    return {
      data: undefined,
      body: '',
      bodyStartLine: lines.length + 1,
      lineOf: none,
      problems: [{ file, line: 1, message: 'frontmatter is not closed: add a line `---` after the last field' }],
    };
  }
  const yamlText = lines.slice(1, closing).join('\n');
  const body = lines.slice(closing + 1).join('\n');
  const bodyStartLine = closing + 2;
  // Frontmatter line N is file line N + 1 (the opening fence is line 1).
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, schema: 'core', uniqueKeys: true, prettyErrors: false });
  const lineAt = (offset: number): number => lineCounter.linePos(offset).line + 1;
  const problems: ContentProblem[] = [];
  for (const error of doc.errors) {
    const line = lineAt(locateYamlError(yamlText, error.code, error.message, error.pos[0]));
    // One cause often trips several rules on one line; the first says it best.
    if (problems.some((problem) => problem.line === line)) continue;
    problems.push({ file, line, message: `YAML syntax error: ${describeYamlError(error.code, error.message)}` });
  }
  const lineOf = (path: readonly (string | number)[]): number | undefined => findLine(doc, path, lineAt);
  if (problems.length > 0) return { data: undefined, body, bodyStartLine, lineOf, problems };
  problems.push(...findSwallowedHashes(doc, file, lineAt));
  if (problems.length > 0) return { data: undefined, body, bodyStartLine, lineOf, problems };
  const data: unknown = doc.toJS();
  if (data === null || data === undefined) {
    return { data: {}, body, bodyStartLine, lineOf, problems };
  }
  if (typeof data !== 'object' || Array.isArray(data)) {
    return {
      data: undefined,
      body,
      bodyStartLine,
      lineOf,
      problems: [
        { file, line: 2, message: 'frontmatter must be a list of `field: value` lines, with a space after each colon' },
      ],
    };
  }
  return { data: data as Record<string, unknown>, body, bodyStartLine, lineOf, problems };
}

// What an editor most likely did, by the YAML library's error code: the library's words are for programmers.
const YAML_HINTS: Record<string, string> = {
  DUPLICATE_KEY: 'a field is written twice',
  BLOCK_AS_IMPLICIT_KEY:
    'a value containing ": " must be in quotes, e.g. title: "Peru: the strike goes on"; or a line below is indented too far',
  TAB_AS_INDENT: 'indent with spaces, not tabs',
  BAD_SCALAR_START: 'put the value in quotes',
  UNEXPECTED_TOKEN:
    "check the quotes on this line: a value with \" inside is wrapped in single quotes, and a ' inside single quotes is written twice ('')",
  BAD_INDENT: 'a list written [a, b] must end with ] on the same line',
};

/** A YAML library error as an editor reads it: its first line, without the position, and a hint at the usual cause. */
export function describeYamlError(code: string, message: string): string {
  // The library's first line is the useful one; the rest is a code excerpt we replace with the line number.
  const firstLine = message.split('\n')[0] ?? message;
  const cleaned = firstLine.replace(/ at line \d+, column \d+:?$/, '').replace('closing "quote', 'closing quote');
  const hint = /quote/.test(cleaned) ? 'a value that opens a quote must close it on the same line' : YAML_HINTS[code];
  return hint ? `${cleaned} (${hint})` : cleaned;
}

/** Where the editor's mistake is: the library reports an unclosed quote or list where it gave up, often lines later. */
function locateYamlError(yamlText: string, code: string, message: string, offset: number): number {
  const opener = /quote/.test(message) ? /"|'/g : code === 'BAD_INDENT' ? /\[|\{/g : undefined;
  if (!opener) return offset;
  let last = -1;
  for (const match of yamlText.slice(0, offset).matchAll(opener)) last = match.index;
  return last === -1 ? offset : last;
}

/**
 * `title: The #1 strike` is read as "The" and a comment: YAML starts a comment at " #".
 * A deliberate comment has a space after the #; a hashtag or a number sign does not.
 */
function findSwallowedHashes(doc: Document, file: string, lineAt: (offset: number) => number): ContentProblem[] {
  const problems: ContentProblem[] = [];
  visit(doc, {
    Pair(_, pair, path) {
      const { key, value } = pair;
      if (!isScalar(key) || !isScalar(value) || value.type !== 'PLAIN' || typeof value.value !== 'string') return;
      if (!value.comment || /^\s/.test(value.comment) || !value.range) return;
      const parents = path
        .filter((node) => isPair(node) && isScalar(node.key))
        .map((node) => String((node as Pair<Scalar>).key.value));
      const field = [...parents, String(key.value)].join('.');
      problems.push({
        file,
        line: lineAt(value.range[0]),
        message: `${field}: everything from " #" on is read as a comment and left out: put the whole value in quotes, e.g. ${String(key.value)}: "${value.value} #${value.comment}"`,
      });
    },
  });
  return problems;
}

/** The line (1-based, as counted by `lineAt`) of the value at `path` in a YAML document, or of its nearest parent. */
export function findLine(
  doc: Document,
  path: readonly (string | number)[],
  lineAt: (offset: number) => number,
): number | undefined {
  let node: unknown = doc.contents;
  let line: number | undefined = rangeLine(node, lineAt);
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && item.key.value === segment);
      if (!pair) return line;
      line = rangeLine(pair.key, lineAt) ?? line;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      node = node.items[segment];
      line = rangeLine(node, lineAt) ?? line;
    } else {
      return line;
    }
  }
  return line;
}

function rangeLine(node: unknown, lineAt: (offset: number) => number): number | undefined {
  const range = (node as YamlNode | undefined)?.range;
  return range ? lineAt(range[0]) : undefined;
}
