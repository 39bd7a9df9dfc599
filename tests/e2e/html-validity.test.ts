import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate';
import { describe, expect, inject, it } from 'vitest';
import { listBuiltPages } from '../../src/lib/built-site';
import { PROJECT_ROOT } from './site-build';

/** Every HTML file of a built site, as paths relative to it. */
describe('every built page', () => {
  it('is valid HTML under the project’s html-validate rules (.htmlvalidate.json)', async () => {
    const outDir = inject('outDir');
    // The project's config, read explicitly: the build may live outside the project (no config lookup by folder).
    const config = JSON.parse(await readFile(path.join(PROJECT_ROOT, '.htmlvalidate.json'), 'utf8')) as ConfigData;
    const validator = new HtmlValidate(new StaticConfigLoader(config));
    const files = await listBuiltPages(outDir);
    expect(files.length).toBeGreaterThan(30);
    const errors: string[] = [];
    for (const file of files) {
      const report = await validator.validateString(await readFile(path.join(outDir, file), 'utf8'), file);
      for (const result of report.results) {
        for (const message of result.messages) {
          errors.push(
            `${file}:${message.line}:${message.column} ${message.ruleId}: ${message.message}${message.selector ? ` (${message.selector})` : ''}`,
          );
        }
      }
    }
    expect(errors).toEqual([]);
  });
});
