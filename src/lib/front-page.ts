import type { ArticleSummary, RegionListing, SiteModel } from './site-model';

/** What the front page shows: the top story, two stories under it, the latest after them, and each region's newest. */
export interface FrontPage<TImage> {
  lead: ArticleSummary<TImage> | undefined;
  secondary: ArticleSummary<TImage>[];
  latest: ArticleSummary<TImage>[];
  regions: { region: RegionListing<TImage>; articles: ArticleSummary<TImage>[] }[];
}

/**
 * Lays out the front page. The top story is the newest article with a picture
 * when one of the newest few has one, as a print front page would; region sections
 * skip stories already shown above so the page does not repeat itself, and empty regions are left out.
 */
export function getFrontPage<TImage>(
  site: Pick<SiteModel<TImage>, 'articles' | 'regions'>,
  { secondaryCount, latestCount, perRegion }: { secondaryCount: number; latestCount: number; perRegion: number },
): FrontPage<TImage> {
  const newest = site.articles.slice(0, secondaryCount + latestCount + 1);
  const lead = newest.find((article) => article.image !== undefined) ?? newest[0];
  const rest = newest.filter((article) => article !== lead);
  const secondary = rest.slice(0, secondaryCount);
  const latest = rest.slice(secondaryCount, secondaryCount + latestCount);
  const shown = new Set([lead, ...secondary, ...latest]);
  const regions = site.regions
    .map((region) => ({
      region,
      articles: region.articles.filter((article) => !shown.has(article)).slice(0, perRegion),
    }))
    .filter((section) => section.articles.length > 0);
  return { lead, secondary, latest, regions };
}
