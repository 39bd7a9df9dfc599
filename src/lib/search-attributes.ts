// The data-pagefind-* attributes an article page carries so that Pagefind (src/integrations/pagefind.ts)
// indexes it with its filters, sort key and result metadata. Pagefind reads a filter or meta value
// either from an element's text or from one of its attributes; an attribute holds one value, so
// every region and topic gets an attribute of its own.

/** What an article is filed under, as readers see the names. */
export interface SearchFilterInput {
  /** Region names, the main region first. */
  regions: readonly string[];
  /** Topic names. */
  topics: readonly string[];
}

/**
 * The attributes of the element that carries an article's search filters: one
 * `region` filter value per region and one `topic` per topic (so results can be
 * narrowed to "Latin America" or "strikes"), and the region names added to the
 * indexed text (`data-pagefind-index-attrs`), so every region an article is filed
 * under is a word that finds it. Put them on an element inside `data-pagefind-body`:
 * the attribute text goes to the element's parent.
 */
export function getSearchFilterAttributes({ regions, topics }: SearchFilterInput): Record<string, string> {
  const attributes: Record<string, string> = {};
  const filters: string[] = [];
  const regionAttributes: string[] = [];
  unique(regions).forEach((name, i) => {
    const attribute = `data-search-region-${i + 1}`;
    attributes[attribute] = name;
    filters.push(`region[${attribute}]`);
    regionAttributes.push(attribute);
  });
  unique(topics).forEach((name, i) => {
    const attribute = `data-search-topic-${i + 1}`;
    attributes[attribute] = name;
    filters.push(`topic[${attribute}]`);
  });
  if (filters.length > 0) attributes['data-pagefind-filter'] = filters.join(', ');
  if (regionAttributes.length > 0) attributes['data-pagefind-index-attrs'] = regionAttributes.join(',');
  return attributes;
}

/**
 * The attributes of the indexed element itself (`data-pagefind-body`): the publication
 * date as the `date` sort key and as `published` metadata (ISO 8601, so it sorts as
 * text and a result list can merge two indexes by date), and the element's `lang` as
 * `lang` metadata (empty for an article in the site's language), so a result is
 * marked up in its own language.
 */
export function getSearchBodyAttributes(date: Date): Record<string, string> {
  return {
    'data-pagefind-body': '',
    'data-search-published': date.toISOString(),
    'data-pagefind-sort': 'date[data-search-published]',
    'data-pagefind-meta': 'published[data-search-published], lang[lang]',
  };
}

function unique(names: readonly string[]): string[] {
  return [...new Set(names.map((name) => name.trim()).filter((name) => name.length > 0))];
}
