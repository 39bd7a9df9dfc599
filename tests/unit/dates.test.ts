import { afterEach, describe, expect, it } from 'vitest';
import {
  formatIsoDate,
  formatIsoDateTime,
  formatLongDate,
  formatLongDateTime,
  formatShortDate,
  getSiteTimeZone,
  parseContentDate,
  setSiteTimeZone,
} from '../../src/lib/dates';

afterEach(() => {
  setSiteTimeZone('UTC');
});

describe('setSiteTimeZone', () => {
  it('changes the zone getSiteTimeZone reports', () => {
    setSiteTimeZone('Europe/Paris');
    expect(getSiteTimeZone()).toBe('Europe/Paris');
  });
});

describe('parseContentDate', () => {
  it('reads YYYY-MM-DD as midnight in the site zone', () => {
    setSiteTimeZone('America/Lima');
    const date = parseContentDate('2023-01-19');
    expect(date?.toISOString()).toBe('2023-01-19T05:00:00.000Z');
    expect(formatIsoDateTime(date!)).toBe('2023-01-19T00:00:00-05:00');
  });

  it('reads YYYY-MM-DD as midnight UTC when the zone is UTC', () => {
    expect(parseContentDate('2023-01-19')?.toISOString()).toBe('2023-01-19T00:00:00.000Z');
  });

  it('reads a date in the zone it is given, whatever the site zone', () => {
    expect(parseContentDate('2023-01-19', 'Europe/Paris')?.toISOString()).toBe('2023-01-18T23:00:00.000Z');
  });

  it('returns a plain Date', () => {
    expect(parseContentDate('2023-01-19')?.constructor).toBe(Date);
  });

  it('keeps the instant of an ISO date-time with an offset, whatever the site zone', () => {
    setSiteTimeZone('Asia/Tokyo');
    expect(parseContentDate('2023-01-19T14:30:00-05:00')?.toISOString()).toBe('2023-01-19T19:30:00.000Z');
    expect(parseContentDate('2023-01-19T14:30:00Z')?.toISOString()).toBe('2023-01-19T14:30:00.000Z');
    expect(parseContentDate('2023-01-19T14:30-05:00')?.toISOString()).toBe('2023-01-19T19:30:00.000Z');
  });

  it('accepts a space instead of the T', () => {
    expect(parseContentDate('2023-01-19 14:30:00Z')?.toISOString()).toBe('2023-01-19T14:30:00.000Z');
  });

  it('reads an ISO date-time without an offset in the site zone', () => {
    setSiteTimeZone('America/Lima');
    expect(parseContentDate('2023-01-19T14:30:00')?.toISOString()).toBe('2023-01-19T19:30:00.000Z');
    expect(parseContentDate('2023-01-19T14:30')?.toISOString()).toBe('2023-01-19T19:30:00.000Z');
  });

  it('ignores spaces around the value', () => {
    expect(parseContentDate('  2023-01-19\n')?.toISOString()).toBe('2023-01-19T00:00:00.000Z');
  });

  it('rejects impossible calendar dates', () => {
    expect(parseContentDate('2023-13-45')).toBeUndefined();
    expect(parseContentDate('2023-02-30')).toBeUndefined();
    expect(parseContentDate('2023-00-10')).toBeUndefined();
    expect(parseContentDate('2023-04-31')).toBeUndefined();
    expect(parseContentDate('2023-04-00')).toBeUndefined();
  });

  it('rejects February 29 outside a leap year and accepts it in one', () => {
    expect(parseContentDate('2023-02-29')).toBeUndefined();
    expect(parseContentDate('1900-02-29')).toBeUndefined();
    expect(parseContentDate('2024-02-29')?.toISOString()).toBe('2024-02-29T00:00:00.000Z');
    expect(parseContentDate('2000-02-29')?.toISOString()).toBe('2000-02-29T00:00:00.000Z');
  });

  it('rejects impossible times', () => {
    expect(parseContentDate('2023-01-19T24:00:00Z')).toBeUndefined();
    expect(parseContentDate('2023-01-19T14:60:00')).toBeUndefined();
    expect(parseContentDate('2023-01-19T14:30:61')).toBeUndefined();
    expect(parseContentDate('2023-02-30T10:00:00Z')).toBeUndefined();
  });

  it('rejects text that is not a date', () => {
    for (const value of [
      '',
      'yesterday',
      'January 19, 2023',
      '19/01/2023',
      '2023-1-19',
      '20230119',
      '2023-01-19T',
      '2023-01-19garbage',
    ]) {
      expect(parseContentDate(value), value).toBeUndefined();
    }
  });

  it('keeps a date-only value on its day where midnight does not exist (a zone whose summer time starts at midnight)', () => {
    setSiteTimeZone('America/Santiago');
    const date = parseContentDate('2022-09-11');
    expect(date).toBeDefined();
    expect(formatIsoDate(date!)).toBe('2022-09-11');
  });
});

describe('formatLongDateTime', () => {
  it('prints the moment to the minute in the site’s zone, and names the zone', () => {
    const moment = new Date('2023-10-17T13:00:00Z');
    expect(formatLongDateTime(moment)).toBe('October 17, 2023, 13:00 (UTC)');
    setSiteTimeZone('America/Lima');
    expect(formatLongDateTime(moment)).toBe('October 17, 2023, 08:00 (America/Lima)');
  });
});

describe('formatLongDate', () => {
  const date = new Date(Date.UTC(2023, 0, 24, 12));

  it('prints the English date as newspapers do, without an ordinal', () => {
    expect(formatLongDate(date)).toBe('January 24, 2023');
    expect(formatLongDate(date, 'en')).not.toContain('24th');
    expect(formatLongDate(new Date(Date.UTC(2023, 0, 1, 12)), 'en')).toBe('January 1, 2023');
  });

  it('prints the Spanish date in Spanish', () => {
    expect(formatLongDate(date, 'es')).toBe('24 de enero de 2023');
  });

  it('uses the language of a regional tag', () => {
    expect(formatLongDate(date, 'es-PE')).toBe('24 de enero de 2023');
    expect(formatLongDate(date, 'en-GB')).toBe('January 24, 2023');
  });

  it('falls back to English for a language it has no names for', () => {
    expect(formatLongDate(date, 'qu')).toBe('January 24, 2023');
  });

  it('shows the day in the site zone, not in UTC', () => {
    setSiteTimeZone('America/Lima');
    expect(formatLongDate(new Date('2023-01-25T03:00:00Z'))).toBe('January 24, 2023');
  });
});

describe('formatShortDate', () => {
  it('abbreviates the month', () => {
    expect(formatShortDate(new Date(Date.UTC(2023, 0, 24, 12)))).toBe('Jan 24, 2023');
  });

  it('abbreviates in the reader’s language', () => {
    expect(formatShortDate(new Date(Date.UTC(2023, 0, 24, 12)), 'es')).toMatch(/^24 ene\.? 2023$/);
  });

  it('shows the day in the site zone', () => {
    setSiteTimeZone('Asia/Tokyo');
    expect(formatShortDate(new Date('2023-01-24T20:00:00Z'))).toBe('Jan 25, 2023');
  });
});

describe('formatIsoDateTime', () => {
  it('writes the instant with the site zone’s offset', () => {
    setSiteTimeZone('America/Lima');
    expect(formatIsoDateTime(new Date('2023-01-19T19:30:00Z'))).toBe('2023-01-19T14:30:00-05:00');
  });

  it('follows summer time', () => {
    setSiteTimeZone('Europe/Paris');
    expect(formatIsoDateTime(new Date('2023-01-19T12:00:00Z'))).toBe('2023-01-19T13:00:00+01:00');
    expect(formatIsoDateTime(new Date('2023-07-19T12:00:00Z'))).toBe('2023-07-19T14:00:00+02:00');
  });

  it('writes a value Date can read back to the same instant', () => {
    for (const zone of ['UTC', 'America/Lima', 'Asia/Kolkata']) {
      setSiteTimeZone(zone);
      const instant = new Date('2023-03-05T08:09:10Z');
      expect(new Date(formatIsoDateTime(instant)).getTime(), zone).toBe(instant.getTime());
    }
  });

  it('round-trips a date-only frontmatter value to midnight of that day', () => {
    setSiteTimeZone('Asia/Kolkata');
    expect(formatIsoDateTime(parseContentDate('2023-01-19')!)).toBe('2023-01-19T00:00:00+05:30');
  });
});

describe('formatIsoDate', () => {
  it('writes YYYY-MM-DD', () => {
    expect(formatIsoDate(new Date(Date.UTC(2023, 0, 9, 12)))).toBe('2023-01-09');
  });

  it('writes the day in the site zone', () => {
    setSiteTimeZone('America/Lima');
    expect(formatIsoDate(new Date('2023-01-20T03:00:00Z'))).toBe('2023-01-19');
    setSiteTimeZone('UTC');
    expect(formatIsoDate(new Date('2023-01-20T03:00:00Z'))).toBe('2023-01-20');
  });
});
