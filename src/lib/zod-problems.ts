import type { z } from 'astro/zod';

/** What a report says of a required field that is not there. */
export const MISSING_FIELD_MESSAGE = 'is required but missing';

/**
 * An `error` option for a schema that has its own message for a wrong value:
 * zod calls it for a missing value too, and then the editor should read
 * "is required but missing", not the description of a value they never wrote.
 */
export function unlessMissing(message: string): (issue: { input?: unknown }) => string {
  return (issue) => (issue.input === undefined ? MISSING_FIELD_MESSAGE : message);
}

// zod's own wording for a value of the wrong type: "Invalid input: expected number, received string".
const DEFAULT_TYPE_MESSAGE = /^Invalid input: expected (\w+), received (\w+)$/;

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a set of `field: value` lines',
  date: 'a date',
  null: 'empty',
  undefined: 'missing',
  bigint: 'a number',
  nan: 'not a number',
};

/**
 * Turns one schema issue into a sentence for an editor: the field as written in
 * the frontmatter (`image.alt`, `regions[1]`), then what was expected.
 */
export function describeSchemaIssue(issue: z.core.$ZodIssue): { path: (string | number)[]; message: string } {
  const path = issue.path.filter((segment): segment is string | number => typeof segment !== 'symbol');
  const field = formatFieldPath(path);
  const withField = (message: string) => (field ? `${field}: ${message}` : message);
  if (issue.code === 'unrecognized_keys') {
    const where = field ? ` in ${field}` : '';
    const keys = issue.keys.map((key) => `"${key}"`).join(', ');
    return {
      path: [...path, issue.keys[0] ?? ''],
      message: `unknown field ${keys}${where}: check the spelling (the README lists every field)`,
    };
  }
  if (issue.code === 'invalid_type') {
    // zod leaves the input out of an issue unless asked (`reportInput`); its default message names what it received.
    const defaultMessage = DEFAULT_TYPE_MESSAGE.exec(issue.message);
    const missing = 'input' in issue ? issue.input === undefined : defaultMessage?.[2] === 'undefined';
    if (missing) return { path, message: withField(MISSING_FIELD_MESSAGE) };
    if (defaultMessage) {
      const [, expected = '', received = ''] = defaultMessage;
      return {
        path,
        message: withField(`must be ${TYPE_NAMES[expected] ?? expected}, not ${TYPE_NAMES[received] ?? received}`),
      };
    }
  }
  return { path, message: withField(issue.message) };
}

/** `['image', 'src']` → `image.src`; `['regions', 1]` → `regions[1]`. */
export function formatFieldPath(path: readonly (string | number)[]): string {
  return path.reduce<string>((text, segment) => {
    if (typeof segment === 'number') return `${text}[${segment}]`;
    return text ? `${text}.${segment}` : segment;
  }, '');
}
