/** A link to the same article in another language. */
export interface TranslationLink {
  url: string;
  /** The translation's language tag, for `hreflang` and `lang`. */
  lang: string;
  /** The language's name in that language ("Español", "English"), as language pickers write it. */
  languageName: string;
}

/** A `<link rel="alternate" hreflang>` of an article page. */
export interface HreflangAlternate {
  hreflang: string;
  /** Absolute URL. */
  href: string;
}

/** "es" → "Español", "en" → "English": a language's own name, capitalised; the tag itself when the runtime does not know it. */
export function getLanguageAutonym(tag: string): string {
  let name: string | undefined;
  try {
    name = new Intl.DisplayNames([tag], { type: 'language', fallback: 'none' }).of(tag);
  } catch {
    name = undefined;
  }
  if (!name) return tag;
  return name.charAt(0).toLocaleUpperCase(tag) + name.slice(1);
}

/**
 * The article's translations as links, in frontmatter order; slugs not in the
 * site are skipped (the loader has already reported them).
 */
export function getTranslationLinks<T extends { url: string; lang: string }>(
  translations: readonly string[],
  articleBySlug: ReadonlyMap<string, T>,
): TranslationLink[] {
  return translations.flatMap((slug) => {
    const translation = articleBySlug.get(slug);
    return translation
      ? [{ url: translation.url, lang: translation.lang, languageName: getLanguageAutonym(translation.lang) }]
      : [];
  });
}

/**
 * The hreflang set of an article that has translations: itself and each
 * translation, as search engines want (every version lists all of them).
 * An article without translations gets none.
 */
export function getHreflangAlternates(
  article: { url: string; lang: string },
  translations: readonly TranslationLink[],
  site: string | URL,
): HreflangAlternate[] {
  if (translations.length === 0) return [];
  return [article, ...translations].map((version) => ({
    hreflang: version.lang,
    href: new URL(version.url, site).href,
  }));
}
