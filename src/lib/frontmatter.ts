import type { ContentProblem } from './content-problems';
import { LineCounter, parseDocument, isMap, isScalar, isSeq, type Document, type Node as YamlNode } from 'yaml';


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
      problems: [{ file, line: 1, message: 'no frontmatter: the file must start with a line `---`, then the fields (title, description, author, date, regions), then `---`' }],
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
  const problems: ContentProblem[] = doc.errors.map((error) => ({
    file,
    line: lineAt(error.pos[0]),
    message: `YAML syntax error: ${describeYamlError(error.code, error.message)}`,
  }));
  const lineOf = (path: readonly (string | number)[]): number | undefined => findLine(doc, path, lineAt);
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
      problems: [{ file, line: 2, message: 'frontmatter must be a list of `field: value` lines' }],
    };
  }
  return { data: data as Record<string, unknown>, body, bodyStartLine, lineOf, problems };
}

function describeYamlError(code: string, message: string): string {
  // The library's first line is the useful one; the rest is a code excerpt we replace with the line number.
  const firstLine = message.split('\n')[0] ?? message;
  const cleaned = firstLine.replace(/ at line \d+, column \d+:?$/, '');
  if (code === 'DUPLICATE_KEY') return `${cleaned} (a field is written twice)`;
  return cleaned;
}

function findLine(
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
