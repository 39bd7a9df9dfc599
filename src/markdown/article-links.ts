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
