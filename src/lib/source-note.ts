import { formatLongDate } from './dates';
import type { ArticleSource } from './site-model';

/**
 * The words around the publication's name in "A version of this article was
 * originally published on January 19, 2023 in Spanish by Diario del Sur.",
 * leaving out what the frontmatter does not say.
 */
export function describeSourceNote(source: ArticleSource, siteLanguage = 'en'): { before: string; after: string } {
  const parts = ['A version of this article was originally published'];
  if (source.date) parts.push(`on ${formatLongDate(source.date, siteLanguage)}`);
  if (source.language) {
    const languageName = getLanguageName(source.language, siteLanguage);
    if (languageName) parts.push(`in ${languageName}`);
  }
  parts.push('by');
  return { before: `${parts.join(' ')} `, after: '.' };
}

/** "es" → "Spanish" (in the site's language), or `undefined` for a tag the runtime does not know. */
export function getLanguageName(tag: string, inLanguage = 'en'): string | undefined {
  try {
    const name = new Intl.DisplayNames([inLanguage], { type: 'language', fallback: 'none' }).of(tag);
    return name ?? undefined;
  } catch {
    return undefined;
  }
}
