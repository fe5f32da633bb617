import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectSameAnswer, mostly, pick } from '../../tests/quick-check';
import { parseChange, parseMetricValue } from '../values';
import {
  addReading,
  capReadings,
  isPlainReading,
  MAX_READINGS,
  mergeReadings,
  partitionReadings,
  readingKey,
  readingSchema,
  readingsFor,
  type Reading,
} from './reading';

const dayMs = 86_400_000;
const start = Date.parse('2026-11-01T09:00:00Z');

/** A reading of Instagram reach, as read from an Indonesian page, `offset` days after 1 Nov 2026. */
function reading(offset: number, overrides: Partial<Reading> = {}): Reading {
  const at = start + offset * dayMs;
  const day = new Date(at).toISOString().slice(0, 10);
  return {
    v: 1,
    platform: 'instagram',
    account: '@tokokopi',
    surface: 'insights',
    metric: 'reach',
    rangeText: '28 hari terakhir',
    period: {
      start: new Date(at - 28 * dayMs).toISOString().slice(0, 10),
      end: new Date(at - dayMs).toISOString().slice(0, 10),
    },
    text: '12,4 rb',
    value: parseMetricValue('12,4 rb', 'id'),
    changeText: 'naik 12,4%',
    change: parseChange('naik 12,4%', 'id'),
    day,
    at,
    where: 'tile',
    ...overrides,
  };
}

describe('readingSchema', () => {
  it('accepts a reading as the content script reads one, and one whose value did not parse', () => {
    expect(readingSchema.parse(reading(0))).toEqual(reading(0));
    const unread = reading(0, { text: 'Sedang diproses', value: null, changeText: null, change: null, where: null });
    expect(readingSchema.parse(unread)).toEqual(unread);
    const noRange = reading(0, { rangeText: null, period: null, account: null });
    expect(readingSchema.safeParse(noRange).success).toBe(true);
  });

  it.each<[string, Partial<Reading> | Record<string, unknown>]>([
    ['a day that is not a date', { day: '2026-02-30' }],
    ['a negative change', { change: { direction: 'down', value: -2, kind: 'percent' } }],
    ['a value that is not finite', { value: { value: Number.POSITIVE_INFINITY, kind: 'count' } }],
    ['an unknown kind', { value: { value: 1, kind: 'ratio' } }],
    ['an unknown place', { where: 'sidebar' }],
    ['a period that ends before it starts', { period: { start: '2026-11-28', end: '2026-11-01' } }],
    ['empty text', { text: '  ' }],
    ['text longer than any value', { text: '1'.repeat(201) }],
    ['another version', { v: 2 }],
    ['a platform id that is not one', { platform: 'Instagram!' }],
  ])('refuses %s', (_what, overrides) => {
    expect(readingSchema.safeParse({ ...reading(0), ...overrides }).success).toBe(false);
  });
});

describe('readingKey', () => {
  it('is the same for the same slot on the same day, whatever the time or the value', () => {
    const morning = reading(0);
    const evening = reading(0, { at: morning.at + 8 * 3_600_000, text: '12,9 rb' });
    expect(readingKey(evening)).toBe(readingKey(morning));
  });

  it('tells apart days, places, accounts and ranges; a range in two languages with the same dates is one', () => {
    const base = reading(0);
    expect(readingKey(reading(1))).not.toBe(readingKey(base));
    expect(readingKey({ ...base, where: 'table' })).not.toBe(readingKey(base));
    expect(readingKey({ ...base, account: '@lain' })).not.toBe(readingKey(base));
    expect(readingKey({ ...base, period: { start: '2026-10-25', end: '2026-10-31' } })).not.toBe(readingKey(base));
    expect(readingKey({ ...base, rangeText: 'Last 28 days' })).toBe(readingKey(base));
    const unparsed = { ...base, period: null };
    expect(readingKey({ ...unparsed, rangeText: 'Custom' })).not.toBe(readingKey(unparsed));
  });
});

describe('addReading', () => {
  it('keeps one reading per slot per day: the latest', () => {
    const morning = reading(0);
    const evening = reading(0, { at: morning.at + 3_600_000, text: '13 rb' });
    expect(addReading([morning], evening)).toEqual([evening]);
    // A reading that arrives late does not replace a newer one.
    expect(addReading([evening], morning)).toEqual([evening]);
    expect(addReading([morning], reading(1))).toEqual([morning, reading(1)]);
    expect(addReading([morning], reading(0, { where: 'table' }))).toEqual([morning, reading(0, { where: 'table' })]);
  });

  it('drops the oldest reading once the history is full', () => {
    const full = Array.from({ length: 5 }, (_, index) => reading(index));
    expect(addReading(full, reading(5), 5)).toEqual([1, 2, 3, 4, 5].map((index) => reading(index)));
  });
});

describe('capReadings', () => {
  it(`keeps at most ${MAX_READINGS.toLocaleString('en')} readings, dropping the oldest first`, () => {
    const history = Array.from({ length: MAX_READINGS + 5 }, (_, index) =>
      reading(0, { at: start + index * 60_000, metric: index % 2 ? 'reach' : 'followers' }),
    );
    // Out of order, as an import might give them.
    const shuffled = [...history.slice(7), ...history.slice(0, 7)];
    const capped = capReadings(shuffled);
    expect(capped).toHaveLength(MAX_READINGS);
    expect(capped[0]).toBe(history[5]);
    expect(capped.at(-1)).toBe(history.at(-1));
    expect(capReadings(history.slice(0, 3))).toEqual(history.slice(0, 3));
    expect(capReadings(history, 0)).toEqual([]);
  });
});

describe('mergeReadings', () => {
  it('merges an import without duplicates, the later reading of a day winning', () => {
    const mine = [reading(0), reading(1)];
    const later = reading(1, { at: reading(1).at + 60_000, text: '13 rb' });
    const imported = [reading(0), later, reading(2)];
    expect(mergeReadings(mine, imported)).toEqual([reading(0), later, reading(2)]);
  });

  it('changes nothing when the same file is merged twice, and keeps the first list on a tie', () => {
    const history = [reading(0), reading(1), reading(2)];
    expect(mergeReadings(history, history)).toEqual(history);
    const same = reading(1, { text: 'lain' });
    expect(mergeReadings(history, [same])).toEqual(history);
  });

  it('caps what it merges', () => {
    const a = [reading(0), reading(2)];
    const b = [reading(1), reading(3)];
    expect(mergeReadings(a, b, 3)).toEqual([reading(1), reading(2), reading(3)]);
  });

  it('holds every slot of both lists exactly once, oldest first', () => {
    const arbitrary = fc.array(
      fc.record({
        offset: fc.integer({ min: 0, max: 20 }),
        minutes: fc.integer({ min: 0, max: 600 }),
        metric: fc.constantFrom('reach', 'followers', 'views'),
        where: fc.constantFrom('tile' as const, 'table' as const, null),
      }),
      { maxLength: 40 },
    );
    const build = (entries: { offset: number; minutes: number; metric: string; where: Reading['where'] }[]) =>
      entries.map(({ offset, minutes, metric, where }) =>
        reading(offset, { at: start + offset * dayMs + minutes * 60_000, metric, where }),
      );
    fc.assert(
      fc.property(arbitrary, arbitrary, (left, right) => {
        const [a, b] = [build(left), build(right)];
        const merged = mergeReadings(a, b);
        const keys = merged.map(readingKey);
        expect(new Set(keys).size).toBe(keys.length);
        expect(new Set(keys)).toEqual(new Set([...a, ...b].map(readingKey)));
        expect(merged.map((entry) => entry.at)).toEqual(merged.map((entry) => entry.at).sort((x, y) => x - y));
        for (const entry of merged) {
          const rivals = [...a, ...b].filter((other) => readingKey(other) === readingKey(entry));
          expect(entry.at).toBe(Math.max(...rivals.map((other) => other.at)));
        }
      }),
    );
  });
});

describe('readingsFor', () => {
  const query = { metric: 'reach', platform: 'instagram', account: '@tokokopi', today: '2026-11-12' };

  it('gives the last reading before today and the last days for the sparkline, one a day', () => {
    const history = [
      reading(0),
      reading(3),
      reading(3, { at: reading(3).at + 60_000, text: '13 rb' }),
      reading(3, { where: 'table', at: reading(3).at - 60_000 }),
      reading(11), // today
      reading(12), // tomorrow: a clock set wrong, never "last time"
    ];
    const found = readingsFor(history, query);
    expect(found.previous).toEqual(history[2]);
    expect(found.recent).toEqual([history[0], history[2], history[4]]);
    expect(readingsFor(history, { ...query, where: 'table' }).recent).toEqual([history[3]]);
    expect(readingsFor(history, { ...query, limit: 2 }).recent).toEqual([history[2], history[4]]);
  });

  it('keeps to the metric, the platform and the account, and to ranges of the same length when asked', () => {
    const history = [
      reading(1),
      reading(2, { account: '@lain' }),
      reading(3, { platform: 'facebook' }),
      reading(4, { metric: 'followers' }),
      reading(5, { account: null }),
      reading(6, { rangeText: '7 hari terakhir', period: { start: '2026-10-31', end: '2026-11-06' } }),
      reading(7, { rangeText: 'Kustom', period: null }),
    ];
    expect(readingsFor(history, query).recent).toEqual([history[0], history[5], history[6]]);
    expect(readingsFor(history, { ...query, account: null }).recent).toEqual([history[4]]);
    expect(readingsFor(history, { ...query, periodLength: 28 }).recent).toEqual([history[0]]);
    expect(readingsFor(history, { ...query, periodLength: 7 }).recent).toEqual([history[5]]);
  });

  it('has no last time on a first visit or when the only reading is from today', () => {
    expect(readingsFor([], query)).toEqual({ previous: null, recent: [] });
    expect(readingsFor([reading(11)], query)).toEqual({ previous: null, recent: [reading(11)] });
  });

  it('gives a full year of days from a full history', () => {
    const history = Array.from({ length: MAX_READINGS }, (_, index) =>
      reading(index % 365, { metric: ['reach', 'followers', 'views'][index % 3], where: index % 2 ? 'tile' : 'table' }),
    );
    const found = readingsFor(history, { ...query, today: '2027-12-31', limit: 365 });
    expect(found.recent).toHaveLength(365);
    expect(found.previous?.day).toBe(reading(364).day);
  });
});

describe('partitionReadings', () => {
  it('hands back what cannot be read, untouched, beside the readings', () => {
    const broken = { ...reading(0), day: 'yesterday' };
    const { readings, unreadable } = partitionReadings([reading(0), broken, null, 'text', reading(1)]);
    expect(readings).toEqual([reading(0), reading(1)]);
    expect(unreadable).toEqual([broken, null, 'text']);
    expect(unreadable[0]).toBe(broken);
  });
});

describe('isPlainReading, the quick check beside the schema', () => {
  const id = mostly(pick('instagram', 'page-analytics', 'reach'), pick('Reach', 'a--b', '-a', '', 7, null, undefined));
  const text = mostly(
    pick('28 hari terakhir', 'x', 'a'.repeat(200)),
    pick(' padded ', '', 'a'.repeat(201), 3, undefined),
  );
  const textOrNull = mostly(pick('▲ 12.4%', null), pick(' padded', '', 3, undefined));
  const date = mostly(
    pick('2026-11-01', '2024-02-29', '2000-02-29', '0000-02-29'),
    pick('2023-02-29', '1900-02-29', '2026-13-01', '2026-04-31', '2026-1-01', '2026-11-01T00:00', 20261101, null),
  );
  const figure = (change: boolean) =>
    fc
      .record({
        value: mostly(pick(48210, 0, 4.79), pick(-2.5, Number.NaN, Number.POSITIVE_INFINITY, '5')),
        kind: mostly(pick('count', 'percent', 'money', 'duration'), pick('other', undefined)),
        direction: mostly(pick(change ? 'up' : undefined, change ? 'flat' : undefined), pick('up', 'sideways')),
        currency: mostly(pick(undefined), pick('IDR', '', 'TOOLONGCUR', undefined)),
        extra: mostly(pick(undefined), pick(1)),
      })
      .map((fields) =>
        Object.fromEntries(Object.entries(fields).filter(([key, value]) => value !== undefined || key === 'kind')),
      );
  const candidate = fc
    .record({
      v: mostly(pick(1), pick(2, '1')),
      platform: id,
      account: textOrNull,
      surface: id,
      metric: id,
      rangeText: textOrNull,
      period: mostly(
        fc.oneof(pick(null), fc.record({ start: date, end: date })),
        pick(undefined, 'Oct', { start: '2026-11-01' }, { start: '2026-11-01', end: '2026-11-02', extra: 1 }),
      ),
      text,
      value: mostly(fc.oneof(pick(null), figure(false)), figure(true)),
      changeText: textOrNull,
      change: mostly(fc.oneof(pick(null), figure(true)), figure(false)),
      day: date,
      at: mostly(pick(0, 1_796_000_000_000), pick(-1, 1.5, Number.MAX_SAFE_INTEGER + 2, '5')),
      where: mostly(pick('tile', 'table', 'row', null), pick('page', undefined)),
      extra: mostly(pick(undefined), pick('x')),
    })
    .map((fields) =>
      Object.fromEntries(Object.entries(fields).filter(([key, value]) => key !== 'extra' || value !== undefined)),
    );

  it('only takes what the schema takes, and exactly as the schema gives it back', () => {
    expectSameAnswer(isPlainReading, readingSchema, candidate);
  });

  it('takes the readings a dashboard gives, so that they skip the schema', () => {
    for (const offset of [0, 1, 365]) expect(isPlainReading(reading(offset))).toBe(true);
    expect(isPlainReading(reading(0, { value: null, change: null, period: null, where: null, account: null }))).toBe(
      true,
    );
  });
});
