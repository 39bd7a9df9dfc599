import type { z } from 'astro/zod';

/**
 * Turns one schema issue into a sentence for an editor: the field as written in
 * the frontmatter (`image.alt`, `regions[1]`), then what was expected.
 */
export function describeSchemaIssue(issue: z.core.$ZodIssue): { path: (string | number)[]; message: string } {
  const path = issue.path.filter((segment): segment is string | number => typeof segment !== 'symbol');
  const field = formatFieldPath(path);
  if (issue.code === 'unrecognized_keys') {
    const where = field ? ` in ${field}` : '';
    const keys = issue.keys.map((key) => `"${key}"`).join(', ');
    return { path: [...path, issue.keys[0] ?? ''], message: `unknown field ${keys}${where}: check the spelling (the README lists every field)` };
  }
  if (issue.code === 'invalid_type' && issue.input === undefined) {
    return { path, message: `${field}: is required but missing` };
  }
  return { path, message: field ? `${field}: ${issue.message}` : issue.message };
}

/** `['image', 'src']` → `image.src`; `['regions', 1]` → `regions[1]`. */
export function formatFieldPath(path: readonly (string | number)[]): string {
  return path.reduce<string>((text, segment) => {
    if (typeof segment === 'number') return `${text}[${segment}]`;
    return text ? `${text}.${segment}` : segment;
  }, '');
}
