// Checks every article before anything is built, and reports every problem in the
// whole collection at once, one line each, the way an editor reads them:
//
//   content/articles/peru-strike.md:5  regions[0]: "atlantis" is not a region (known: …)
//
//   npm run check:content             # the site's content/
//   BROADSHEET_CONTENT_DIR=… npm run check:content
//
// Exits 0 when the content is publishable, 1 when it is not. `npm run build`
// runs the same check in-process first (scripts/build.ts).
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { readArticleCollection, type ScheduledArticle } from '../src/lib/article-collection';
import { formatArticleCount } from '../src/lib/article-count';
import { getBuildDate } from '../src/lib/build-date';
import { formatContentReport } from '../src/lib/content-problems';
import { getContentDir, getContentPaths } from '../src/lib/content-paths';
import { formatIsoDateTime, setSiteTimeZone } from '../src/lib/dates';
import {
  loadAuthorProfiles,
  loadRegions,
  loadSiteSettings,
  SiteConfigError,
  type AuthorProfile,
  type Region,
} from '../src/lib/site-config';
import { slugifyName } from '../src/lib/slugs';
import { getRenderCacheFile } from '../src/markdown/render-cache';

const PROJECT_ROOT = path.resolve(import.meta.dirname, '..');

/** What {@link checkContent} found. */
export type ContentCheckResult = { ok: true; articleCount: number; summary: string } | { ok: false; report: string };

/** Options of {@link checkContent}. */
export interface CheckContentOptions {
  /** The content folder (site.yaml, regions.yaml, articles/); `BROADSHEET_CONTENT_DIR` or `content/` by default. */
  contentDir?: string;
  /** Paths in the report are relative to it: the project root (the working directory) by default. */
  rootDir?: string;
  /** The build's moment: articles dated after it are scheduled, not published (`getBuildDate()` by default). */
  buildDate?: Date;
}

/**
 * Reads the site settings, the regions and every published article as a production
 * build would, without building anything. Settings problems are reported first,
 * and alone: articles cannot be checked against regions that could not be read.
 */
export async function checkContent({
  contentDir = getContentDir(),
  rootDir = process.cwd(),
  buildDate = getBuildDate(),
}: CheckContentOptions = {}): Promise<ContentCheckResult> {
  const paths = getContentPaths(path.resolve(contentDir));
  // A content folder outside the project (a temporary copy) is named from its parent, as `content/…`.
  const inside = !path.relative(rootDir, paths.contentDir).startsWith('..');
  const reportRoot = inside ? rootDir : path.dirname(paths.contentDir);
  const display = (file: string) => path.relative(reportRoot, file).split(path.sep).join('/');

  const configProblems: string[] = [];
  let regions: Region[] = [];
  try {
    setSiteTimeZone(loadSiteSettings(paths.siteFile, display(paths.siteFile)).timeZone);
  } catch (error) {
    configProblems.push(describeConfigError(error));
  }
  try {
    regions = loadRegions(paths.regionsFile, display(paths.regionsFile));
  } catch (error) {
    configProblems.push(describeConfigError(error));
  }
  let profiles: AuthorProfile[] = [];
  try {
    profiles = loadAuthorProfiles(paths.authorsFile, display(paths.authorsFile));
  } catch (error) {
    configProblems.push(describeConfigError(error));
  }
  if (configProblems.length > 0) {
    const lines = configProblems.join('\n').split('\n');
    const summary = `${lines.length} ${lines.length === 1 ? 'problem' : 'problems'} in the site settings: fix ${lines.length === 1 ? 'it' : 'them'} first, then the articles are checked.`;
    return { ok: false, report: [...lines, '', summary].join('\n') };
  }

  const { articles, problems, scheduled, bylines } = await readArticleCollection({
    rootDir: reportRoot,
    articlesDir: paths.articlesDir,
    regionIds: regions.map((region) => region.id),
    includeDrafts: false,
    publishedBy: buildDate,
    // The build's Astro run then finds every body already rendered.
    renderPool: { cache: { file: getRenderCacheFile(PROJECT_ROOT), projectRoot: PROJECT_ROOT } },
  });
  // A profile nobody's byline matches would be shown nowhere: most likely a misspelt name.
  const bylineKeys = new Set(bylines.map(slugifyName));
  for (const [index, profile] of profiles.entries()) {
    if (bylineKeys.has(slugifyName(profile.name))) continue;
    problems.push({
      file: display(paths.authorsFile),
      ...(profile.line === undefined ? {} : { line: profile.line }),
      message: `[${index}].name: "${profile.name}" is on no article’s byline (author:); a profile is matched to bylines by name`,
    });
  }
  if (problems.length > 0) return { ok: false, report: formatContentReport(problems) };
  const count = articles.length;
  return {
    ok: true,
    articleCount: count,
    summary: [`${formatArticleCount(count)} checked, no problems.`, ...describeScheduled(scheduled)].join('\n'),
  };
}

/** The scheduled articles, soonest first, so an editor sees what this build leaves out and until when. */
function describeScheduled(scheduled: readonly ScheduledArticle[]): string[] {
  if (scheduled.length === 0) return [];
  const soonestFirst = [...scheduled].sort((a, b) => a.date.getTime() - b.date.getTime() || (a.slug < b.slug ? -1 : 1));
  return [
    `${scheduled.length} scheduled ${scheduled.length === 1 ? 'article is' : 'articles are'} left out until a build at or after ${scheduled.length === 1 ? 'its date' : 'their dates'}:`,
    ...soonestFirst.map((article) => `  ${formatIsoDateTime(article.date)}  ${article.relativePath}`),
  ];
}

function describeConfigError(error: unknown): string {
  // A settings mistake is the editor's to fix: its message is the report. Anything else is a bug, with its stack.
  if (error instanceof SiteConfigError) return error.message;
  throw error;
}

/** Runs the check and prints its report; the exit code tells the shell (and CI) whether to go on. */
async function main(): Promise<void> {
  const result = await checkContent();
  if (result.ok) {
    console.log(result.summary);
    return;
  }
  console.error(result.report);
  process.exitCode = 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  await main();
}
