import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readArticleCollection } from '../../src/lib/article-collection';
import { getSiteTimeZone, setSiteTimeZone } from '../../src/lib/dates';
import { startRelatedLists } from '../../src/lib/related-lists';

// An article dated after the build is scheduled: left out, like a draft, until a build at or after its date.
let rootDir: string;
const zoneBefore = getSiteTimeZone();
const BUILD = new Date('2023-01-25T12:00:00Z');

beforeAll(async () => {
  setSiteTimeZone('America/Lima');
  rootDir = await mkdtemp(path.join(tmpdir(), 'broadsheet-scheduling-'));
  await mkdir(path.join(rootDir, 'articles'));
  const write = (slug: string, frontmatter: string, body = 'Miners and teachers marched on the capital.') =>
    writeFile(
      path.join(rootDir, 'articles', `${slug}.md`),
      `---\ntitle: ${slug}\ndescription: D\nauthor: José Rojas\nregions: [latin-america]\ntopics: [strikes]\n${frontmatter}---\n\n${body}\n`,
    );
  await write('strike-day-one', 'date: 2023-01-19\n');
  await write('strike-day-two', 'date: 2023-01-24T18:00:00-05:00\n');
  // Out at 09:00 in Lima on February 1, after the build.
  await write('strike-week-two', 'date: 2023-02-01T09:00:00-05:00\n');
  await write(
    'pins-the-future',
    'date: 2023-01-24\nrelated: [strike-week-two]\n',
    'Read on.\n\n::related[strike-week-two]',
  );
  await write('future-draft', 'date: 2023-03-01\ndraft: true\n');
});

afterAll(async () => {
  setSiteTimeZone(zoneBefore);
  await rm(rootDir, { recursive: true, force: true });
});

const read = (options: { includeDrafts: boolean; publishedBy?: Date }) =>
  readArticleCollection({ rootDir, articlesDir: 'articles', regionIds: ['latin-america'], ...options });

const slugsOf = (articles: readonly { slug: string }[]) => articles.map((article) => article.slug).sort();

describe('readArticleCollection: scheduled articles', () => {
  it('leaves out an article dated after the build, and says which and until when', async () => {
    const { articles, scheduled } = await read({ includeDrafts: false, publishedBy: BUILD });
    expect(slugsOf(articles)).toEqual(['pins-the-future', 'strike-day-one', 'strike-day-two']);
    // A draft is left out for being a draft, whatever its date.
    expect(scheduled).toEqual([
      {
        slug: 'strike-week-two',
        relativePath: 'articles/strike-week-two.md',
        date: new Date('2023-02-01T14:00:00Z'),
      },
    ]);
  });

  it('refuses pins and callouts to it, naming its date in the site’s zone', async () => {
    const { problems } = await read({ includeDrafts: false, publishedBy: BUILD });
    const message =
      '"strike-week-two" is scheduled for 2023-02-01T09:00:00-05:00, after this build, so it is not published yet: link it once it is';
    expect(problems).toEqual([
      { file: 'articles/pins-the-future.md', line: 8, message: `related[0]: ${message}` },
      { file: 'articles/pins-the-future.md', line: 13, message: `::related[strike-week-two]: ${message}` },
    ]);
  });

  it('publishes it once the build is at or after its date', async () => {
    const { articles, problems, scheduled } = await read({
      includeDrafts: false,
      publishedBy: new Date('2023-02-01T14:00:00Z'),
    });
    expect(problems).toEqual([]);
    expect(scheduled).toEqual([]);
    expect(slugsOf(articles)).toContain('strike-week-two');
    expect(articles.every((article) => !article.scheduled)).toBe(true);
  });

  it('shows it when drafts are shown, marked as scheduled and never anyone’s related article', async () => {
    const { articles, problems } = await read({ includeDrafts: true, publishedBy: BUILD });
    expect(problems).toEqual([]);
    expect(articles.find((article) => article.slug === 'strike-week-two')?.scheduled).toBe(true);
    expect(articles.find((article) => article.slug === 'strike-day-two')?.scheduled).toBe(false);
    const { lists } = await startRelatedLists(articles, 'en', { minArticlesForThread: Infinity });
    expect(lists.has('strike-week-two')).toBe(false);
    // Pinned by an editor, it is still left out: the article it would lead to is not out yet.
    for (const neighbours of lists.values())
      expect(neighbours.map((neighbour) => neighbour.slug)).not.toContain('strike-week-two');
    expect(lists.get('strike-day-one')?.map((neighbour) => neighbour.slug)).toContain('strike-day-two');
  });

  it('schedules nothing without a build date', async () => {
    const { articles, scheduled } = await read({ includeDrafts: false });
    expect(scheduled).toEqual([]);
    expect(slugsOf(articles)).toContain('strike-week-two');
  });
});
