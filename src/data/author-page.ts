import { formatArticleCount } from '../lib/article-count';
import { labelProfileLink } from '../lib/social-profiles';
import type { AuthorListing } from '../lib/site-model';
import { buildProfilePageJsonLd, serializeJsonLd } from '../lib/structured-data';

/** What a writer's page shows about them beyond their articles, from `content/authors.yaml`. */
export interface AuthorPageData {
  /** "1 article", "12 articles". */
  count: string;
  /** '' when none. */
  role: string;
  /** On the first page only; '' elsewhere or when none. */
  bio: string;
  /** Their pages elsewhere, on the first page only. */
  links: { url: string; label: string }[];
  /** The page's meta description: the bio when there is one. */
  description: string;
  /** A `ProfilePage` JSON-LD block on the first page, serialised for `<script type="application/ld+json">`. */
  jsonLd: string | undefined;
}

/**
 * The profile parts of page `pageNumber` of a writer's listing: the role on every
 * page, the bio, links and structured data on the first, with absolute URLs on `siteUrl`.
 */
export function getAuthorPageData(
  author: Pick<AuthorListing, 'name' | 'url' | 'profile' | 'articles'>,
  pageNumber: number,
  siteUrl: URL | undefined,
): AuthorPageData {
  const first = pageNumber === 1;
  const role = author.profile?.role ?? '';
  const bio = first ? (author.profile?.bio ?? '') : '';
  const links = first ? (author.profile?.links ?? []).map((url) => ({ url, label: labelProfileLink(url) })) : [];
  const count = formatArticleCount(author.articles.length);
  const jsonLd =
    first && siteUrl
      ? serializeJsonLd(
          buildProfilePageJsonLd({
            name: author.name,
            url: new URL(author.url, siteUrl).href,
            jobTitle: role,
            description: bio,
            sameAs: links.map((link) => link.url),
          }),
        )
      : undefined;
  return { count, role, bio, links, description: bio || `Articles by ${author.name}: ${count}.`, jsonLd };
}
