/** An article a body may link to, as callouts and `.md` links see it. */
export interface ArticleLinkTarget {
  slug: string;
  title: string;
  url: string;
}

/**
 * Finds the article a body names. Returns the target, or a sentence saying why
 * there is none ("no article has the slug …", "… is a draft", "… is scheduled for …").
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
  /** Articles dated after the build, which cannot be linked until a build publishes them. */
  scheduled?: readonly ScheduledLinkTarget[];
  /** The articles folder as the editor knows it ("content/articles"), for messages. */
  articlesFolder: string;
}

/** An article left out of this build because it is dated after it. */
export interface ScheduledLinkTarget {
  slug: string;
  /** Its date as editors should read it (`2023-02-02T09:00:00-05:00`). */
  date: string;
}

/** The {@link ResolveArticle} of a directory of articles. */
export function createArticleResolver({
  targets,
  drafts,
  scheduled = [],
  articlesFolder,
}: ArticleDirectory): ResolveArticle {
  const bySlug = new Map(targets.map((target) => [target.slug, target]));
  const draftSlugs = new Set(drafts);
  const scheduledDates = new Map(scheduled.map((article) => [article.slug, article.date]));
  return (slug) => {
    const target = bySlug.get(slug);
    if (target) return target;
    if (draftSlugs.has(slug)) return `"${slug}" is a draft, so it will not be published: link it once it is`;
    const date = scheduledDates.get(slug);
    if (date !== undefined)
      return `"${slug}" is scheduled for ${date}, after this build, so it is not published yet: link it once it is`;
    return `no article has the slug "${slug}" (a slug is a file name under ${articlesFolder}/, without .md)`;
  };
}
