import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { readArticleCollection } from '../lib/article-collection';
import { getBuildDate } from '../lib/build-date';
import { recordBuildPhase, timeBuildPhase } from '../lib/build-timings';
import { publishArticleBodies } from '../lib/article-bodies';
import { ContentError } from '../lib/content-problems';
import { getRenderCacheFile } from '../markdown/render-cache';
import type { RelatedNeighbour } from '../lib/related';
import { startRelatedLists } from '../lib/related-lists';
import { publishSitemapArticles, toSitemapArticle } from '../lib/sitemap';

/** Options of {@link articleLoader}. */
export interface ArticleLoaderOptions {
  /** Absolute path of the folder of article files. */
  articlesDir: string;
  regionIds: readonly string[];
  includeDrafts: boolean;
  /** The site's language, for articles that do not name theirs. */
  siteLanguage: string;
  /** Whether to compute the related lists (off only to measure what they cost). */
  computeRelated: boolean;
}

/**
 * Loads `content/articles/**\/*.md` into the `articles` collection. Unlike Astro's
 * `glob()` loader it checks the whole collection before storing anything, so an
 * editor sees every mistake at once, and it renders each body once with our own
 * pipeline, which knows every article (callout titles, `.md` links).
 */
export function articleLoader({
  articlesDir,
  regionIds,
  includeDrafts,
  siteLanguage,
  computeRelated,
}: ArticleLoaderOptions): Loader {
  return {
    name: 'broadsheet-article-loader',
    async load({ config, store, parseData, generateDigest, watcher, logger }) {
      const rootDir = fileURLToPath(config.root);
      const sync = async (): Promise<void> => {
        const { articles, problems } = await readArticleCollection({
          rootDir,
          articlesDir,
          regionIds,
          includeDrafts,
          // Taken at each sync: in `astro dev` an article stops being scheduled once its date has passed.
          publishedBy: getBuildDate(),
          // Shared with `npm run check:content`, which `npm run build` runs first.
          renderPool: { cache: { file: getRenderCacheFile(rootDir), projectRoot: rootDir } },
        });
        if (problems.length > 0) throw new ContentError(problems);
        // The engine runs beside the storing of the entries (on a thread of its own for a large site).
        const relatedLists = computeRelated
          ? startRelatedLists(articles, siteLanguage)
          : Promise.resolve({ lists: new Map<string, RelatedNeighbour[]>(), milliseconds: 0 });
        // Waited for even when storing fails, so no rejection is left unhandled.
        const relatedOutcome = relatedLists.then(
          (value) => ({ value }),
          (error: unknown) => ({ error }),
        );
        const stale = new Set(store.keys());
        for (const article of articles) {
          stale.delete(article.slug);
          // The entry is the frontmatter, so the file and where it is are all it depends on.
          // Astro keeps an entry whose digest is unchanged, so such an entry is not validated
          // through Astro's schema again either (as Astro's own glob() loader does): on a
          // rebuild after one edit, that is every article but one.
          const digest = generateDigest({ source: article.source, filePath: article.filePath });
          if (store.get(article.slug)?.digest === digest) continue;
          const data = await parseData({ id: article.slug, data: article.rawData, filePath: article.filePath });
          store.set({ id: article.slug, data, filePath: article.relativePath, digest });
        }
        for (const slug of stale) store.delete(slug);
        const outcome = await relatedOutcome;
        if ('error' in outcome) throw outcome.error;
        const related = outcome.value.lists;
        recordBuildPhase('related engine', outcome.value.milliseconds);
        // The bodies go to the pages in memory, not through Astro's store (see `publishArticleBodies`).
        publishArticleBodies(
          new Map(
            articles.map(({ slug, rendered, scheduled }) => [
              slug,
              {
                html: rendered.html,
                wordCount: rendered.wordCount,
                readingTime: rendered.readingTime,
                relatedArticles: related.get(slug) ?? [],
                scheduled,
              },
            ]),
          ),
        );
        publishSitemapArticles(articles.map((article) => toSitemapArticle(article.slug, article.frontmatter)));
      };
      await timeBuildPhase('content sync', sync);
      if (!watcher) return;
      // In `astro dev`, any change can alter other articles (titles in callouts), so re-check all.
      watcher.add(articlesDir);
      const onChange = async (changedPath: string): Promise<void> => {
        if (!changedPath.startsWith(articlesDir) || !changedPath.endsWith('.md')) return;
        try {
          await sync();
          logger.info(`Reloaded articles after a change to ${changedPath.slice(rootDir.length)}`);
        } catch (error) {
          logger.error(error instanceof Error ? error.message : String(error));
        }
      };
      watcher.on('change', onChange);
      watcher.on('add', onChange);
      watcher.on('unlink', onChange);
    },
  };
}
