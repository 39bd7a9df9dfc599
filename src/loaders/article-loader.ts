import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { readArticleCollection } from '../lib/article-collection';
import { timeBuildPhase } from '../lib/build-timings';
import { ContentError } from '../lib/content-problems';
import { getRenderCacheFile } from '../markdown/render-cache';
import { publishSitemapArticles, toSitemapArticle } from '../lib/sitemap';

/** Options of {@link articleLoader}. */
export interface ArticleLoaderOptions {
  /** Absolute path of the folder of article files. */
  articlesDir: string;
  regionIds: readonly string[];
  includeDrafts: boolean;
}

/**
 * Loads `content/articles/**\/*.md` into the `articles` collection. Unlike Astro's
 * `glob()` loader it checks the whole collection before storing anything, so an
 * editor sees every mistake at once, and it renders each body once with our own
 * pipeline, which knows every article (callout titles, `.md` links).
 */
export function articleLoader({ articlesDir, regionIds, includeDrafts }: ArticleLoaderOptions): Loader {
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
          // Shared with `npm run check:content`, which `npm run build` runs first.
          renderPool: { cache: { file: getRenderCacheFile(rootDir), projectRoot: rootDir } },
        });
        if (problems.length > 0) throw new ContentError(problems);
        const stale = new Set(store.keys());
        for (const article of articles) {
          stale.delete(article.slug);
          const data = await parseData({ id: article.slug, data: article.rawData, filePath: article.filePath });
          store.set({
            id: article.slug,
            data,
            filePath: article.relativePath,
            // Astro keeps an entry whose digest is unchanged, so the digest covers all that
            // the stored entry depends on: the file, where it is, and the rendered body
            // (which changes when a linked article's title does).
            digest: generateDigest({ source: article.source, filePath: article.filePath, html: article.rendered.html }),
            rendered: {
              html: article.rendered.html,
              metadata: {
                headings: article.rendered.headings,
                frontmatter: {
                  plainText: article.rendered.plainText,
                  wordCount: article.rendered.wordCount,
                  readingTime: article.rendered.readingTime,
                },
              },
            },
          });
        }
        for (const slug of stale) store.delete(slug);
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
