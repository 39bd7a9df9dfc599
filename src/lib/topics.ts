import { slugifyName } from './slugs';

/** A topic as readers see it: its name, slug and page. */
export interface Topic {
  /** The spelling most articles use ("strikes" when more write it so than "Strikes"). */
  name: string;
  slug: string;
  url: string;
}

/** A topic with its articles, in the order they were given (newest first in the site model). */
export interface TopicListing<TArticle> extends Topic {
  articles: TArticle[];
}

/** The URL of a topic page. */
export function getTopicUrl(slug: string): string {
  return `/topics/${slug}/`;
}

/**
 * The slug of a topic as written in frontmatter. Topics are compared without
 * regard to case or accents: "Strikes", "strikes" and "STRIKES" are one topic.
 */
export function getTopicSlug(topic: string): string {
  return slugifyName(topic);
}

/**
 * Groups articles by topic in one pass. Each topic is named by its most common
 * spelling (on a tie, the one met first, so the newest article's when the list is newest first);
 * topics are sorted by name. An article that names a topic twice is listed once.
 */
export function buildTopicIndex<TArticle extends { topics: readonly string[] }>(
  articles: readonly TArticle[],
): TopicListing<TArticle>[] {
  const bySlug = new Map<string, { articles: TArticle[]; spellings: Map<string, number> }>();
  for (const article of articles) {
    const seen = new Set<string>();
    for (const topic of article.topics) {
      const slug = getTopicSlug(topic);
      if (!slug || seen.has(slug)) continue;
      seen.add(slug);
      const entry = bySlug.get(slug) ?? { articles: [], spellings: new Map<string, number>() };
      entry.articles.push(article);
      entry.spellings.set(topic, (entry.spellings.get(topic) ?? 0) + 1);
      bySlug.set(slug, entry);
    }
  }
  const listings: TopicListing<TArticle>[] = [];
  for (const [slug, { articles: tagged, spellings }] of bySlug) {
    let name = '';
    let best = 0;
    // Map keeps insertion order, so on a tie the first spelling met wins.
    for (const [spelling, count] of spellings) {
      if (count > best) [name, best] = [spelling, count];
    }
    listings.push({ name, slug, url: getTopicUrl(slug), articles: tagged });
  }
  return listings.sort(
    (a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }) || a.slug.localeCompare(b.slug, 'en'),
  );
}

/** An article's topics as readers see them (each once, in the article's order), looked up in the index. */
export function getArticleTopics<TTopic extends Topic>(
  topics: readonly string[],
  topicBySlug: ReadonlyMap<string, TTopic>,
): TTopic[] {
  const found: TTopic[] = [];
  for (const topic of topics) {
    const listing = topicBySlug.get(getTopicSlug(topic));
    if (listing && !found.includes(listing)) found.push(listing);
  }
  return found;
}
