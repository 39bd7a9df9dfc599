/** An article a body may link to, as callouts and `.md` links see it. */
export interface ArticleLinkTarget {
  slug: string;
  title: string;
  url: string;
}

/**
 * Finds the article a body names. Returns the target, or a sentence saying why
 * there is none ("no article has the slug …", "… is a draft").
 */
export type ResolveArticle = (slug: string) => ArticleLinkTarget | string;

/** The id under which missing-target messages are filed on the VFile, so the loader can report them. */
export const MISSING_ARTICLE_RULE = 'missing-article';

/** What a body may link to, as plain data a worker thread can receive. */
export interface ArticleDirectory {
  /** Published articles. */
  targets: readonly ArticleLinkTarget[];
  /** Slugs of drafts, which exist but cannot be linked yet. */
  drafts: readonly string[];
  /** The articles folder as the editor knows it ("content/articles"), for messages. */
  articlesFolder: string;
}

/** The {@link ResolveArticle} of a directory of articles. */
export function createArticleResolver({ targets, drafts, articlesFolder }: ArticleDirectory): ResolveArticle {
  const bySlug = new Map(targets.map((target) => [target.slug, target]));
  const draftSlugs = new Set(drafts);
  return (slug) =>
    bySlug.get(slug) ??
    (draftSlugs.has(slug)
      ? `"${slug}" is a draft, so it will not be published: link it once it is`
      : `no article has the slug "${slug}" (a slug is a file name under ${articlesFolder}/, without .md)`);
}
