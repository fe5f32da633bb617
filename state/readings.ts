// The leader's private history of what dashboards showed: one `local:` key per metric series
// (`readings:<id>` for a platform, account and metric), so one look at a dashboard rewrites only
// the series on screen, and a card reads only its own. An index (`readings-index`) counts the
// readings of each series, so the cap (MAX_READINGS, oldest first out) holds without reading
// everything. Readings that cannot be read are kept aside, never deleted.
import { browser } from 'wxt/browser';
import {
  addReading,
  capReadings,
  mergeReadings,
  MAX_READINGS,
  packReading,
  partitionReadings,
  readingKey,
  unpackReading,
  type Reading,
} from '../lib/model/reading';
import { z } from '../lib/zod';
import { storageFailure, type StorageFailure } from './failure';
import { KEPT_PREFIX } from './item';
import { withKeyLock } from './lock';
import { readStored } from './read-stored';

export const SERIES_PREFIX = 'readings:';
export const INDEX_KEY = 'readings-index';
/** A key holding one series of readings. */
export const isSeriesKey = (key: string) => key.startsWith(SERIES_PREFIX);
/** The keys of the history: its series and their index. */
export const isHistoryKey = (key: string) => key === INDEX_KEY || isSeriesKey(key);
/**
 * Version 2 stores the readings packed (lib/model/reading.ts `packReading`) in one JSON string;
 * version 1 stored them as objects, and is still read, and written as version 2 next time.
 */
const SERIES_VERSION = 2;

type Raw = Readonly<Record<string, unknown>>;

const seriesFields = { platform: z.string(), account: z.nullable(z.string()), metric: z.string() };
const seriesSchema = z.object({ v: z.literal(SERIES_VERSION), ...seriesFields, readings: z.string() });
const seriesV1Schema = z.object({ v: z.literal(1), ...seriesFields, readings: z.array(z.unknown()) });

const indexSchema = z.object({
  v: z.literal(1),
  series: z.record(z.string(), z.object({ platform: z.string(), count: z.int().check(z.minimum(0)) })),
});
type Index = z.infer<typeof indexSchema>['series'];

/** A short, stable id for a platform, account and metric (FNV-1a, two 32-bit halves). */
export function seriesId(platform: string, account: string | null, metric: string): string {
  const text = JSON.stringify([platform, account, metric]);
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    a = Math.imul(a ^ code, 0x01000193) >>> 0;
    b = Math.imul(b ^ code, 0x811c9dc5) >>> 0;
  }
  return `${a.toString(36)}${b.toString(36)}`;
}

const keyOf = (reading: Pick<Reading, 'platform' | 'account' | 'metric'>) =>
  `${SERIES_PREFIX}${seriesId(reading.platform, reading.account, reading.metric)}`;

interface Series {
  platform: string;
  account: string | null;
  metric: string;
  readings: Reading[];
  /** Stored entries that are not readable readings; set aside at the next write of the series. */
  unreadable: unknown[];
}

/** The packed readings of a series: each that reads, and what does not, as stored. */
function unpackSeries(series: Pick<Series, 'platform' | 'account' | 'metric'>, text: string) {
  let packed: unknown;
  try {
    packed = JSON.parse(text);
  } catch {
    packed = null;
  }
  if (!Array.isArray(packed)) return { readings: [], unreadable: [text] };
  return partitionReadings(packed, (entry) => unpackReading(series, entry));
}

/** Reads one stored series; a value that is not a series at all is all unreadable. */
function readSeriesValue(value: unknown): Series | null {
  if (value === undefined || value === null) return null;
  const packed = seriesSchema.safeParse(value);
  if (packed.success) {
    const { platform, account, metric } = packed.data;
    return { platform, account, metric, ...unpackSeries(packed.data, packed.data.readings) };
  }
  const old = seriesV1Schema.safeParse(value);
  if (!old.success) return { platform: '', account: null, metric: '', readings: [], unreadable: [value] };
  const { platform, account, metric } = old.data;
  return { platform, account, metric, ...partitionReadings(old.data.readings) };
}

function seriesValue(series: Series) {
  return {
    v: SERIES_VERSION,
    platform: series.platform,
    account: series.account,
    metric: series.metric,
    readings: JSON.stringify(series.readings.map(packReading)),
  };
}

/** Every reading in a storage snapshot, oldest first. */
export function readingsInSnapshot(snapshot: Raw): Reading[] {
  const all: Reading[] = [];
  for (const [key, value] of Object.entries(snapshot)) {
    if (isSeriesKey(key)) all.push(...(readSeriesValue(value)?.readings ?? []));
  }
  return all.sort((a, b) => a.at - b.at);
}

/** The index as stored, or null when it is missing or cannot be read. */
function storedIndex(values: Raw): Index | null {
  const parsed = indexSchema.safeParse(values[INDEX_KEY]);
  return parsed.success ? parsed.data.series : null;
}

/** The index rebuilt from every series in a snapshot. */
function rebuildIndex(snapshot: Raw): Index {
  const rebuilt: Index = {};
  for (const [key, value] of Object.entries(snapshot)) {
    if (!isSeriesKey(key)) continue;
    const series = readSeriesValue(value);
    if (series && series.readings.length > 0) {
      rebuilt[key.slice(SERIES_PREFIX.length)] = { platform: series.platform, count: series.readings.length };
    }
  }
  return rebuilt;
}

const seriesKeys = (index: Index) => Object.keys(index).map((id) => `${SERIES_PREFIX}${id}`);

/**
 * The writes that replace the stored series with `next` (by key), with the index to match and
 * unreadable entries set aside. Series left empty are removed, or with `oneCall` written empty,
 * so that everything goes in one storage call.
 */
function plan(stored: Raw, index: Index, next: ReadonlyMap<string, Series>, now: number, oneCall = false) {
  const set: Record<string, unknown> = {};
  const remove: string[] = [];
  const nextIndex: Index = { ...index };
  for (const [key, series] of next) {
    const id = key.slice(SERIES_PREFIX.length);
    const before = readSeriesValue(stored[key]);
    if (before && before.unreadable.length > 0) {
      set[`${KEPT_PREFIX}${key}:${now}`] = { key, value: before.unreadable, problem: 'partial', keptAt: now };
    }
    if (series.readings.length === 0) {
      if (oneCall) set[key] = seriesValue(series);
      else if (stored[key] !== undefined) remove.push(key);
      delete nextIndex[id];
    } else {
      set[key] = seriesValue(series);
      nextIndex[id] = { platform: series.platform, count: series.readings.length };
    }
  }
  set[INDEX_KEY] = { v: 1, series: nextIndex };
  return { set, remove };
}

/** Readings grouped by series key, each merged into what that series holds in `stored`. */
function mergedSeries(
  stored: Raw,
  readings: readonly Reading[],
  merge: (have: Reading[], add: Reading[]) => Reading[],
) {
  const bySeries = new Map<string, Reading[]>();
  for (const reading of readings) bySeries.set(keyOf(reading), [...(bySeries.get(keyOf(reading)) ?? []), reading]);
  const next = new Map<string, Series>();
  for (const [key, added] of bySeries) {
    const { platform, account, metric } = added[0]!;
    next.set(key, {
      platform,
      account,
      metric,
      readings: merge(readSeriesValue(stored[key])?.readings ?? [], added),
      unreadable: [],
    });
  }
  return next;
}

/** How many readings there would be with `next` written over the index's series. */
function totalAfter(index: Index, next: ReadonlyMap<string, Series>): number {
  let total = 0;
  for (const [id, entry] of Object.entries(index)) if (!next.has(`${SERIES_PREFIX}${id}`)) total += entry.count;
  for (const series of next.values()) total += series.readings.length;
  return total;
}

/**
 * `next`, with the oldest readings of every series dropped until at most `max` remain. `stored`
 * must hold every series of the index when the total is over `max`.
 */
function withinCap(stored: Raw, index: Index, next: Map<string, Series>, max: number): Map<string, Series> {
  if (totalAfter(index, next) <= max) return next;
  const all = new Map(next);
  for (const key of seriesKeys(index)) {
    const series = all.has(key) ? null : readSeriesValue(stored[key]);
    if (series) all.set(key, { ...series, unreadable: [] });
  }
  const kept = new Set(
    capReadings(
      [...all.values()].flatMap((series) => series.readings),
      max,
    ).map(readingKey),
  );
  for (const [key, series] of all)
    all.set(key, { ...series, readings: series.readings.filter((reading) => kept.has(readingKey(reading))) });
  return all;
}

export type HistoryWriteResult = { ok: true } | StorageFailure;

/** Writes a plan: the values in one call, then the series left empty removed. */
async function write({ set, remove }: { set: Record<string, unknown>; remove: string[] }): Promise<HistoryWriteResult> {
  await browser.storage.local.set(set);
  if (remove.length > 0) await browser.storage.local.remove(remove);
  return { ok: true };
}

/**
 * Adds a look at a dashboard to the history: one reading per slot and day, the latest kept; past
 * `max` readings the oldest go. Never throws.
 */
export async function recordReadings(
  readings: readonly Reading[],
  now = Date.now(),
  max = MAX_READINGS,
): Promise<HistoryWriteResult> {
  if (readings.length === 0) return { ok: true };
  try {
    return await withKeyLock(INDEX_KEY, async () => {
      const stored: Record<string, unknown> = await browser.storage.local.get([
        INDEX_KEY,
        ...new Set(readings.map(keyOf)),
      ]);
      const index = storedIndex(stored) ?? rebuildIndex(await readStored('local', isHistoryKey));
      const next = mergedSeries(stored, readings, (have, add) =>
        add.reduce((all, reading) => addReading(all, reading, Infinity), have),
      );
      if (totalAfter(index, next) > max) Object.assign(stored, await browser.storage.local.get(seriesKeys(index)));
      return write(plan(stored, index, withinCap(stored, index, next, max), now));
    });
  } catch (error) {
    return storageFailure(error);
  }
}

/** A series as last read: its stored text, its entries as parsed, and what each read as (null: unreadable). */
interface Known {
  text: string;
  platform: string;
  account: string | null;
  metric: string;
  entries: readonly unknown[];
  read: readonly (Reading | null)[];
  readings: readonly Reading[];
  /** No change to the key has been seen since it was read: the copy can be shown before asking storage. */
  fresh: boolean;
}

/**
 * The last series read in this page, by key. A card opened again shows its copy at once while
 * storage confirms it; a series that changed is checked again only from its first changed entry
 * (a new day's reading is added at the end), not over a year of readings (9 ms in the panel).
 */
const lastRead = new Map<string, Known>();
const lastReadKept = 16;
/** Changes seen per series key, so that a read that a change overtook is not taken as fresh. */
const changesSeen = new Map<string, number>();

function onSeriesChanged(changes: Record<string, unknown>, area: string) {
  if (area !== 'local') return;
  for (const key of Object.keys(changes)) {
    if (!isSeriesKey(key)) continue;
    changesSeen.set(key, (changesSeen.get(key) ?? 0) + 1);
    const known = lastRead.get(key);
    if (known) known.fresh = false;
  }
}

/** Whether changes to the series are being watched; from the first read on. */
const watched = () => browser.storage?.onChanged?.hasListener(onSeriesChanged) ?? false;

function watchSeriesChanges() {
  if (watched() || !browser.storage?.onChanged) return;
  // Not watched until now: nothing read before can be known to be up to date.
  for (const known of lastRead.values()) known.fresh = false;
  browser.storage.onChanged.addListener(onSeriesChanged);
}

const sameEntry = (a: unknown, b: unknown): boolean =>
  a === b ||
  (Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, at) => sameEntry(item, b[at])));

/** A packed series read with what is known of its last version: only entries from the first change are checked. */
function readPacked(value: unknown, known: Known | undefined): Omit<Known, 'fresh'> | null {
  const series = seriesSchema.safeParse(value);
  if (!series.success) return null;
  const { platform, account, metric, readings: text } = series.data;
  let entries: unknown;
  try {
    entries = JSON.parse(text);
  } catch {
    return null;
  }
  if (!Array.isArray(entries)) return null;
  const sameSeries = known && known.platform === platform && known.account === account && known.metric === metric;
  let kept = 0;
  if (sameSeries) {
    while (kept < entries.length && kept < known.entries.length && sameEntry(entries[kept], known.entries[kept])) {
      kept += 1;
    }
  }
  const rest = entries.slice(kept);
  const checked = partitionReadings(rest, (entry) => unpackReading({ platform, account, metric }, entry));
  const unreadable = new Set(checked.unreadable);
  let next = 0;
  const read = [
    ...(sameSeries ? known.read.slice(0, kept) : []),
    ...rest.map((entry) => (unreadable.has(entry) ? null : checked.readings[next++]!)),
  ];
  const readings = read.filter((reading): reading is Reading => reading !== null);
  return { text, platform, account, metric, entries, read, readings };
}

/** The series' readings if this page read them and has seen no change to them since; undefined otherwise. */
export function peekSeries(platform: string, account: string | null, metric: string): Reading[] | undefined {
  const known = lastRead.get(keyOf({ platform, account, metric }));
  return known?.fresh && watched() ? [...known.readings] : undefined;
}

/** The readings of one metric on one platform and account, oldest first. Rejects only if storage does. */
export async function readSeries(platform: string, account: string | null, metric: string): Promise<Reading[]> {
  watchSeriesChanges();
  const key = keyOf({ platform, account, metric });
  const changesBefore = changesSeen.get(key) ?? 0;
  const value = (await browser.storage.local.get(key))[key];
  const fresh = (changesSeen.get(key) ?? 0) === changesBefore;
  const text = (value as { readings?: unknown } | undefined)?.readings;
  const known = lastRead.get(key);
  if (known && known.text === text) {
    known.fresh ||= fresh;
    return [...known.readings];
  }
  lastRead.delete(key);
  const packed = readPacked(value, known);
  if (!packed) return readSeriesValue(value)?.readings ?? [];
  lastRead.set(key, { ...packed, fresh });
  if (lastRead.size > lastReadKept) lastRead.delete(lastRead.keys().next().value!);
  return [...packed.readings];
}

/** How many readings are kept, in all and per platform, from the index. Rejects only if storage does. */
export async function countReadings(): Promise<{ total: number; byPlatform: Record<string, number> }> {
  const index =
    storedIndex(await browser.storage.local.get(INDEX_KEY)) ?? rebuildIndex(await readStored('local', isHistoryKey));
  const byPlatform: Record<string, number> = {};
  let total = 0;
  for (const entry of Object.values(index)) {
    byPlatform[entry.platform] = (byPlatform[entry.platform] ?? 0) + entry.count;
    total += entry.count;
  }
  return { total, byPlatform };
}

/** Forgets the readings of one platform, or all of them. Never throws. */
export async function forgetReadings(platform?: string, now = Date.now()): Promise<HistoryWriteResult> {
  try {
    return await withKeyLock(INDEX_KEY, async () => {
      const snapshot = await readStored('local', isHistoryKey);
      const index = storedIndex(snapshot) ?? rebuildIndex(snapshot);
      const next = new Map<string, Series>();
      for (const [id, entry] of Object.entries(index)) {
        if (platform === undefined || entry.platform === platform) {
          next.set(`${SERIES_PREFIX}${id}`, {
            platform: entry.platform,
            account: null,
            metric: '',
            readings: [],
            unreadable: [],
          });
        }
      }
      return write(plan(snapshot, index, next, now));
    });
  } catch (error) {
    return storageFailure(error);
  }
}

/**
 * What importing readings would write against this snapshot: each reading merged into its series
 * without duplicates (a slot's later reading wins), the cap held. For the backup section.
 */
export function planReadingsImport(snapshot: Raw, readings: readonly Reading[], now: number, max = MAX_READINGS) {
  const index = storedIndex(snapshot) ?? rebuildIndex(snapshot);
  const before = new Set(readingsInSnapshot(snapshot).map(readingKey));
  const added = new Set(readings.map(readingKey).filter((key) => !before.has(key))).size;
  const next = mergedSeries(snapshot, readings, (have, add) => mergeReadings(have, add, Infinity));
  const changed = [...next].filter(
    ([key, series]) =>
      JSON.stringify(readSeriesValue(snapshot[key])?.readings ?? []) !== JSON.stringify(series.readings),
  );
  if (changed.length === 0) return { writes: {}, added, unchanged: readings.length - added };
  const { set } = plan(snapshot, index, withinCap(snapshot, index, new Map(changed), max), now, true);
  return { writes: set, added, unchanged: readings.length - added };
}
