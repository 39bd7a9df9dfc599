import type { RelatedReason } from './types';

/** Longest line the sidebar shows under a related link. */
const MAX_LENGTH = 50;
const SEPARATOR = ' · ';

/** Names for the ids that reasons carry. */
export interface RelatedReasonLabels {
  regionName(id: string): string;
  /** A topic as readers should see it; by default the topic as the article spells it. */
  topicName?(topic: string): string;
}

/**
 * One short line telling a reader why an article is listed: "Editor’s pick",
 * "Also on strikes · Latin America", "Also about pensions, Macron".
 * Empty when there is no reason to give.
 */
export function describeRelatedReasons(reasons: readonly RelatedReason[], labels: RelatedReasonLabels): string {
  if (reasons.some((reason) => reason.kind === 'pinned')) return 'Editor’s pick';

  // The subject is the stronger of topics and text (reasons come strongest first);
  // regions follow it, or stand alone as "Also in …" when nothing else is shared.
  let subject: { prefix: string; items: readonly string[] } | undefined;
  let places: string[] = [];
  for (const reason of reasons) {
    if (reason.kind === 'topics' && !subject && reason.topics.length > 0) {
      subject = { prefix: 'Also on ', items: reason.topics.map((topic) => labels.topicName?.(topic) ?? topic) };
    }
    if (reason.kind === 'text' && !subject && reason.terms.length > 0)
      subject = { prefix: 'Also about ', items: reason.terms };
    if (reason.kind === 'regions' && places.length === 0) places = reason.regions.map((id) => labels.regionName(id));
  }

  if (!subject) return places.length > 0 ? fitList('Also in ', places, MAX_LENGTH) : '';
  const head = fitList(subject.prefix, subject.items, MAX_LENGTH);
  const room = MAX_LENGTH - head.length - SEPARATOR.length;
  // Regions are only added whole-name and only when at least one fits.
  const tail = places.length > 0 && places[0]!.length <= room ? fitList('', places, room) : '';
  return tail === '' ? head : head + SEPARATOR + tail;
}

/** `prefix` and as many items as fit in `max` characters (always the first, shortened if it must be). */
function fitList(prefix: string, items: readonly string[], max: number): string {
  let line = prefix + items[0]!;
  if (line.length > max) return line.slice(0, max - 1).trimEnd() + '…';
  for (const item of items.slice(1)) {
    const next = `${line}, ${item}`;
    if (next.length > max) break;
    line = next;
  }
  return line;
}
