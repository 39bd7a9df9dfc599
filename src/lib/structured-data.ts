import { formatIsoDateTime } from './dates';

/** A writer as structured data describes them, with absolute URLs. */
export interface PersonInput {
  name: string;
  /** Their page on the site. */
  url: string;
  /** Their role at the newsroom (`content/authors.yaml`). */
  jobTitle?: string | undefined;
  /** Their bio. */
  description?: string | undefined;
  /** Their own pages elsewhere. */
  sameAs?: readonly string[] | undefined;
}

/** Everything the `NewsArticle` of an article page says, with absolute URLs. */
export interface NewsArticleInput {
  /** The article's canonical address. */
  url: string;
  headline: string;
  description: string;
  datePublished: Date;
  /** The last update or correction; the publication date when there was none. */
  dateModified: Date;
  authors: readonly PersonInput[];
  /** The built lead image. */
  image?: { url: string; width: number; height: number } | undefined;
  publisher: { name: string; url: string; logoUrl: string };
  inLanguage: string;
  /** The main region's name. */
  section?: string | undefined;
  /** Topics as readers see them. */
  keywords: readonly string[];
  /** Where the piece was first published. */
  source?:
    { name: string; url?: string | undefined; language?: string | undefined; date?: Date | undefined } | undefined;
  corrections: readonly { date: Date; text: string }[];
}

/** One step of a breadcrumb trail. */
export interface Crumb {
  name: string;
  /** Absolute URL. */
  url: string;
}

/** A schema.org `NewsArticle` for an article page, as search engines read it. */
export function buildNewsArticleJsonLd(input: NewsArticleInput): Record<string, unknown> {
  const { source } = input;
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: input.headline,
    description: input.description,
    url: input.url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': input.url },
    datePublished: formatIsoDateTime(input.datePublished),
    dateModified: formatIsoDateTime(input.dateModified),
    author: input.authors.map(buildPerson),
    ...(input.image
      ? {
          image: { '@type': 'ImageObject', url: input.image.url, width: input.image.width, height: input.image.height },
        }
      : {}),
    publisher: {
      '@type': 'Organization',
      name: input.publisher.name,
      url: input.publisher.url,
      logo: { '@type': 'ImageObject', url: input.publisher.logoUrl },
    },
    inLanguage: input.inLanguage,
    ...(input.section ? { articleSection: input.section } : {}),
    ...(input.keywords.length > 0 ? { keywords: input.keywords.join(', ') } : {}),
    ...(source
      ? {
          isBasedOn: {
            '@type': 'CreativeWork',
            ...(source.url ? { url: source.url } : {}),
            publisher: { '@type': 'Organization', name: source.name },
            ...(source.language ? { inLanguage: source.language } : {}),
            ...(source.date ? { datePublished: formatIsoDateTime(source.date) } : {}),
          },
        }
      : {}),
    ...(input.corrections.length > 0
      ? {
          correction: input.corrections.map((correction) => ({
            '@type': 'CorrectionComment',
            text: correction.text,
            datePublished: formatIsoDateTime(correction.date),
          })),
        }
      : {}),
  };
}

/** A schema.org `ProfilePage` for a writer's page: the `Person` it is about. */
export function buildProfilePageJsonLd(person: PersonInput): Record<string, unknown> {
  return { '@context': 'https://schema.org', '@type': 'ProfilePage', url: person.url, mainEntity: buildPerson(person) };
}

function buildPerson(person: PersonInput): Record<string, unknown> {
  return {
    '@type': 'Person',
    name: person.name,
    url: person.url,
    ...(person.jobTitle ? { jobTitle: person.jobTitle } : {}),
    ...(person.description ? { description: person.description } : {}),
    ...(person.sameAs && person.sameAs.length > 0 ? { sameAs: [...person.sameAs] } : {}),
  };
}

/** A schema.org `BreadcrumbList`: Home › Region › Article. */
export function buildBreadcrumbJsonLd(crumbs: readonly Crumb[]): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: crumb.url,
    })),
  };
}

/**
 * JSON for a `<script type="application/ld+json">` block. `<`, `>` and `&` are
 * written as `\u003c`, `\u003e`, `\u0026` (the same JSON to a parser), so a headline
 * containing `</script>` or `<!--` cannot end the block or start a comment.
 * U+2028 and U+2029 are escaped too, for older JavaScript parsers.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replaceAll('<', '\\u003c')
    .replaceAll('>', '\\u003e')
    .replaceAll('&', '\\u0026')
    .replaceAll('\u2028', '\\u2028')
    .replaceAll('\u2029', '\\u2029');
}
