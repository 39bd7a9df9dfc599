import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readArticleCollection } from '../../src/lib/article-collection';

// `translations:` names other articles, so it is checked across the collection like `related:`.
let rootDir: string;

beforeAll(async () => {
  rootDir = await mkdtemp(path.join(tmpdir(), 'broadsheet-translations-'));
  await mkdir(path.join(rootDir, 'articles'));
  const write = (slug: string, extra: string) =>
    writeFile(
      path.join(rootDir, 'articles', `${slug}.md`),
      `---\ntitle: ${slug}\ndescription: D\nauthor: José Rojas\ndate: 2023-01-24\nregions: [europe]\n${extra}---\n\nBody.\n`,
    );
  await write('strike-en', 'translations: [strike-es]\n');
  await write('strike-es', 'lang: es\ntranslations: [strike-en]\n');
  await write('missing-target', 'translations:\n  - strike-es\n  - strike-fr\n');
  await write('draft-target', 'translations: [unpublished]\n');
  await write('unpublished', 'draft: true\n');
  await write('itself', 'translations: [itself]\n');
});

afterAll(async () => {
  await rm(rootDir, { recursive: true, force: true });
});

describe('readArticleCollection: translations', () => {
  it('accepts articles that name each other as translations', async () => {
    const { articles, problems } = await readArticleCollection({
      rootDir,
      articlesDir: 'articles',
      regionIds: ['europe'],
      includeDrafts: false,
    });
    expect(articles.find((article) => article.slug === 'strike-en')?.frontmatter.translations).toEqual(['strike-es']);
    expect(problems.filter((problem) => problem.file.includes('strike-'))).toEqual([]);
  });

  it('reports a translation that does not exist, a draft one, and an article that names itself, each with its line', async () => {
    const { problems } = await readArticleCollection({
      rootDir,
      articlesDir: 'articles',
      regionIds: ['europe'],
      includeDrafts: false,
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        {
          file: 'articles/missing-target.md',
          line: 9,
          message: expect.stringMatching(/^translations\[1\]: no article has the slug "strike-fr"/),
        },
        {
          file: 'articles/draft-target.md',
          line: 7,
          message: expect.stringMatching(/^translations\[0\]: "unpublished" is a draft/),
        },
        { file: 'articles/itself.md', line: 7, message: 'translations[0]: an article cannot be its own translation' },
      ]),
    );
    expect(problems).toHaveLength(3);
  });
});
