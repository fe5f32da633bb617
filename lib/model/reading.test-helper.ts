// For tests of the private history: a reading of LinkedIn impressions (48,210, from a tile, on
// 1 Nov 2026 unless `at` says otherwise), changed as given; its day follows `at`. Not a test itself.
import { READING_VERSION, type Reading } from './reading';

export function testReading(overrides: Partial<Reading> = {}): Reading {
  const at = overrides.at ?? Date.UTC(2026, 10, 1, 3, 0);
  return {
    v: READING_VERSION,
    platform: 'linkedin',
    account: '104937',
    surface: 'page-analytics',
    metric: 'impressions',
    rangeText: 'Last 30 days',
    period: null,
    text: '48,210',
    value: { value: 48210, kind: 'count' },
    changeText: null,
    change: null,
    day: new Date(at).toISOString().slice(0, 10),
    at,
    where: 'tile',
    ...overrides,
  };
}
