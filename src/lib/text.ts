/** A list item or the words between two items. */
export type JoinedPart<T> = { kind: 'item'; item: T } | { kind: 'separator'; text: string };

/** "A", "A and B", "A, B and C": names joined as a byline reads, items kept for linking. */
export function joinNames<T>(items: readonly T[], conjunction = 'and'): JoinedPart<T>[] {
  return items.flatMap((item, index): JoinedPart<T>[] => {
    const parts: JoinedPart<T>[] = [];
    if (index > 0) parts.push({ kind: 'separator', text: index === items.length - 1 ? ` ${conjunction} ` : ', ' });
    parts.push({ kind: 'item', item });
    return parts;
  });
}
