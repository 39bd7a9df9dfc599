import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeContentFile } from '../../src/lib/content-paths';

describe('describeContentFile', () => {
  const root = path.resolve('/srv/newsroom');

  it('names a file inside the project from its root, with forward slashes', () => {
    expect(describeContentFile(path.join(root, 'content', 'site.yaml'), root)).toBe('content/site.yaml');
    expect(describeContentFile(path.join(root, 'archive', '2019', 'regions.yaml'), root)).toBe(
      'archive/2019/regions.yaml',
    );
  });

  it('names a file outside the project in full, not as content/', () => {
    const elsewhere = path.resolve('/tmp/corpus-5000/site.yaml');
    expect(describeContentFile(elsewhere, root)).toBe(elsewhere);
    expect(describeContentFile(path.resolve('/srv/newsroom-copy/content/site.yaml'), root)).toBe(
      path.resolve('/srv/newsroom-copy/content/site.yaml'),
    );
  });
});
