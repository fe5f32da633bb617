// One look at a dashboard as readings: each value with its change, the range and its dates, on
// the leader's own calendar day.
import { describe, expect, it } from 'vitest';
import { calendarDay, readingsFromContext } from './history';
import type { TabContext } from './model/tab-context';

const now = Date.UTC(2026, 10, 26, 20, 0); // 27 November in Jakarta

const context: TabContext = {
  url: 'https://www.linkedin.com/company/104937/admin/analytics/updates/',
  platform: 'linkedin',
  surface: 'page-analytics',
  kind: 'analytics',
  account: '104937',
  dateRange: 'Last 28 days',
  metrics: ['impressions'],
  labels: ['Impressions'],
  values: [
    {
      metric: 'impressions',
      label: 'Impressions',
      where: 'tile',
      text: '48,210',
      value: { value: 48210, kind: 'count' },
      changeText: '▲ 12.4%',
      change: { value: 12.4, kind: 'percent', direction: 'up' },
    },
    {
      metric: 'impressions',
      label: 'Impressions',
      where: 'table',
      text: 'n/a',
      value: null,
      changeText: null,
      change: null,
    },
  ],
  locale: 'en',
  paused: false,
  sample: false,
  scan: null,
  updatedAt: now,
};

describe('readingsFromContext', () => {
  it('makes a reading of each value, on the leader’s day, with the range’s dates', () => {
    const readings = readingsFromContext(context, { now, timeZone: 'Asia/Jakarta' });
    expect(readings).toHaveLength(2);
    expect(readings[0]).toMatchObject({
      platform: 'linkedin',
      account: '104937',
      metric: 'impressions',
      text: '48,210',
      value: { value: 48210 },
      changeText: '▲ 12.4%',
      rangeText: 'Last 28 days',
      period: { start: '2026-10-30', end: '2026-11-26' },
      day: '2026-11-27',
      where: 'tile',
    });
    expect(readings[1]).toMatchObject({ text: 'n/a', value: null, where: 'table' });
  });

  it('makes none where reading is paused or the page is not known', () => {
    expect(readingsFromContext({ ...context, paused: true }, { now, timeZone: 'UTC' })).toEqual([]);
    expect(readingsFromContext({ ...context, surface: null }, { now, timeZone: 'UTC' })).toEqual([]);
  });

  it('counts days in the given zone, and in UTC for a zone it does not know', () => {
    expect(calendarDay(now, 'Asia/Jakarta')).toBe('2026-11-27');
    expect(calendarDay(now, 'America/New_York')).toBe('2026-11-26');
    expect(calendarDay(now, 'Not/AZone')).toBe('2026-11-26');
  });
});
