// What every kept record shares (notes, team members, 1:1 items…), so one collection
// (state/collection.ts) can store, merge and version any of them.
import { z } from '../zod';

/** Ids are letters, digits, `-` and `_`. Records are kept in `Map`s, so no id can reach a prototype. */
export const recordIdPattern = /^[A-Za-z0-9_-]{1,64}$/;
export const recordIdSchema = z.string().check(z.regex(recordIdPattern, 'ids are letters, digits, - and _'));

/** Milliseconds since 1970, never negative. */
export const timestampSchema = z.int().check(z.minimum(0));

// Quick checks beside the schemas, for the records read by the thousand (notes, readings): a value
// a quick check takes skips its schema, and anything it is not sure of still goes through it.

/** A plain object's fields. */
export type Fields = Record<string, unknown>;
/** A plain object, not null and not a list: the shape of every stored record and backup part. */
export const isObject = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
/** An object with exactly `keys` keys, and perhaps this optional one. */
export const hasKeys = (value: Fields, keys: number, optional?: string) =>
  Object.keys(value).length === keys + (optional !== undefined && optional in value ? 1 : 0);
export const isRecordId = (value: unknown) => typeof value === 'string' && recordIdPattern.test(value);
/** What `timestampSchema` takes. */
export const isTimestamp = (value: unknown) => Number.isSafeInteger(value) && (value as number) >= 0;

/** Orders records by id: the last tie-break, so that each kind of record has one order, whatever came first. */
export const compareIds = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** One day in milliseconds. */
export const DAY_MS = 24 * 60 * 60 * 1000;

/** The fields a collection relies on. */
export interface StoredRecord {
  /** The record's schema version. */
  v: number;
  id: string;
  /** Also the record's version for last-writer-wins: every save makes it larger. */
  updatedAt: number;
  /** Set when removed: the record stays a while so undo works and other views see it go. */
  deletedAt: number | null;
}

/** A thrown value as text, for a message or a log. */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Whether two values as stored (JSON: no functions, no cycles) are the same, whatever the order of their keys. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left);
  return (
    keys.length === Object.keys(right).length &&
    keys.every((key) => Object.hasOwn(right, key) && sameJson(left[key], right[key]))
  );
}
