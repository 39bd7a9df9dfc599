import { describe, expect, it } from 'vitest';
import { getLastUpdate, getModifiedDate } from '../../src/lib/article-updates';

const day = (d: number) => new Date(Date.UTC(2023, 0, d));

describe('getLastUpdate', () => {
  it('is undefined for an article never updated or corrected', () => {
    expect(getLastUpdate({ updated: undefined, corrections: [] })).toBeUndefined();
  });

  it('is the update date when there are no corrections', () => {
    expect(getLastUpdate({ updated: day(20), corrections: [] })).toEqual(day(20));
  });

  it('counts a correction as an update', () => {
    expect(getLastUpdate({ corrections: [{ date: day(21), text: 'x' }] })).toEqual(day(21));
  });

  it('is the latest of the update and every correction', () => {
    expect(
      getLastUpdate({
        updated: day(22),
        corrections: [
          { date: day(21), text: 'x' },
          { date: day(25), text: 'y' },
          { date: day(23), text: 'z' },
        ],
      }),
    ).toEqual(day(25));
    expect(getLastUpdate({ updated: day(30), corrections: [{ date: day(21), text: 'x' }] })).toEqual(day(30));
  });
});

describe('getModifiedDate', () => {
  it('is the publication date when nothing changed since', () => {
    expect(getModifiedDate({ date: day(19), corrections: [] })).toEqual(day(19));
  });

  it('is the last update or correction otherwise', () => {
    expect(getModifiedDate({ date: day(19), updated: day(20), corrections: [{ date: day(22), text: 'x' }] })).toEqual(
      day(22),
    );
  });
});
