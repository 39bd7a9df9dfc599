import { TZDate } from '@date-fns/tz';
import { format, isValid } from 'date-fns';
import { enUS, es, fr, de, pt, it } from 'date-fns/locale';
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

/** "January 24, 2023" in English, "24 de enero de 2023" in Spanish: the date readers see. */
export function formatLongDate(date: Date, lang = 'en'): string {
  const locale = getLocale(lang);
  // date-fns' English long date is "January 24th, 2023"; newspapers print "January 24, 2023".
  const pattern = locale === enUS ? 'MMMM d, yyyy' : 'PPP';
  return format(new TZDate(date, siteTimeZone), pattern, { locale });
}

/** "Jan 24, 2023": the date on cards and lists, where space is short. */
export function formatShortDate(date: Date, lang = 'en'): string {
  return format(new TZDate(date, siteTimeZone), 'PP', { locale: getLocale(lang) });
}

/** The machine-readable value for `<time datetime>`: the full instant with the site's offset. */
export function formatIsoDateTime(date: Date): string {
  return format(new TZDate(date, siteTimeZone), "yyyy-MM-dd'T'HH:mm:ssXXX");
}

/** `YYYY-MM-DD` in the site's zone, for sitemaps, feeds and comparisons by day. */
export function formatIsoDate(date: Date): string {
  return format(new TZDate(date, siteTimeZone), 'yyyy-MM-dd');
}
