import { describe, expect, it } from 'vitest';
import { findDateRange } from './date-range';

describe('date ranges on dashboards', () => {
  it.each([
    ['Last 28 days', 'Last 28 days'],
    ['Date range: Past 90 days', 'Past 90 days'],
    ['last 12 months', 'last 12 months'],
    ['28 hari terakhir', '28 hari terakhir'],
    ['Rentang: 7 hari terakhir', '7 hari terakhir'],
    ['Sep 1 – Sep 28, 2026', 'Sep 1 – Sep 28, 2026'],
    ['Sep 1, 2026 - Oct 1, 2026', 'Sep 1, 2026 - Oct 1, 2026'],
    ['Sep 1 – 28, 2026', 'Sep 1 – 28, 2026'],
    ['1 Sep 2026 – 28 Sep 2026', '1 Sep 2026 – 28 Sep 2026'],
    ['1 Agu – 28 Agu 2026', '1 Agu – 28 Agu 2026'],
    ['1 Agustus 2026 sampai 31 Agustus 2026', '1 Agustus 2026 sampai 31 Agustus 2026'],
    ['2026-09-01 – 2026-09-28', '2026-09-01 – 2026-09-28'],
    ['01/09/2026 - 28/09/2026', '01/09/2026 - 28/09/2026'],
    ['SEP 1 – SEP 28, 2026', 'SEP 1 – SEP 28, 2026'],
    ['Periode:28 Hari Terakhir', '28 Hari Terakhir'],
    ['Posted 3 days ago · Last 7 days', 'Last 7 days'],
    ['Compared with 1 Sep – 28 Sep 2026, Last 28 days', '1 Sep – 28 Sep 2026'],
    ['v2 Last 28 days', 'Last 28 days'],
  ])('finds %j', (text, range) => {
    expect(findDateRange(text)).toBe(range);
  });

  it.each([
    'Impressions',
    '1,234',
    'Last post',
    'Posted 3 days ago',
    'Lasting 28 daysx',
    'v2026-09-01',
    'xLast 28 days',
    'éLast 28 days',
    'Last 28 daysé',
  ])('finds nothing in %j', (text) => {
    expect(findDateRange(text)).toBeNull();
  });

  it('refuses long text before any pattern runs, so hostile pages cannot make it backtrack', () => {
    expect(findDateRange(`${'Last 28 '.repeat(5000)}days`)).toBeNull();
    expect(findDateRange('1'.repeat(100_000))).toBeNull();
  });
});
