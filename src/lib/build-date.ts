// The moment a build publishes as of. An article dated after it is scheduled: left out of
// the site until a build at or after its date (as a draft is), and the Google News sitemap
// counts its window back from it.

/**
 * The build's moment: now, or `BROADSHEET_BUILD_DATE` (an ISO date-time) when set.
 * `npm run build` sets it once, so that its content check and Astro agree on what
 * is scheduled; tests set it so that a build of old articles gives fixed pages.
 */
export function getBuildDate(env: Record<string, string | undefined> = process.env): Date {
  const pinned = env['BROADSHEET_BUILD_DATE'];
  if (!pinned) return new Date();
  const date = new Date(pinned);
  if (Number.isNaN(date.getTime()))
    throw new Error(`BROADSHEET_BUILD_DATE must be an ISO date-time such as 2023-01-25T12:00:00Z, got "${pinned}"`);
  return date;
}

/** Whether an article dated `date` is not out yet at `buildDate`. */
export function isScheduled(date: Date, buildDate: Date): boolean {
  return date.getTime() > buildDate.getTime();
}
