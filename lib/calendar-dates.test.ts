import { describe, expect, it } from 'vitest';
import { dateInZone, datePlusDays, endOfDate } from './calendar-dates';

/** 23:30 on 31 December 2025 in London: already 1 January 2026 in Jakarta (UTC+7). */
const newYearsEve = Date.UTC(2025, 11, 31, 23, 30);

describe('dateInZone', () => {
  it("gives the date where the leader is, not the device's", () => {
    expect(dateInZone(newYearsEve, 'Europe/London')).toBe('2025-12-31');
    expect(dateInZone(newYearsEve, 'Asia/Jakarta')).toBe('2026-01-01');
  });
});

describe('datePlusDays', () => {
  it('counts calendar days from the date in the zone, across months and years', () => {
    expect(datePlusDays(newYearsEve, 7, 'Europe/London')).toBe('2026-01-07');
    expect(datePlusDays(newYearsEve, 7, 'Asia/Jakarta')).toBe('2026-01-08');
    expect(datePlusDays(Date.UTC(2028, 1, 27, 12), 2, 'UTC')).toBe('2028-02-29');
    expect(datePlusDays(newYearsEve, -1, 'Asia/Jakarta')).toBe('2025-12-31');
  });
});

describe('endOfDate', () => {
  it('is the next midnight in the zone', () => {
    expect(endOfDate('2026-03-14', 'Asia/Jakarta')).toBe(Date.UTC(2026, 2, 14, 17));
    expect(endOfDate('2026-03-14', 'UTC')).toBe(Date.UTC(2026, 2, 15));
  });

  it('follows a daylight-saving change: the day clocks go forward in London ends at 23:00 UTC', () => {
    // 29 March 2026: clocks go from 01:00 GMT to 02:00 BST, so midnight after it is 23:00 UTC.
    expect(endOfDate('2026-03-29', 'Europe/London')).toBe(Date.UTC(2026, 2, 29, 23));
    expect(endOfDate('2026-03-28', 'Europe/London')).toBe(Date.UTC(2026, 2, 29, 0));
  });

  it('refuses what is not a date', () => {
    expect(endOfDate('', 'UTC')).toBeNull();
    expect(endOfDate('14/03/2026', 'UTC')).toBeNull();
    expect(endOfDate('2026-02-30', 'UTC')).toBeNull();
  });
});
