// The first records of a collection's list as a page last showed them, kept by id under a key of
// their own, so that a page opening at the list can draw them before it has read every record.
// With 10,000 notes, reading them all takes 300–350 ms of the 590–810 ms the side panel took to
// open at Notes; reading the key and its 50 notes takes a few. The ids are only a hint of what to
// draw first: each record is read from its own key and checked as any other, no record is written
// or removed because of the hint, and the full list replaces it as soon as it is read.
import { browser } from 'wxt/browser';
import type { StoredRecord } from '../lib/model/record';
import type { Collection } from './collection';
import { withKeyLock } from './lock';

export interface ListHeadSpec {
  /** The storage key, outside the collection's prefix. */
  key: string;
  /** How many ids it keeps: the rows a list draws first. */
  size: number;
}

/** How long the list must stay the same before its head is written: a burst of saves writes once. */
export const headWriteDelayMs = 1000;

const headVersion = 1;

/** The ids stored under the key, or null when there are none or the value is not ours to read. */
export function headIds(value: unknown, size: number): string[] | null {
  if (!value || typeof value !== 'object') return null;
  const { v, ids } = value as { v?: unknown; ids?: unknown };
  if (v !== headVersion || !Array.isArray(ids)) return null;
  return ids.filter((id): id is string => typeof id === 'string').slice(0, size);
}

/**
 * The stored ids, and the records they name in their order, each read from its own key: those
 * gone, removed or unreadable are left out (the full read reports the unreadable). Null when
 * there is no head.
 */
export async function readHead<T extends StoredRecord>(
  collection: Collection<T>,
  spec: ListHeadSpec,
): Promise<{ ids: string[]; records: T[] } | null> {
  const ids = headIds((await browser.storage.local.get(spec.key))[spec.key], spec.size);
  if (!ids) return null;
  if (ids.length === 0) return { ids, records: [] };
  const names = ids.map((id) => collection.key(id));
  const values = await browser.storage.local.get(names);
  const records: T[] = [];
  for (const name of names) {
    if (values[name] === undefined || values[name] === null) continue;
    const read = collection.read(name, values[name]);
    if (read.ok && read.record.deletedAt === null) records.push(read.record);
  }
  return { ids, records };
}

const sameIds = (a: readonly string[] | null, b: readonly string[]) =>
  a !== null && a.length === b.length && a.every((id, index) => id === b[index]);

/**
 * Keeps the head in step with a page's list: `shown` with the list after each change, and once the
 * list has stayed the same for `headWriteDelayMs` its first ids are written, if they differ from
 * what is stored. An empty list removes the key instead, so that nothing is left behind once every
 * record is gone (after "Delete all data"). A write that fails is tried again at the next change:
 * the head only saves time, and a full storage must not be filled further for it.
 */
export function createHeadWriter(spec: ListHeadSpec, stored: readonly string[] | null, keyOf: (id: string) => string) {
  let last = stored;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let pending: readonly string[] = [];

  async function write() {
    timer = null;
    const ids = pending;
    if (sameIds(last, ids) || (ids.length === 0 && last === null)) return;
    try {
      await withKeyLock(spec.key, async () => {
        if (ids.length === 0) return browser.storage.local.remove(spec.key);
        // The list may be older than storage: after "Delete all data", which waits for this
        // write's lock or holds it first, the first record is gone and nothing comes back.
        const first = keyOf(ids[0]!);
        if ((await browser.storage.local.get(first))[first] === undefined) return;
        await browser.storage.local.set({ [spec.key]: { v: headVersion, ids } });
      });
      last = ids.length === 0 ? null : ids;
    } catch {
      // Left as it was: the next change tries again.
    }
  }

  return {
    shown(items: readonly StoredRecord[]) {
      pending = items.slice(0, spec.size).map((record) => record.id);
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(() => void write(), headWriteDelayMs);
    },
    stop() {
      if (timer !== null) clearTimeout(timer);
      timer = null;
    },
  };
}
