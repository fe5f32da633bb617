// One reading: a metric's value and change as a dashboard showed them on one day, kept in the
// leader's private history. The schema, its key, and the pure helpers the history store, the
// card ("last time you looked") and import build on. Nothing here touches storage.
import { idPattern, idSchema, valueKindSchema } from '../../content/schema';
import type { ParsedChange, ParsedValue } from '../values';
import { z } from '../zod';
import { DAY_MS, hasKeys, isObject, isTimestamp, timestampSchema } from './record';

export const READING_VERSION = 1;
/** The most readings kept; beyond it the oldest go first. */
export const MAX_READINGS = 20_000;
/** Text read from a page is short; anything longer is not a value and is cut. */
export const MAX_READING_TEXT = 200;

const shownTextSchema = z.string().check(z.trim(), z.minLength(1), z.maxLength(MAX_READING_TEXT));

export const parsedValueSchema = z.object({
  value: z.number().check(z.refine(Number.isFinite, 'a value is a finite number')),
  kind: valueKindSchema,
  currency: z.optional(z.string().check(z.minLength(1), z.maxLength(8))),
});

export const parsedChangeSchema = z.extend(parsedValueSchema, {
  value: z.number().check(z.minimum(0), z.refine(Number.isFinite, 'a change is a finite number')),
  direction: z.enum(['up', 'down', 'flat']),
});

export const periodSchema = z
  .object({ start: z.iso.date(), end: z.iso.date() })
  .check(z.refine((period) => period.start <= period.end, 'a period ends on or after its start'));

/** Where on the page a value was read, for a label shown twice (a tile and a table). */
export const readingPlaceSchema = z.enum(['tile', 'table', 'row']);

export const readingSchema = z.object({
  v: z.literal(READING_VERSION),
  platform: idSchema,
  /** The account or Page the dashboard was about, as context detection named it; null when unknown. */
  account: z.nullable(shownTextSchema),
  surface: idSchema,
  metric: idSchema,
  /** The date range as the page wrote it ("Last 28 days"), and its dates when they could be read. */
  rangeText: z.nullable(shownTextSchema),
  period: z.nullable(periodSchema),
  /** The value exactly as shown, so one that did not parse still shows as text, never as a guess. */
  text: shownTextSchema,
  value: z.nullable(parsedValueSchema),
  /** The change as shown beside it, and as read; null when the page showed none. */
  changeText: z.nullable(shownTextSchema),
  change: z.nullable(parsedChangeSchema),
  /** The leader's calendar day when it was read, `YYYY-MM-DD`. */
  day: z.iso.date(),
  /** When it was read, in milliseconds since 1970. */
  at: timestampSchema,
  where: z.nullable(readingPlaceSchema),
});
export type Reading = z.infer<typeof readingSchema>;

// The schemas and lib/values.ts describe the same shapes; these lines fail to compile if they drift.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const valuesAgree: Same<z.infer<typeof parsedValueSchema>, ParsedValue> = true;
const changesAgree: Same<z.infer<typeof parsedChangeSchema>, ParsedChange> = true;
void [valuesAgree, changesAgree];

/**
 * What makes two readings the same slot of the history: platform, account, surface, metric,
 * range (its dates when known, else its text), place and day. Kept at most once each.
 */
export function readingKey(reading: Reading): string {
  const range = reading.period ? `${reading.period.start}/${reading.period.end}` : reading.rangeText;
  return JSON.stringify([
    reading.platform,
    reading.account,
    reading.surface,
    reading.metric,
    range,
    reading.where,
    reading.day,
  ]);
}

const byTime = (a: Reading, b: Reading) => a.at - b.at;

/** At most `max` readings, the oldest dropped first; returned oldest first. */
export function capReadings(history: readonly Reading[], max = MAX_READINGS): Reading[] {
  const sorted = [...history].sort(byTime);
  return sorted.slice(Math.max(0, sorted.length - max));
}

/**
 * Both lists as one, each slot once: where both hold a slot, the later reading of that day
 * wins (the first list's on a tie, so merging a file twice changes nothing). Oldest first, capped.
 */
export function mergeReadings(a: readonly Reading[], b: readonly Reading[], max = MAX_READINGS): Reading[] {
  const slots = new Map<string, Reading>();
  for (const reading of [...a, ...b]) {
    const key = readingKey(reading);
    const kept = slots.get(key);
    if (!kept || reading.at > kept.at) slots.set(key, reading);
  }
  return capReadings([...slots.values()], max);
}

/** The history with this reading added: it replaces an earlier one of the same slot and day. */
export function addReading(history: readonly Reading[], reading: Reading, max = MAX_READINGS): Reading[] {
  return mergeReadings(history, [reading], max);
}

export interface ReadingsQuery {
  metric: string;
  platform: string;
  /** Readings of other accounts stay out; null matches readings whose account was unknown. */
  account: string | null;
  /** Today, `YYYY-MM-DD`: "last time" is the latest reading before it. */
  today: string;
  /** How many days the sparkline shows; 30 when not given. */
  limit?: number;
  /** Only ranges of this many days ("Last 28 days" read on different days is still 28 days). */
  periodLength?: number;
  where?: Reading['where'];
}

export interface MetricReadings {
  /** The latest reading from a day before today, for "Last time you looked (12 Nov): 6.9%". */
  previous: Reading | null;
  /** One reading a day (the day's latest), oldest first, the last `limit` days up to today. */
  recent: Reading[];
}

const lengthOf = (period: NonNullable<Reading['period']>) =>
  (Date.parse(period.end) - Date.parse(period.start)) / DAY_MS + 1;

/** A metric's readings on one platform and account, for the card's "last time" and its sparkline. */
export function readingsFor(history: readonly Reading[], query: ReadingsQuery): MetricReadings {
  const byDay = new Map<string, Reading>();
  for (const reading of history) {
    if (reading.metric !== query.metric || reading.platform !== query.platform || reading.account !== query.account)
      continue;
    if (reading.day > query.today) continue;
    if (query.where !== undefined && reading.where !== query.where) continue;
    if (query.periodLength !== undefined && (!reading.period || lengthOf(reading.period) !== query.periodLength))
      continue;
    const kept = byDay.get(reading.day);
    if (!kept || reading.at > kept.at) byDay.set(reading.day, reading);
  }
  const days = [...byDay.values()].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
  const before = days.filter((reading) => reading.day < query.today);
  return { previous: before.at(-1) ?? null, recent: days.slice(-(query.limit ?? 30)) };
}

/**
 * Stored values split into readings and the rest. What cannot be read is handed back untouched,
 * as stored (before `decode`, which unpacks a packed reading), to be kept aside, never deleted.
 */
export function partitionReadings(
  values: readonly unknown[],
  decode: (value: unknown) => unknown = (value) => value,
): { readings: Reading[]; unreadable: unknown[] } {
  const readings: Reading[] = [];
  const unreadable: unknown[] = [];
  for (const value of values) {
    const decoded = decode(value);
    if (isPlainReading(decoded)) {
      readings.push(decoded);
      continue;
    }
    const parsed = readingSchema.safeParse(decoded);
    if (parsed.success) readings.push(parsed.data);
    else unreadable.push(value);
  }
  return { readings, unreadable };
}

const datePattern = /^\d{4}-\d{2}-\d{2}$/;
const valueKinds = new Set<unknown>(valueKindSchema.options);
const directions = new Set<unknown>(['up', 'down', 'flat']);
const places = new Set<unknown>(readingPlaceSchema.options);

const isId = (value: unknown) => typeof value === 'string' && idPattern.test(value);
/** Shown text already trimmed: the schema would give it back as it is. */
const isShown = (value: unknown) =>
  typeof value === 'string' && value.length >= 1 && value.length <= MAX_READING_TEXT && value.trim() === value;
const isShownOrNull = (value: unknown) => value === null || isShown(value);

function isDate(value: unknown): boolean {
  if (typeof value !== 'string' || !datePattern.test(value)) return false;
  const [year, month, day] = [Number(value.slice(0, 4)), Number(value.slice(5, 7)), Number(value.slice(8))];
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return days !== undefined && day >= 1 && day <= days;
}

function isFigure(value: unknown, change: boolean): boolean {
  if (!isObject(value) || !hasKeys(value, change ? 3 : 2, 'currency')) return false;
  const { value: amount, kind, currency } = value;
  return (
    typeof amount === 'number' &&
    Number.isFinite(amount) &&
    (!change || amount >= 0) &&
    valueKinds.has(kind) &&
    (!change || directions.has(value.direction)) &&
    (!('currency' in value) || (typeof currency === 'string' && currency.length >= 1 && currency.length <= 8))
  );
}

/**
 * Whether a value is a reading exactly as `readingSchema` would give it back: no key more, text
 * already trimmed. Checking a year of readings through the schema takes 7–28 ms; this takes well
 * under one, and anything it is not sure of still goes through the schema. A test holds the two
 * to the same answer (reading.test.ts).
 */
export function isPlainReading(value: unknown): value is Reading {
  if (!isObject(value) || !hasKeys(value, 14)) return false;
  const { period } = value;
  return (
    value.v === READING_VERSION &&
    isId(value.platform) &&
    isShownOrNull(value.account) &&
    isId(value.surface) &&
    isId(value.metric) &&
    isShownOrNull(value.rangeText) &&
    (period === null ||
      (isObject(period) &&
        hasKeys(period, 2) &&
        isDate(period.start) &&
        isDate(period.end) &&
        (period.start as string) <= (period.end as string))) &&
    isShown(value.text) &&
    (value.value === null || isFigure(value.value, false)) &&
    isShownOrNull(value.changeText) &&
    (value.change === null || isFigure(value.change, true)) &&
    isDate(value.day) &&
    isTimestamp(value.at) &&
    (value.where === null || places.has(value.where))
  );
}

/**
 * How a reading is stored inside its series: its own fields as one array in this order (the
 * series holds the platform, account and metric once). A year of readings stored as objects was
 * 140 KB, and `storage.local.get` took 28–46 ms to hand it to the panel; packed into one JSON
 * string it is a third of that size and reads in a few milliseconds (bench/history.mjs).
 */
export const PACKED_READING_FIELDS = [
  'surface',
  'rangeText',
  'period',
  'text',
  'value',
  'changeText',
  'change',
  'day',
  'at',
  'where',
] as const;

type Packed = (string | number | null | (string | number)[])[];

/** A reading as the array stored in its series; nested values too, so the text is the same however it was built. */
export function packReading(reading: Reading): Packed {
  const { value, change, period } = reading;
  return [
    reading.surface,
    reading.rangeText,
    period && [period.start, period.end],
    reading.text,
    value && (value.currency === undefined ? [value.value, value.kind] : [value.value, value.kind, value.currency]),
    reading.changeText,
    change &&
      (change.currency === undefined
        ? [change.value, change.kind, change.direction]
        : [change.value, change.kind, change.direction, change.currency]),
    reading.day,
    reading.at,
    reading.where,
  ];
}

const pair = (value: unknown): unknown[] | null => (Array.isArray(value) ? value : null);

/**
 * A stored array back as a reading of this series, unchecked: `partitionReadings` decides whether
 * it reads. Anything that is not an array comes back as it is, to fail that check.
 */
export function unpackReading(series: Pick<Reading, 'platform' | 'account' | 'metric'>, packed: unknown): unknown {
  if (!Array.isArray(packed) || packed.length !== PACKED_READING_FIELDS.length) return packed;
  const [surface, rangeText, period, text, value, changeText, change, day, at, where] = packed as unknown[];
  const shown = pair(value);
  const moved = pair(change);
  const dates = pair(period);
  return {
    v: READING_VERSION,
    platform: series.platform,
    account: series.account,
    surface,
    metric: series.metric,
    rangeText,
    period: dates ? { start: dates[0], end: dates[1] } : period,
    text,
    value: shown ? { value: shown[0], kind: shown[1], ...(shown.length > 2 ? { currency: shown[2] } : {}) } : value,
    changeText,
    change: moved
      ? {
          value: moved[0],
          kind: moved[1],
          direction: moved[2],
          ...(moved.length > 3 ? { currency: moved[3] } : {}),
        }
      : change,
    day,
    at,
    where,
  };
}
