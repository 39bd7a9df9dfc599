import { TZDate } from '@date-fns/tz';
// One module per function and per locale: date-fns' index modules load all of its
// several hundred files, which took seconds off every build's start-up (and every
// page module's) for the two functions and six locales used here.
import { format } from 'date-fns/format';
import { isValid } from 'date-fns/isValid';
import { de } from 'date-fns/locale/de';
import { enUS } from 'date-fns/locale/en-US';
import { es } from 'date-fns/locale/es';
import { fr } from 'date-fns/locale/fr';
import { it } from 'date-fns/locale/it';
import { pt } from 'date-fns/locale/pt';
import type { Locale } from 'date-fns';

// Every date on the site is read and shown in one fixed zone, so a build gives
// the same pages on a laptop in Lima and on a server in Frankfurt.
let siteTimeZone = 'UTC';

/** Sets the zone used to read and show dates (from `content/site.yaml`). */
export function setSiteTimeZone(timeZone: string): void {
  siteTimeZone = timeZone;
}

/** The zone dates are read and shown in. */
export function getSiteTimeZone(): string {
  return siteTimeZone;
}

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * Reads a frontmatter date: `YYYY-MM-DD` (midnight in the site's zone) or an
 * ISO date-time (with an offset, or in the site's zone without one).
 * Returns `undefined` for anything else, including impossible dates such as `2023-02-30`.
 */
export function parseContentDate(value: string, timeZone: string = siteTimeZone): Date | undefined {
  const trimmed = value.trim();
  const dateOnly = DATE_ONLY.exec(trimmed);
  const dateTime = dateOnly ? undefined : DATE_TIME.exec(trimmed);
  const parts = dateOnly ?? dateTime;
  if (!parts) return undefined;
  const [year, month, day] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  if (!isRealCalendarDate(year, month, day)) return undefined;
  // Plain Dates leave this module: the content store serialises Date, not TZDate.
  if (dateOnly) return new Date(+new TZDate(year, month - 1, day, timeZone));
  const [hours, minutes, seconds] = [Number(parts[4]), Number(parts[5]), Number(parts[6] ?? 0)];
  if (hours > 23 || minutes > 59 || seconds > 59) return undefined;
  if (parts[7]) {
    const parsed = new Date(trimmed.replace(' ', 'T'));
    return isValid(parsed) ? parsed : undefined;
  }
  return new Date(+new TZDate(year, month - 1, day, hours, minutes, seconds, timeZone));
}

function isRealCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

const LOCALES: Record<string, Locale> = { en: enUS, es, fr, de, pt, it };

function getLocale(lang: string): Locale {
  return LOCALES[lang.toLowerCase().split('-')[0] ?? 'en'] ?? enUS;
}

// One article's date is printed on its page and on every list, feed and sitemap it is
// in, and working out a zone's offset is the slow part of formatting: each distinct
// (instant, pattern, locale, zone) is formatted once per build, and each instant is
// placed in the zone once for all the patterns it is printed in.
const formatted = new Map<string, string>();
const zoned = new Map<string, TZDate>();

function formatInSiteZone(date: Date, pattern: string, locale: Locale): string {
  const instant = `${date.getTime()} ${siteTimeZone}`;
  const key = `${instant} ${pattern} ${locale.code ?? ''}`;
  let text = formatted.get(key);
  if (text === undefined) {
    let inZone = zoned.get(instant);
    if (!inZone) {
      inZone = new TZDate(date, siteTimeZone);
      zoned.set(instant, inZone);
    }
    text = format(inZone, pattern, { locale });
    formatted.set(key, text);
  }
  return text;
}

/** "January 24, 2023" in English, "24 de enero de 2023" in Spanish: the date readers see. */
export function formatLongDate(date: Date, lang = 'en'): string {
  const locale = getLocale(lang);
  // date-fns' English long date is "January 24th, 2023"; newspapers print "January 24, 2023".
  const pattern = locale === enUS ? 'MMMM d, yyyy' : 'PPP';
  return formatInSiteZone(date, pattern, locale);
}

/**
 * "October 17, 2023, 08:00 (America/Lima)": a moment to the minute, with the zone it is
 * read in, for editors (when a scheduled article comes out). English, like the other notices.
 */
export function formatLongDateTime(date: Date): string {
  return `${formatInSiteZone(date, 'MMMM d, yyyy, HH:mm', enUS)} (${siteTimeZone})`;
}

/** "Jan 24, 2023": the date on cards and lists, where space is short. */
export function formatShortDate(date: Date, lang = 'en'): string {
  return formatInSiteZone(date, 'PP', getLocale(lang));
}

/** The machine-readable value for `<time datetime>`: the full instant with the site's offset. */
export function formatIsoDateTime(date: Date): string {
  return formatInSiteZone(date, "yyyy-MM-dd'T'HH:mm:ssXXX", enUS);
}

/** `YYYY-MM-DD` in the site's zone, for sitemaps, feeds and comparisons by day. */
export function formatIsoDate(date: Date): string {
  return formatInSiteZone(date, 'yyyy-MM-dd', enUS);
}
