import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDateRange } from './date-range';
import { comparisonPeriod, parsePeriod, periodLength, type Period } from './period';

const at = (iso: string) => ({ now: new Date(iso), locale: 'en' });
const range = (start: string, end: string): Period => ({ start, end });

describe('parsePeriod: relative ranges end yesterday', () => {
  const now = '2026-12-01T10:00:00Z';
  it.each<[string, string, Period]>([
    ['Last 28 days', 'en', range('2026-11-03', '2026-11-30')],
    ['last 7 days', 'en', range('2026-11-24', '2026-11-30')],
    ['Past 30 days', 'en', range('2026-11-01', '2026-11-30')],
    ['Past 90 days', 'en', range('2026-09-02', '2026-11-30')],
    ['Last 1 day', 'en', range('2026-11-30', '2026-11-30')],
    ['Last 4 weeks', 'en', range('2026-11-03', '2026-11-30')],
    ['Last 12 months', 'en', range('2025-12-01', '2026-11-30')],
    ['Last 3 months', 'en', range('2026-09-01', '2026-11-30')],
    ['Past 1 year', 'en', range('2025-12-01', '2026-11-30')],
    ['28 hari terakhir', 'id', range('2026-11-03', '2026-11-30')],
    ['7 hari sebelumnya', 'id', range('2026-11-24', '2026-11-30')],
    ['12 bulan terakhir', 'id', range('2025-12-01', '2026-11-30')],
    ['4 minggu terakhir', 'id', range('2026-11-03', '2026-11-30')],
    ['Today', 'en', range('2026-12-01', '2026-12-01')],
    ['Kemarin', 'id', range('2026-11-30', '2026-11-30')],
    ['This month', 'en', range('2026-12-01', '2026-12-01')],
    ['Bulan lalu', 'id', range('2026-11-01', '2026-11-30')],
    ['  Last\u00a028   days ', 'en', range('2026-11-03', '2026-11-30')],
  ])('%j (%s)', (text, locale, expected) => {
    expect(parsePeriod(text, { now: new Date(now), locale })).toEqual(expected);
  });

  it('crosses new year and leap days', () => {
    expect(parsePeriod('Last 28 days', at('2027-01-05T00:00:00Z'))).toEqual(range('2026-12-08', '2027-01-04'));
    expect(parsePeriod('Last 1 day', at('2028-03-01T12:00:00Z'))).toEqual(range('2028-02-29', '2028-02-29'));
    expect(parsePeriod('Last 7 days', at('2028-03-03T12:00:00Z'))).toEqual(range('2028-02-25', '2028-03-02'));
    // A month back from the 31st lands on the shorter month's last day.
    expect(parsePeriod('Last 1 month', at('2026-04-01T00:00:00Z'))).toEqual(range('2026-03-01', '2026-03-31'));
    expect(parsePeriod('Last 1 month', at('2026-03-31T00:00:00Z'))).toEqual(range('2026-02-28', '2026-03-30'));
    expect(parsePeriod('Last month', at('2026-01-15T00:00:00Z'))).toEqual(range('2025-12-01', '2025-12-31'));
  });

  it("counts today in the leader's time zone when given, in UTC otherwise", () => {
    // 20:00 UTC on 1 December is already 2 December in Jakarta (UTC+7).
    const now = new Date('2026-12-01T20:00:00Z');
    expect(parsePeriod('Last 7 days', { now, locale: 'id', timeZone: 'Asia/Jakarta' })).toEqual(
      range('2026-11-25', '2026-12-01'),
    );
    expect(parsePeriod('Last 7 days', { now, locale: 'id' })).toEqual(range('2026-11-24', '2026-11-30'));
    expect(parsePeriod('Last 7 days', { now, locale: 'en', timeZone: 'America/Los_Angeles' })).toEqual(
      range('2026-11-24', '2026-11-30'),
    );
    expect(parsePeriod('Last 7 days', { now: now.getTime(), locale: 'en', timeZone: 'Not/AZone' })).toEqual(
      range('2026-11-24', '2026-11-30'),
    );
  });
});

describe('parsePeriod: absolute ranges', () => {
  it.each<[string, string, Period]>([
    ['Sep 1, 2026 - Oct 1, 2026', 'en', range('2026-09-01', '2026-10-01')],
    ['Sep 1 – Sep 28, 2026', 'en', range('2026-09-01', '2026-09-28')],
    ['Sep 1 – 28, 2026', 'en', range('2026-09-01', '2026-09-28')],
    ['Sept 1st – Sept 28th, 2026', 'en', range('2026-09-01', '2026-09-28')],
    ['Dec 28, 2026 – Jan 3, 2027', 'en', range('2026-12-28', '2027-01-03')],
    ['Dec 28 – Jan 3, 2027', 'en', range('2026-12-28', '2027-01-03')],
    ['1 Sep 2026 – 28 Sep 2026', 'en', range('2026-09-01', '2026-09-28')],
    ['1 – 28 Sep 2026', 'id', range('2026-09-01', '2026-09-28')],
    ['28 Okt – 26 Nov 2026', 'id', range('2026-10-28', '2026-11-26')],
    ['28 Des – 3 Jan 2027', 'id', range('2026-12-28', '2027-01-03')],
    ['1 Agu – 28 Agu 2026', 'id', range('2026-08-01', '2026-08-28')],
    ['1 Agt 2026 - 31 Agt 2026', 'id', range('2026-08-01', '2026-08-31')],
    ['1 Agustus 2026 sampai 31 Agustus 2026', 'id', range('2026-08-01', '2026-08-31')],
    ['1 Mei 2026 hingga 31 Mei 2026', 'id', range('2026-05-01', '2026-05-31')],
    ['1 Juli 2026 s/d 30 September 2026', 'id', range('2026-07-01', '2026-09-30')],
    ['Jan. 5 to Feb. 4, 2026', 'en', range('2026-01-05', '2026-02-04')],
    ['2026-09-01 – 2026-09-28', 'en', range('2026-09-01', '2026-09-28')],
    ['2026-09-01 - 2026-09-28', 'id', range('2026-09-01', '2026-09-28')],
    ['2024-02-29 – 2024-03-01', 'en', range('2024-02-29', '2024-03-01')],
    // Day first in Indonesian; in English wherever a first number is above 12.
    ['1/7/2024 - 30/9/2024', 'id', range('2024-07-01', '2024-09-30')],
    ['1/7/2024 - 30/9/2024', 'en', range('2024-07-01', '2024-09-30')],
    ['01/09/2026 - 28/09/2026', 'en-US', range('2026-09-01', '2026-09-28')],
    ['1/7/2024 - 3/9/2024', 'id-ID', range('2024-07-01', '2024-09-03')],
    ['1/7/2024 - 3/9/2024', 'en-GB', range('2024-07-01', '2024-09-03')],
    ['1/7/2024 - 3/9/2024', 'en', range('2024-01-07', '2024-03-09')],
    ['7/1/2024 - 9/30/2024', 'en', range('2024-07-01', '2024-09-30')],
    ['7/1/2024 - 9/30/2024', 'id', range('2024-07-01', '2024-09-30')],
  ])('%j (%s)', (text, locale, expected) => {
    expect(parsePeriod(text, { now: new Date('2026-12-01T00:00:00Z'), locale })).toEqual(expected);
  });

  it('gives a range without a year the latest year that does not end after today', () => {
    expect(parsePeriod('Oct 28 – Nov 26', at('2026-12-01T00:00:00Z'))).toEqual(range('2026-10-28', '2026-11-26'));
    expect(parsePeriod('Oct 28 – Nov 26', at('2026-11-26T00:00:00Z'))).toEqual(range('2026-10-28', '2026-11-26'));
    expect(parsePeriod('Oct 28 – Nov 26', at('2026-11-20T00:00:00Z'))).toEqual(range('2025-10-28', '2025-11-26'));
    expect(parsePeriod('28 Okt – 26 Nov', at('2026-12-01T00:00:00Z'))).toEqual(range('2026-10-28', '2026-11-26'));
    // Crossing new year: the start is in the year before the end.
    expect(parsePeriod('Dec 15 – Jan 10', at('2027-01-20T00:00:00Z'))).toEqual(range('2026-12-15', '2027-01-10'));
    expect(parsePeriod('Dec 15 – Jan 10', at('2027-01-05T00:00:00Z'))).toEqual(range('2025-12-15', '2026-01-10'));
    // A leap day looks back to the last leap year.
    expect(parsePeriod('Feb 29 – Mar 6', at('2027-06-01T00:00:00Z'))).toEqual(range('2024-02-29', '2024-03-06'));
    expect(parsePeriod('Feb 1 – Feb 29', at('2028-03-01T00:00:00Z'))).toEqual(range('2028-02-01', '2028-02-29'));
  });

  it.each([
    '31/02/2026 - 28/03/2026', // 31 February
    'Feb 30 – Mar 5, 2026',
    '2026-02-29 – 2026-03-01', // 2026 is not a leap year
    '2026-13-01 – 2026-13-28',
    '31 Apr – 5 Mei 2026',
    'Oct 1, 2026 - Sep 1, 2026', // ends before it starts
    '13/1/2024 - 1/13/2024', // the two dates disagree on their order
    'Last 0 days',
    'Last 28 days and more',
    'Impressions',
    'Posted 3 days ago',
    'Sep 2026 – Oct 2026',
    'Marketing 1 – 28 Sep 2026',
    'Sep 1 – Oct 1 – Nov 1, 2026',
    '',
    `Last 28 days ${' '.repeat(100)}`,
  ])('refuses %j', (text) => {
    expect(parsePeriod(text, { now: new Date('2026-12-01T00:00:00Z'), locale: 'id' })).toBeNull();
  });

  it('reads every range findDateRange extracts', () => {
    const texts = [
      'Date range: Past 90 days',
      'Rentang: 7 hari terakhir',
      'Sep 1 – Sep 28, 2026',
      'Sep 1, 2026 - Oct 1, 2026',
      'Sep 1 – 28, 2026',
      '1 Sep 2026 – 28 Sep 2026',
      '1 Agu – 28 Agu 2026',
      '1 Agustus 2026 sampai 31 Agustus 2026',
      '2026-09-01 – 2026-09-28',
      '01/09/2026 - 28/09/2026',
    ];
    for (const text of texts) {
      const found = findDateRange(text);
      expect(found).not.toBeNull();
      expect(parsePeriod(found!, { now: new Date('2026-12-01T00:00:00Z'), locale: 'en' }), found!).not.toBeNull();
    }
  });
});

describe('comparisonPeriod', () => {
  it.each<[Period, Period]>([
    [range('2026-11-03', '2026-11-30'), range('2026-10-06', '2026-11-02')],
    [range('2027-01-01', '2027-01-28'), range('2026-12-04', '2026-12-31')],
    [range('2024-03-01', '2024-03-31'), range('2024-01-30', '2024-02-29')],
    [range('2026-09-01', '2026-09-01'), range('2026-08-31', '2026-08-31')],
  ])('%j comes after %j', (shown, previous) => {
    expect(comparisonPeriod(shown)).toEqual(previous);
  });

  it('is always as long as the period and ends the day before it starts', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40_000 }), fc.integer({ min: 0, max: 800 }), (startDay, length) => {
        const day = (offset: number) => new Date((startDay + offset) * 86_400_000).toISOString().slice(0, 10);
        const shown = range(day(0), day(length));
        const previous = comparisonPeriod(shown);
        expect(periodLength(previous)).toBe(length + 1);
        expect(previous.end).toBe(day(-1));
      }),
    );
  });
});
