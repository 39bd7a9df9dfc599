import type { LoadedArticle } from './article-collection';
import { computeRelatedArticles, type RelatedArticleInput, type RelatedNeighbour } from './related';

/**
 * Runs the related-articles engine over the collection as the loader reads it,
 * while each body's plain text is at hand. Only the lists go on to the pages, so
 * the text of every article is not kept in Astro's content store for one use.
 */
export function computeRelatedLists(
  articles: readonly LoadedArticle[],
  siteLanguage: string,
): Map<string, RelatedNeighbour[]> {
  const inputs: RelatedArticleInput[] = articles.map(({ slug, frontmatter, rendered }) => ({
    slug,
    title: frontmatter.title,
    description: frontmatter.description,
    body: rendered.plainText,
    regions: frontmatter.regions,
    topics: frontmatter.topics,
    date: frontmatter.date,
    lang: frontmatter.lang ?? siteLanguage,
    related: frontmatter.related,
    draft: frontmatter.draft,
  }));
  return computeRelatedArticles(inputs);
}
