import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  getArticleUrl,
  listArticleFiles,
  readArticleCollection,
  type LoadedArticle,
} from '../../src/lib/article-collection';
import { sortContentProblems, type ContentProblem } from '../../src/lib/content-problems';

const fixtures = path.resolve(__dirname, '../fixtures/collection');
const validRoot = path.join(fixtures, 'valid');
const brokenRoot = path.join(fixtures, 'broken');
const regionIds = ['latin-america', 'north-america', 'europe', 'africa'];

function read(rootDir: string, includeDrafts = false) {
  return readArticleCollection({ rootDir, articlesDir: 'articles', regionIds, includeDrafts });
}

const slugsOf = (articles: readonly LoadedArticle[]) => articles.map((article) => article.slug).sort();

describe('getArticleUrl', () => {
  it('is /articles/<slug>/', () => {
    expect(getArticleUrl('peru-national-strike')).toBe('/articles/peru-national-strike/');
  });
});

describe('listArticleFiles', () => {
  it('lists every .md file below the folder, however deep, in a stable order', async () => {
    const files = await listArticleFiles(path.join(validRoot, 'articles'));
    expect(files.map((file) => path.relative(validRoot, file).split(path.sep).join('/'))).toEqual([
      'articles/2022/desk/france-pensions.md',
      'articles/2022/uk-nurses-strike.md',
      'articles/2023/peru-national-strike.md',
      'articles/2023/unpublished-investigation.md',
    ]);
  });

  it('returns absolute paths', async () => {
    const files = await listArticleFiles(path.join(validRoot, 'articles'));
    expect(files.every((file) => path.isAbsolute(file))).toBe(true);
  });
});

describe('readArticleCollection', () => {
  describe('on a valid collection', () => {
    let articles: LoadedArticle[];
    let problems: ContentProblem[];
    let peru: LoadedArticle;

    beforeAll(async () => {
      ({ articles, problems } = await read(validRoot));
      peru = articles.find((article) => article.slug === 'peru-national-strike')!;
    });

    it('reports no problem', () => {
      expect(problems).toEqual([]);
    });

    it('reads articles in nested folders, skipping _-prefixed files and folders and drafts', () => {
      expect(slugsOf(articles)).toEqual(['france-pensions', 'peru-national-strike', 'uk-nurses-strike']);
    });

    it('includes drafts when asked to', async () => {
      const withDrafts = await read(validRoot, true);
      expect(withDrafts.problems).toEqual([]);
      expect(slugsOf(withDrafts.articles)).toEqual([
        'france-pensions',
        'peru-national-strike',
        'uk-nurses-strike',
        'unpublished-investigation',
      ]);
      expect(
        withDrafts.articles.find((article) => article.slug === 'unpublished-investigation')?.rendered.html,
      ).toContain('href="/articles/peru-national-strike/"');
    });

    it('gives each article its path relative to the root, with forward slashes, and its absolute path', () => {
      const france = articles.find((article) => article.slug === 'france-pensions')!;
      expect(france.relativePath).toBe('articles/2022/desk/france-pensions.md');
      expect(france.filePath).toBe(path.join(validRoot, 'articles', '2022', 'desk', 'france-pensions.md'));
    });

    it('keeps the frontmatter as written and as the schema reads it', () => {
      const nurses = articles.find((article) => article.slug === 'uk-nurses-strike')!;
      expect(nurses.rawData['date']).toBe('2022-12-15');
      expect(nurses.frontmatter.date).toEqual(new Date('2022-12-15T00:00:00Z'));
      expect(nurses.frontmatter.author).toEqual(['Lena Brandt', 'José Rojas']);
      expect(nurses.frontmatter.draft).toBe(false);
      expect(peru.frontmatter.image).toEqual({ src: './images/lima-march.png', alt: 'Marchers fill a Lima avenue' });
      expect(peru.source).toContain('::related[uk-nurses-strike]');
    });

    it('renders a callout with the target’s title and a link to its page', () => {
      expect(peru.rendered.html).toContain('<aside class="related-callout"');
      expect(peru.rendered.html).toContain('<a href="/articles/uk-nurses-strike/">Nurses walk out across England</a>');
    });

    it('rewrites a link to another article’s file to that article’s page', () => {
      expect(peru.rendered.html).toContain('<a href="/articles/uk-nurses-strike/#pay">nurses’ walkout</a>');
      expect(peru.rendered.html).not.toContain('.md');
    });

    it('collects headings with their ids', () => {
      expect(peru.rendered.headings).toEqual([
        { depth: 2, slug: 'the-governments-response', text: 'The government’s response' },
      ]);
    });

    it('keeps the body’s words in plain text, without the callout slug', () => {
      expect(peru.rendered.plainText).toContain('Thousands marched in Lima on Thursday.');
      expect(peru.rendered.plainText).toContain('students');
      expect(peru.rendered.plainText).not.toContain('uk-nurses-strike');
    });

    it('counts the words a reader reads, not the callout slug or the markup of raw HTML', () => {
      // 6 + 8 + 3 + 6 + 1 ("::note"); the script's code and the img's attributes are not words.
      expect(peru.rendered.wordCount).toBe(24);
      expect(peru.rendered.readingTime).toBe(1);
    });

    it('strips scripts and event handlers from raw HTML in the body', () => {
      expect(peru.rendered.html).not.toMatch(/<script/i);
      expect(peru.rendered.html).not.toContain('stolen');
      expect(peru.rendered.html).not.toMatch(/onerror/i);
      expect(peru.rendered.html).toContain('<img src="crowd.jpg" alt="The crowd">');
    });

    it('keeps unknown directive syntax as the editor’s text', () => {
      expect(peru.rendered.html).toContain('<p>Ratio:2 of the marchers were students.</p>');
      expect(peru.rendered.html).toContain('<p>::note</p>');
    });
  });

  describe('on a collection with mistakes', () => {
    const missingSlug = (slug: string) =>
      `no article has the slug "${slug}" (a slug is a file name under articles/, without .md)`;
    const isDraft = '"secret-draft" is a draft, so it will not be published: link it once it is';
    const expected: ContentProblem[] = [
      {
        file: 'articles/2022/dup-slug.md',
        message: expect.stringMatching(/^two articles have the slug "dup-slug" \(also articles\/2023\/dup-slug\.md\)/),
      },
      { file: 'articles/2023/bad-fields.md', line: 2, message: 'regions: is required but missing' },
      {
        file: 'articles/2023/bad-fields.md',
        line: 5,
        message: expect.stringContaining('date: "2023-02-30" is not a real date'),
      },
      { file: 'articles/2023/bad-fields.md', line: 6, message: expect.stringMatching(/^unknown field "regoins"/) },
      {
        file: 'articles/2023/callout-crlf.md',
        line: 11,
        message: `::related[another-missing-story]: ${missingSlug('another-missing-story')}`,
      },
      {
        file: 'articles/2023/callout-missing.md',
        line: 11,
        message: `::related[missing-story]: ${missingSlug('missing-story')}`,
      },
      {
        file: 'articles/2023/Capital-Name.md',
        message: expect.stringMatching(/^file name "Capital-Name\.md" cannot be a web address/),
      },
      {
        file: 'articles/2023/dup-slug.md',
        message: expect.stringMatching(/^two articles have the slug "dup-slug" \(also articles\/2022\/dup-slug\.md\)/),
      },
      {
        file: 'articles/2023/empty-body.md',
        line: 8,
        message: 'the body is empty: write the article below the closing ---',
      },
      {
        file: 'articles/2023/image-missing.md',
        line: 9,
        message: 'image.src: no file at "./images/none.jpg" (paths are relative to the article file)',
      },
      {
        file: 'articles/2023/link-missing.md',
        line: 11,
        message: `link to ../2022/nowhere.md: ${missingSlug('nowhere')}`,
      },
      { file: 'articles/2023/no-frontmatter.md', line: 1, message: expect.stringMatching(/^no frontmatter/) },
      { file: 'articles/2023/pin-draft.md', line: 7, message: `related[0]: ${isDraft}` },
      { file: 'articles/2023/pin-draft.md', line: 12, message: `::related[secret-draft]: ${isDraft}` },
      { file: 'articles/2023/pin-missing.md', line: 9, message: `related[1]: ${missingSlug('ghost-story')}` },
      {
        file: 'articles/2023/unknown-region.md',
        line: 6,
        message: expect.stringMatching(
          /^regions\[1\]: "atlantis" is not a region \(known: latin-america, north-america, europe, africa;/,
        ),
      },
      {
        file: 'articles/2023/yaml-error.md',
        line: 4,
        message: expect.stringMatching(/^YAML syntax error: .*\(a field is written twice\)$/),
      },
    ];

    let result: Awaited<ReturnType<typeof read>>;
    beforeAll(async () => {
      result = await read(brokenRoot);
    });

    it('reports every problem of every file in one pass', () => {
      expect(sortContentProblems(result.problems)).toEqual(expected);
    });

    it('names each file relative to the root with forward slashes', () => {
      for (const problem of result.problems) expect(problem.file).toMatch(/^articles\/(?:\d{4}\/)?[\w-]+\.md$/);
    });

    it('gives a line to every problem that is about a place in the file', () => {
      const withoutLine = result.problems
        .filter((problem) => problem.line === undefined)
        .map((problem) => problem.file);
      expect(withoutLine.sort()).toEqual([
        'articles/2022/dup-slug.md',
        'articles/2023/Capital-Name.md',
        'articles/2023/dup-slug.md',
      ]);
    });

    it('does not publish drafts', () => {
      expect(slugsOf(result.articles)).not.toContain('secret-draft');
      expect(slugsOf(result.articles)).toContain('base-story');
    });

    it('accepts pins and callouts to a draft when drafts are shown', async () => {
      const withDrafts = await read(brokenRoot, true);
      expect(withDrafts.problems.filter((problem) => problem.file === 'articles/2023/pin-draft.md')).toEqual([]);
      expect(withDrafts.articles.find((article) => article.slug === 'pin-draft')?.rendered.html).toContain(
        '<a href="/articles/secret-draft/">A secret draft</a>',
      );
    });

    it('leaves out files whose frontmatter is wrong, and keeps the rest', () => {
      const slugs = slugsOf(result.articles);
      for (const slug of ['bad-fields', 'no-frontmatter', 'yaml-error', 'unknown-region'])
        expect(slugs).not.toContain(slug);
      expect(slugs).toContain('scripted');
    });

    it('removes a callout to a missing article from the page', () => {
      const article = result.articles.find((entry) => entry.slug === 'callout-missing');
      expect(article?.rendered.html).toBe('<p>First paragraph.</p>\n<p>Last paragraph.</p>');
    });

    it('does not let a script in the body through', () => {
      const article = result.articles.find((entry) => entry.slug === 'scripted');
      expect(article?.rendered.html.trim()).toBe('<p>A paragraph.</p>');
    });
  });

  it('reports a link whose file name has a stray % on its line, along with the other files’ problems', async () => {
    const result = read(path.join(fixtures, 'percent-link'));
    await expect(result).resolves.toBeDefined();
    const { problems } = await result;
    expect(sortContentProblems(problems)).toEqual([
      {
        file: 'articles/2023/callout-missing.md',
        line: 11,
        message: expect.stringContaining('::related[missing-story]'),
      },
      { file: 'articles/2023/wage-figures.md', line: 11, message: expect.stringContaining('50%.md') },
    ]);
  });

  it('reports a missing articles folder instead of failing', async () => {
    const result = await readArticleCollection({
      rootDir: validRoot,
      articlesDir: 'nowhere',
      regionIds,
      includeDrafts: false,
    });
    expect(result).toEqual({
      articles: [],
      problems: [{ file: 'nowhere', message: 'the articles folder does not exist' }],
      scheduled: [],
      bylines: [],
    });
  });

  it('accepts an absolute articles folder', async () => {
    const result = await readArticleCollection({
      rootDir: validRoot,
      articlesDir: path.join(validRoot, 'articles'),
      regionIds,
      includeDrafts: false,
    });
    expect(result.problems).toEqual([]);
    expect(result.articles.map((article) => article.relativePath).sort()).toEqual([
      'articles/2022/desk/france-pensions.md',
      'articles/2022/uk-nurses-strike.md',
      'articles/2023/peru-national-strike.md',
    ]);
  });
});
