import { formatIsoDateTime } from './dates';

/** One `<meta>` tag: OpenGraph uses `property`, X (Twitter) cards use `name`. */
export interface MetaTag {
  attribute: 'property' | 'name';
  key: string;
  content: string;
}

/** What a page tells social networks when it is shared. URLs are absolute. */
export interface SocialMetaInput {
  title: string;
  description: string;
  url: string;
  siteName: string;
  /** The site's X handle, without the @. */
  xHandle?: string | undefined;
  image?: { url: string; alt: string; width: number; height: number } | undefined;
  /** Present on article pages: `og:type` becomes `article`. */
  article?:
    | {
        publishedTime: Date;
        modifiedTime: Date;
        /** The main region's name. */
        section?: string | undefined;
        /** Topics as readers see them. */
        tags: readonly string[];
        /** Author page URLs. */
        authors: readonly string[];
      }
    | undefined;
}

/**
 * OpenGraph and X card tags for a page: `og:type`, title, description, url,
 * image and site name; on articles `article:*` times, section and tags; a
 * `summary_large_image` card when there is a picture, `summary` otherwise.
 */
export function buildSocialMeta(input: SocialMetaInput): MetaTag[] {
  const tags: MetaTag[] = [];
  const og = (key: string, content: string): void => void tags.push({ attribute: 'property', key, content });
  const x = (key: string, content: string): void => void tags.push({ attribute: 'name', key, content });
  og('og:type', input.article ? 'article' : 'website');
  og('og:title', input.title);
  og('og:description', input.description);
  og('og:url', input.url);
  og('og:site_name', input.siteName);
  if (input.image) {
    og('og:image', input.image.url);
    og('og:image:width', String(input.image.width));
    og('og:image:height', String(input.image.height));
    og('og:image:alt', input.image.alt);
  }
  if (input.article) {
    og('article:published_time', formatIsoDateTime(input.article.publishedTime));
    og('article:modified_time', formatIsoDateTime(input.article.modifiedTime));
    if (input.article.section) og('article:section', input.article.section);
    for (const author of input.article.authors) og('article:author', author);
    for (const tag of input.article.tags) og('article:tag', tag);
  }
  x('twitter:card', input.image ? 'summary_large_image' : 'summary');
  if (input.xHandle) x('twitter:site', `@${input.xHandle}`);
  if (input.image) x('twitter:image:alt', input.image.alt);
  return tags;
}
