// The private history of what dashboards showed: one reading per slot and day, the newest kept,
// capped oldest first, forgotten per platform, merged on import, and never losing what it cannot read.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { testReading as reading } from '../lib/model/reading.test-helper';
import { applyImport, checkBackup, exportBackup } from './backup';
import {
  countReadings,
  forgetReadings,
  INDEX_KEY,
  peekSeries,
  readSeries,
  recordReadings,
  seriesId,
  SERIES_PREFIX,
} from './readings';

const day0 = Date.UTC(2026, 10, 1, 3, 0);
const DAY = 86_400_000;

beforeEach(() => {
  fakeBrowser.reset();
});

describe('the readings history', () => {
  it('keeps one reading per slot and day, the latest, and one series per metric', async () => {
    await recordReadings([reading({ text: '1', at: day0 }), reading({ metric: 'reach', text: 'r' })], day0);
    await recordReadings([reading({ text: '2', at: day0 + 1000 })], day0 + 1000);
    await recordReadings([reading({ text: '3', at: day0 + DAY })], day0 + DAY);
    expect((await readSeries('linkedin', '104937', 'impressions')).map((r) => r.text)).toEqual(['2', '3']);
    expect((await readSeries('linkedin', '104937', 'reach')).map((r) => r.text)).toEqual(['r']);
    expect(await countReadings()).toEqual({ total: 3, byPlatform: { linkedin: 3 } });
  });

  it('drops the oldest readings first past the cap, across every series', async () => {
    for (let i = 0; i < 4; i++) {
      await recordReadings(
        [reading({ at: day0 + i * DAY }), reading({ platform: 'x', account: null, at: day0 + i * DAY + 1 })],
        day0 + i * DAY,
        5,
      );
    }
    const linkedin = await readSeries('linkedin', '104937', 'impressions');
    const x = await readSeries('x', null, 'impressions');
    expect([...linkedin, ...x].map((r) => r.at).sort()).toEqual(
      [day0 + 1 * DAY + 1, day0 + 2 * DAY, day0 + 2 * DAY + 1, day0 + 3 * DAY, day0 + 3 * DAY + 1].sort(),
    );
    expect((await countReadings()).total).toBe(5);
  });

  it('forgets one platform, then everything, and says how many are left', async () => {
    await recordReadings([reading(), reading({ platform: 'x', account: null }), reading({ metric: 'reach' })], day0);
    expect((await forgetReadings('linkedin', day0)).ok).toBe(true);
    expect(await countReadings()).toEqual({ total: 1, byPlatform: { x: 1 } });
    expect(await readSeries('linkedin', '104937', 'impressions')).toEqual([]);
    await forgetReadings(undefined, day0);
    expect(await countReadings()).toEqual({ total: 0, byPlatform: {} });
    const left = Object.keys(await fakeBrowser.storage.local.get(null));
    expect(left.filter((key) => key.startsWith(SERIES_PREFIX))).toEqual([]);
  });

  it('keeps aside entries it cannot read, at the next write of their series', async () => {
    const key = `${SERIES_PREFIX}${seriesId('linkedin', '104937', 'impressions')}`;
    await fakeBrowser.storage.local.set({
      [key]: {
        v: 1,
        platform: 'linkedin',
        account: '104937',
        metric: 'impressions',
        readings: [reading(), { broken: true }],
      },
    });
    expect(await readSeries('linkedin', '104937', 'impressions')).toEqual([reading()]);
    await recordReadings([reading({ at: day0 + DAY, text: 'next' })], day0 + DAY);
    const stored = await fakeBrowser.storage.local.get(null);
    expect(stored[`kept:${key}:${day0 + DAY}`]).toMatchObject({ value: [{ broken: true }] });
    expect((await readSeries('linkedin', '104937', 'impressions')).map((r) => r.text)).toEqual(['48,210', 'next']);
  });

  it('rebuilds its index when the index cannot be read', async () => {
    await recordReadings([reading(), reading({ metric: 'reach' })], day0);
    await fakeBrowser.storage.local.set({ [INDEX_KEY]: 'damaged' });
    expect(await countReadings()).toEqual({ total: 2, byPlatform: { linkedin: 2 } });
    await recordReadings([reading({ metric: 'clicks' })], day0);
    expect(await countReadings()).toEqual({ total: 3, byPlatform: { linkedin: 3 } });
  });

  it('travel in a backup and merge back without duplicates', async () => {
    await recordReadings([reading(), reading({ metric: 'reach', at: day0 + DAY })], day0 + DAY);
    const before = await fakeBrowser.storage.local.get(null);
    const file = await exportBackup(day0 + DAY);
    expect(JSON.parse(file).readings).toHaveLength(2);

    await fakeBrowser.storage.local.clear();
    const backup = checkBackup(file);
    if (!backup.ok) throw new Error('refused');
    const first = await applyImport(backup.backup, { withSettings: false });
    expect(first.ok && first.plans.find((plan) => plan.section === 'readings')?.counts).toMatchObject({ added: 2 });
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);

    const again = await applyImport(backup.backup, { withSettings: false });
    expect(again.ok && again.plans.find((plan) => plan.section === 'readings')?.counts).toMatchObject({
      added: 0,
      unchanged: 2,
    });
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
  });

  it('refuses a damaged readings section with a clear message', () => {
    const file = JSON.stringify({
      format: 'sidecoach-backup',
      version: 2,
      exportedAt: new Date(day0).toISOString(),
      readings: [{ metric: 'reach' }],
    });
    const result = checkBackup(file);
    expect(result.ok).toBe(false);
  });

  describe('stored packed', () => {
    const key = `${SERIES_PREFIX}${seriesId('linkedin', '104937', 'impressions')}`;
    const year = Array.from({ length: 365 }, (_, index) =>
      reading({
        at: day0 + index * DAY,
        text: index % 2 ? 'Rp 1.250.000' : '48,210',
        value: index % 2 ? { value: 1_250_000, kind: 'money', currency: 'IDR' } : { value: 48210, kind: 'count' },
        changeText: index % 3 ? '▲ 12.4%' : null,
        change: index % 3 ? { value: 12.4, kind: 'percent', direction: 'up' } : null,
        period: index % 5 ? { start: '2026-10-01', end: '2026-10-28' } : null,
      }),
    );

    it('keeps a year of readings as one string under half the size of the objects, and reads it back exactly', async () => {
      await recordReadings(year, day0 + 365 * DAY, Infinity);
      const stored = (await fakeBrowser.storage.local.get(key))[key] as { v: number; readings: unknown };
      expect(stored.v).toBe(2);
      expect(typeof stored.readings).toBe('string');
      expect((stored.readings as string).length).toBeLessThan(JSON.stringify(year).length / 2);
      expect(await readSeries('linkedin', '104937', 'impressions')).toEqual(year);
    });

    it('reads a series stored as objects (version 1), and packs it at the next write', async () => {
      await fakeBrowser.storage.local.set({
        [key]: { v: 1, platform: 'linkedin', account: '104937', metric: 'impressions', readings: year.slice(0, 2) },
      });
      expect(await readSeries('linkedin', '104937', 'impressions')).toEqual(year.slice(0, 2));
      await recordReadings([year[2]!], day0 + 3 * DAY);
      const stored = (await fakeBrowser.storage.local.get(key))[key] as { v: number };
      expect(stored.v).toBe(2);
      expect(await readSeries('linkedin', '104937', 'impressions')).toEqual(year.slice(0, 3));
      expect(await countReadings()).toEqual({ total: 3, byPlatform: { linkedin: 3 } });
    });

    it('shows a series read in this page at once until it changes, then reads the change', async () => {
      expect(peekSeries('linkedin', '104937', 'impressions')).toBeUndefined();
      await recordReadings(year.slice(0, 3), day0 + 3 * DAY);
      expect(peekSeries('linkedin', '104937', 'impressions')).toBeUndefined();
      expect(await readSeries('linkedin', '104937', 'impressions')).toEqual(year.slice(0, 3));
      expect(peekSeries('linkedin', '104937', 'impressions')).toEqual(year.slice(0, 3));
      expect(peekSeries('linkedin', '104937', 'reach')).toBeUndefined();

      await recordReadings([year[3]!], day0 + 4 * DAY);
      expect(peekSeries('linkedin', '104937', 'impressions')).toBeUndefined();
      expect(await readSeries('linkedin', '104937', 'impressions')).toEqual(year.slice(0, 4));
      expect(peekSeries('linkedin', '104937', 'impressions')).toEqual(year.slice(0, 4));
    });

    it('reads a changed series right wherever it changed: an entry added, replaced, broken or removed', async () => {
      await recordReadings(year, day0 + 365 * DAY, Infinity);
      expect(await readSeries('linkedin', '104937', 'impressions')).toEqual(year);
      const stored = (await fakeBrowser.storage.local.get(key))[key] as { readings: string };
      const packed = JSON.parse(stored.readings) as unknown[][];
      const write = (entries: unknown[]) =>
        fakeBrowser.storage.local.set({ [key]: { ...stored, readings: JSON.stringify(entries) } });

      const later = reading({ at: day0 + 365 * DAY, text: '50,000', value: { value: 50000, kind: 'count' } });
      await recordReadings([later], day0 + 365 * DAY, Infinity);
      expect(await readSeries('linkedin', '104937', 'impressions')).toEqual([...year, later]);

      const middle = [...packed];
      middle[100] = [...packed[100]!];
      middle[100][3] = '99,999';
      await write(middle);
      const read = await readSeries('linkedin', '104937', 'impressions');
      expect(read[100]!.text).toBe('99,999');
      expect(read.filter((_, index) => index !== 100)).toEqual(year.filter((_, index) => index !== 100));

      const broken = [...packed];
      broken[200] = ['page-analytics', null, null, '', null, null, null, 'not a day', 0, 'tile'];
      await write(broken);
      expect(await readSeries('linkedin', '104937', 'impressions')).toEqual(year.filter((_, index) => index !== 200));

      await write(packed.slice(1));
      expect(await readSeries('linkedin', '104937', 'impressions')).toEqual(year.slice(1));
      await write(packed);
      expect(await readSeries('linkedin', '104937', 'impressions')).toEqual(year);
    });

    it('keeps aside a packed entry it cannot read, and a series whose text is not a list, never deleting either', async () => {
      await recordReadings(year.slice(0, 2), day0 + DAY);
      const stored = (await fakeBrowser.storage.local.get(key))[key] as { readings: string };
      const packed = JSON.parse(stored.readings) as unknown[];
      const broken = ['page-analytics', null, null, '', null, null, null, 'not a day', 0, 'tile'];
      await fakeBrowser.storage.local.set({ [key]: { ...stored, readings: JSON.stringify([...packed, broken]) } });
      expect(await readSeries('linkedin', '104937', 'impressions')).toEqual(year.slice(0, 2));
      await recordReadings([year[2]!], day0 + 2 * DAY);
      expect((await fakeBrowser.storage.local.get(null))[`kept:${key}:${day0 + 2 * DAY}`]).toMatchObject({
        value: [broken],
      });

      await fakeBrowser.storage.local.set({ [key]: { ...stored, readings: '[{"cut off' } });
      expect(await readSeries('linkedin', '104937', 'impressions')).toEqual([]);
      await recordReadings([year[3]!], day0 + 3 * DAY);
      expect((await fakeBrowser.storage.local.get(null))[`kept:${key}:${day0 + 3 * DAY}`]).toMatchObject({
        value: ['[{"cut off'],
      });
      expect(await readSeries('linkedin', '104937', 'impressions')).toEqual([year[3]]);
    });
  });
});
