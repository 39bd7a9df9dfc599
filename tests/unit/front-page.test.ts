import { describe, expect, it } from 'vitest';
import { getFrontPage } from '../../src/lib/front-page';
import type { Region } from '../../src/lib/site-config';
import { buildSiteModel, type ArticleSummary } from '../../src/lib/site-model';
import { buildArticleSummary } from './article-builders';

const regions: Region[] = [
  { id: 'latin-america', name: 'Latin America', description: '' },
  { id: 'europe', name: 'Europe', description: '' },
  { id: 'africa', name: 'Africa', description: '' },
  { id: 'asia', name: 'Asia', description: '' },
];

function article(slug: string, day: number, regionIds: string[], withImage = false): ArticleSummary {
  return buildArticleSummary(slug, day, {
    regions: regionIds,
    image: withImage ? { src: `${slug}.jpg`, alt: 'A picture' } : undefined,
  });
}

const slugsOf = (articles: readonly { slug: string }[]) => articles.map((entry) => entry.slug);
const layout = { secondaryCount: 2, latestCount: 3, perRegion: 2 };

describe('getFrontPage', () => {
  it('leads with the newest article when it has a picture', () => {
    const site = buildSiteModel({
      articles: [article('a', 1, ['europe'], true), article('b', 9, ['europe'], true)],
      regions,
    });
    expect(getFrontPage(site, layout).lead?.slug).toBe('b');
  });

  it('leads with the newest article that has a picture among the newest few', () => {
    const site = buildSiteModel({
      articles: [
        article('n1', 10, ['europe']),
        article('n2', 9, ['europe']),
        article('pictured', 8, ['europe'], true),
        article('n4', 7, ['europe']),
      ],
      regions,
    });
    const page = getFrontPage(site, layout);
    expect(page.lead?.slug).toBe('pictured');
    expect(slugsOf(page.secondary)).toEqual(['n1', 'n2']);
    expect(slugsOf(page.latest)).toEqual(['n4']);
  });

  it('leads with the newest article when none of the newest few has a picture', () => {
    // Only the newest secondary + latest + 1 = 6 are considered; the picture is on the 7th.
    const articles = Array.from({ length: 6 }, (_, index) => article(`plain-${index}`, 20 - index, ['europe']));
    const site = buildSiteModel({ articles: [...articles, article('old-pictured', 1, ['europe'], true)], regions });
    const page = getFrontPage(site, layout);
    expect(page.lead?.slug).toBe('plain-0');
    expect(slugsOf(page.secondary)).toEqual(['plain-1', 'plain-2']);
    expect(slugsOf(page.latest)).toEqual(['plain-3', 'plain-4', 'plain-5']);
  });

  it('fills the secondary and latest slots with the counts asked for, without repeating the lead', () => {
    const articles = Array.from({ length: 12 }, (_, index) =>
      article(`s${String(index).padStart(2, '0')}`, 30 - index, ['europe'], index === 3),
    );
    const page = getFrontPage(buildSiteModel({ articles, regions }), layout);
    expect(page.lead?.slug).toBe('s03');
    expect(slugsOf(page.secondary)).toEqual(['s00', 's01']);
    expect(slugsOf(page.latest)).toEqual(['s02', 's04', 's05']);
  });

  it('gives each region section its newest articles not already shown above', () => {
    const articles = [
      ...Array.from({ length: 6 }, (_, index) => article(`top-${index}`, 30 - index, ['europe'], index === 0)),
      article('eu-1', 10, ['europe']),
      article('eu-2', 9, ['europe']),
      article('eu-3', 8, ['europe']),
      article('la-1', 7, ['latin-america']),
    ];
    const page = getFrontPage(buildSiteModel({ articles, regions }), layout);
    const shownAbove = new Set(slugsOf([page.lead!, ...page.secondary, ...page.latest]));
    expect(page.regions.map((section) => [section.region.id, slugsOf(section.articles)])).toEqual([
      ['latin-america', ['la-1']],
      ['europe', ['eu-1', 'eu-2']],
    ]);
    for (const section of page.regions) {
      for (const slug of slugsOf(section.articles)) expect(shownAbove.has(slug)).toBe(false);
    }
  });

  it('leaves out regions with nothing left to show', () => {
    const articles = [article('top', 10, ['asia'], true), article('eu', 2, ['europe'])];
    const page = getFrontPage(buildSiteModel({ articles, regions }), {
      secondaryCount: 0,
      latestCount: 0,
      perRegion: 3,
    });
    expect(page.regions.map((section) => section.region.id)).toEqual(['europe']);
  });

  it('lays out an empty site without a lead', () => {
    expect(getFrontPage(buildSiteModel({ articles: [], regions }), layout)).toEqual({
      lead: undefined,
      secondary: [],
      latest: [],
      regions: [],
    });
  });
});
