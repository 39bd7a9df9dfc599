import { describe, expect, it } from 'vitest';
import type { ArticleDirectory } from '../../src/markdown/article-links';
import { renderArticleBodies } from '../../src/markdown/article-render-pool';

const directory: ArticleDirectory = {
  targets: [{ slug: 'uk-nurses-strike', title: 'Nurses walk out across England', url: '/articles/uk-nurses-strike/' }],
  drafts: ['secret'],
  articlesFolder: 'content/articles',
};

// Every kind of body the pipeline treats differently: plain, callout, link, missing
// and draft targets, raw HTML to sanitise, smart punctuation, headings.
const bodies = Array.from({ length: 45 }, (_, i) =>
  [
    `## Part ${i}: "the strike"`,
    `Article ${i} -- see [the nurses](uk-nurses-strike.md)...`,
    i % 3 === 0 ? '::related[uk-nurses-strike]' : i % 3 === 1 ? '::related[atlantis]' : '::related[secret]',
    `<p onclick="alert(${i})">Raw <script>alert(1)</script>HTML</p>`,
  ].join('\n\n'),
);

describe('renderArticleBodies', () => {
  it('gives in worker threads exactly what it gives on the main thread, in order', async () => {
    const onThisThread = await renderArticleBodies(bodies, directory, { workers: 0 });
    const inWorkers = await renderArticleBodies(bodies, directory, { workers: 2 });
    expect(inWorkers).toEqual(onThisThread);
    expect(inWorkers).toHaveLength(bodies.length);
    inWorkers.forEach((outcome, i) => {
      expect('rendered' in outcome && outcome.rendered.html).toContain(`Article ${i} — see`);
    });
    const problems = inWorkers.map((outcome) => ('rendered' in outcome ? outcome.rendered.problems : []));
    expect(problems[0]).toEqual([]);
    expect(problems[1]).toEqual([
      { line: 5, message: '::related[atlantis]: no article has the slug "atlantis" (a slug is a file name under content/articles/, without .md)' },
    ]);
    expect(problems[2]?.[0]?.message).toContain('"secret" is a draft');
  });

  it('keeps scripts and event handlers out in worker threads too', async () => {
    const [outcome] = await renderArticleBodies(bodies.slice(0, 1), directory, { workers: 1 });
    const html = outcome && 'rendered' in outcome ? outcome.rendered.html : '';
    expect(html).toContain('Raw HTML');
    expect(html).not.toMatch(/<script|onclick/);
  });
});
