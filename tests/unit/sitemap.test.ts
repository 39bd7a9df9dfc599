import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildLastModifiedIndex,
  createLastModifiedSerializer,
  readSitemapArticles,
  type SitemapArticle,
} from '../../src/lib/sitemap';

const day = (d: number) => new Date(Date.UTC(2023, 0, d));

describe('buildLastModifiedIndex', () => {
  const articles: SitemapArticle[] = [
    { slug: 'old', modified: day(10), regions: ['europe'], authors: ['Lena Brandt'], topics: ['Strikes'] },
    {
      slug: 'new',
      modified: day(20),
      regions: ['latin-america', 'europe'],
      authors: ['José Rojas'],
      topics: ['strikes', 'peru-crisis'],
    },
  ];
  const index = buildLastModifiedIndex(articles);

  it('dates each article page by its own last change', () => {
    expect(index.get('/articles/old/')).toEqual(day(10));
    expect(index.get('/articles/new/')).toEqual(day(20));
  });

  it('dates each list by its most recently changed article', () => {
    expect(index.get('/')).toEqual(day(20));
    expect(index.get('/regions/europe/')).toEqual(day(20));
    expect(index.get('/regions/latin-america/')).toEqual(day(20));
    expect(index.get('/authors/lena-brandt/')).toEqual(day(10));
    expect(index.get('/authors/jose-rojas/')).toEqual(day(20));
    expect(index.get('/topics/')).toEqual(day(20));
  });

  it('files topics by slug, whatever their case', () => {
    expect(index.get('/topics/strikes/')).toEqual(day(20));
    expect(index.get('/topics/peru-crisis/')).toEqual(day(20));
  });

  it('leaves out pages it knows nothing about, such as later pages of a list', () => {
    expect(index.has('/regions/europe/2/')).toBe(false);
  });
});

describe('readSitemapArticles', () => {
  let articlesDir: string;

  beforeAll(async () => {
    articlesDir = path.join(await mkdtemp(path.join(tmpdir(), 'broadsheet-sitemap-')), 'articles');
    await mkdir(path.join(articlesDir, '2023'), { recursive: true });
    const file = (frontmatter: string) => `---\n${frontmatter}\n---\n\nBody.\n`;
    const base = 'title: T\ndescription: D\nauthor: José Rojas\nregions: [europe]';
    await writeFile(path.join(articlesDir, '2023', 'plain.md'), file(`${base}\ndate: 2023-01-19`));
    await writeFile(
      path.join(articlesDir, '2023', 'updated.md'),
      file(`${base}\ndate: 2023-01-19\nupdated: 2023-01-20`),
    );
    await writeFile(
      path.join(articlesDir, '2023', 'corrected.md'),
      file(
        `${base}\ndate: 2023-01-19\nupdated: 2023-01-20\ncorrections:\n  - date: 2023-01-22\n    text: A name was misspelt.`,
      ),
    );
    await writeFile(path.join(articlesDir, '2023', 'draft.md'), file(`${base}\ndate: 2023-01-19\ndraft: true`));
    await writeFile(path.join(articlesDir, '2023', 'broken.md'), file(`title: T`));
  });

  afterAll(async () => {
    await rm(path.dirname(articlesDir), { recursive: true, force: true });
  });

  it('reads when each published article last changed: its latest correction, update or date', async () => {
    const articles = await readSitemapArticles({ articlesDir, regionIds: ['europe'] });
    const bySlug = new Map(articles.map((article) => [article.slug, article]));
    expect(bySlug.get('plain')?.modified).toEqual(new Date('2023-01-19T00:00:00Z'));
    expect(bySlug.get('updated')?.modified).toEqual(new Date('2023-01-20T00:00:00Z'));
    expect(bySlug.get('corrected')?.modified).toEqual(new Date('2023-01-22T00:00:00Z'));
    expect(bySlug.get('plain')).toMatchObject({ regions: ['europe'], authors: ['José Rojas'], topics: [] });
  });

  it('skips drafts and files the build would reject', async () => {
    const slugs = (await readSitemapArticles({ articlesDir, regionIds: ['europe'] })).map((article) => article.slug);
    expect(slugs).not.toContain('draft');
    expect(slugs).not.toContain('broken');
  });
});

describe('createLastModifiedSerializer', () => {
  it('adds lastmod to the pages in the index and leaves the others as they are', async () => {
    let loads = 0;
    const serialize = createLastModifiedSerializer(async () => {
      loads += 1;
      return new Map([['/articles/a/', day(19)]]);
    });
    await expect(serialize({ url: 'https://news.example.org/articles/a/' })).resolves.toEqual({
      url: 'https://news.example.org/articles/a/',
      lastmod: '2023-01-19T00:00:00Z',
    });
    await expect(serialize({ url: 'https://news.example.org/regions/europe/2/' })).resolves.toEqual({
      url: 'https://news.example.org/regions/europe/2/',
    });
    expect(loads).toBe(1);
  });
});
