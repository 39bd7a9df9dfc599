import { describe, expect, it } from 'vitest';
import { getBuildDate, isScheduled } from '../../src/lib/build-date';

describe('getBuildDate', () => {
  it('is now unless BROADSHEET_BUILD_DATE pins it', () => {
    const before = Date.now();
    expect(getBuildDate({}).getTime()).toBeGreaterThanOrEqual(before);
    expect(getBuildDate({ BROADSHEET_BUILD_DATE: '2023-01-25T12:00:00Z' }).toISOString()).toBe(
      '2023-01-25T12:00:00.000Z',
    );
  });

  it('refuses a pinned date it cannot read', () => {
    expect(() => getBuildDate({ BROADSHEET_BUILD_DATE: 'yesterday' })).toThrow(/ISO date-time/);
  });
});

describe('isScheduled', () => {
  const build = new Date('2023-01-25T12:00:00Z');

  it('is true only for a date after the build', () => {
    expect(isScheduled(new Date('2023-01-25T12:00:01Z'), build)).toBe(true);
    expect(isScheduled(new Date('2023-01-25T12:00:00Z'), build)).toBe(false);
    expect(isScheduled(new Date('2023-01-24T00:00:00Z'), build)).toBe(false);
  });
});
