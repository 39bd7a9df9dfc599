/** A dated correction printed at the foot of an article. */
export interface Correction {
  date: Date;
  text: string;
}

/**
 * When an article last changed after it was published: the latest of its
 * `updated` date and its corrections' dates, or `undefined` when it never did.
 * A correction is an update, so it moves "Updated …", `dateModified` and the sitemap's `lastmod`.
 */
export function getLastUpdate({
  updated,
  corrections = [],
}: {
  updated?: Date | undefined;
  corrections?: readonly Correction[] | undefined;
}): Date | undefined {
  let latest = updated;
  for (const correction of corrections) {
    if (!latest || correction.date > latest) latest = correction.date;
  }
  return latest;
}

/** When the article last changed, counting publication: what `dateModified` and `lastmod` say. */
export function getModifiedDate(article: {
  date: Date;
  updated?: Date | undefined;
  corrections?: readonly Correction[] | undefined;
}): Date {
  const lastUpdate = getLastUpdate(article);
  return lastUpdate && lastUpdate > article.date ? lastUpdate : article.date;
}
