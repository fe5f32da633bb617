// One keyed-record collection, used by every kind of record the leader keeps (notes, team
// members, 1:1 items): one `local:` storage key per record (`<prefix><id>`), validated and migrated
// on every read, saved with per-record last-writer-wins under a lock, removed softly so undo works,
// and merged on import by the same rules. A stored value that cannot be read (damaged, or written
// by a newer Sidecoach) is reported and never rewritten: it may be the only copy of someone's words.
// Saving never throws; every failure comes back as a result with a message.
import { browser, type Browser } from 'wxt/browser';
import { message, type Message, type MessageKey } from '../lib/i18n';
import { isObject, type StoredRecord } from '../lib/model/record';
import type { z } from '../lib/zod';
import { storageFailure, type StorageFailure } from './failure';
import { withKeyLock } from './lock';
import { readStored } from './read-stored';

type Raw = Record<string, unknown>;

export interface CollectionSpec<T extends StoredRecord> {
  /** Storage key prefix, such as `note:`. */
  prefix: string;
  schema: z.ZodMiniType<T>;
  /**
   * A quick check beside the schema, for records read by the thousand: a stored value it takes is
   * read as it is, without the schema; anything else goes through the schema.
   */
  isPlain?(value: unknown): value is T;
  /** The current record version. */
  version: number;
  /** `migrations[n]` turns a version-n record into version n + 1. */
  migrations?: Readonly<Record<number, (record: Raw) => Raw>>;
  /** The order records are shown in: total (ties end on the id), so a store can place one record without sorting all. */
  compare(a: T, b: T): number;
  /** How long a removed record is kept, so undo and a later restore can still bring it back. */
  retentionMs: number;
  /** Why a record cannot be saved, in the leader's words. */
  invalid(record: T, error: z.core.$ZodError): Message;
  messages: {
    /** A stored value that is not a readable record. */
    unreadable: MessageKey;
    /** A record saved by a newer Sidecoach; `{version}`. */
    newer: MessageKey;
    /** A record stored under another record's key; `{id}`. */
    wrongKey: MessageKey;
    /** Saved meanwhile in another window. */
    conflictChanged: MessageKey;
    /** Removed meanwhile in another window. */
    conflictRemoved: MessageKey;
    /** Asked about a record this view does not know. */
    missing: MessageKey;
    /** Storage could not be read at all; `{detail}`. */
    loadFailed: MessageKey;
  };
  /** What a record says, to spot the same record imported twice under two ids. */
  contentKey?(record: T): string;
}

export interface RecordProblem {
  /** The storage key; the value under it is left exactly as it is. */
  key: string;
  reason: Message;
}

export type RecordRead<T> = { ok: true; record: T } | { ok: false; problem: RecordProblem };

export type SaveResult<T> =
  | { ok: true; record: T }
  /** Someone saved (or removed) this record since the version the caller started from. */
  | { ok: false; reason: 'conflict'; current: T | null; message: Message }
  /** The record itself is not valid; nothing was written. */
  | { ok: false; reason: 'invalid'; message: Message }
  | StorageFailure;

/** What importing records would do, decided against one snapshot of storage. */
export interface MergePlan<T> {
  /** Records this device does not have. */
  added: T[];
  /** Records this device has in an older version. */
  updated: T[];
  /** Records this device has in the same or a newer version, or has the same content of under another id. */
  unchanged: T[];
  /** Records this device holds in a form it cannot read (damaged, or from a newer Sidecoach): left alone. */
  kept: T[];
  /** The values to write, by key. */
  writes: Map<string, T>;
}

export interface Collection<T extends StoredRecord> {
  readonly spec: CollectionSpec<T>;
  key(id: string): string;
  isKey(key: string): boolean;
  /** Brings a stored or imported record of an earlier version up to the current one. Never throws. */
  migrate(raw: unknown): unknown;
  /** Reads the value stored under `key`, or says why it cannot. */
  read(key: string, value: unknown): RecordRead<T>;
  /** Every stored record, removed ones included, from one read; unreadable values are reported. */
  list(): Promise<{ records: T[]; problems: RecordProblem[] }>;
  /** Every record in a storage snapshot, removed ones included, and what could not be read. */
  fromSnapshot(snapshot: Readonly<Raw>): { records: T[]; problems: RecordProblem[] };
  /**
   * Saves one record, touching no other key. `expectedUpdatedAt` is the `updatedAt` of the version
   * the caller started from (null for a new record): if storage holds anything else, nothing is
   * written and the result is a conflict carrying what is stored. Stamps a larger `updatedAt`.
   */
  save(record: T, options: { expectedUpdatedAt: number | null; now?: number }): Promise<SaveResult<T>>;
  /** Removes softly the version the caller has; a newer edit elsewhere makes it a conflict. */
  remove(record: T, now?: number): Promise<SaveResult<T>>;
  /** Undoes a removal, unless anyone changed the record since, so older data never replaces newer. */
  restore(record: T, now?: number): Promise<SaveResult<T>>;
  /**
   * Deletes for good what was removed longer ago than the retention period. Returns how many.
   * `known` are the records as a caller just read them, so as not to read every one again.
   */
  purge(now?: number, known?: readonly T[]): Promise<number>;
  /** Decides, record by record, what importing would do against this snapshot. Writes nothing. */
  planMerge(snapshot: Readonly<Raw>, incoming: readonly T[]): MergePlan<T>;
  /** Calls back with the keys that changed and their new raw values (`undefined` when removed). */
  watch(callback: (changes: ReadonlyMap<string, unknown>) => void): () => void;
}

/** A collection of records of one kind. */
export function defineCollection<T extends StoredRecord>(spec: CollectionSpec<T>): Collection<T> {
  const { prefix, schema, version, messages } = spec;
  const migrations = spec.migrations ?? {};
  const key = (id: string) => `${prefix}${id}`;
  const isKey = (name: string) => name.startsWith(prefix);

  function migrate(raw: unknown): unknown {
    let record = raw;
    while (isObject(record) && typeof record.v === 'number' && record.v < version) {
      const step = migrations[record.v];
      if (!step) break; // an unknown old version: validation reports it
      record = step(record);
    }
    return record;
  }

  function read(name: string, value: unknown): RecordRead<T> {
    const fail = (reason: Message): RecordRead<T> => ({ ok: false, problem: { key: name, reason } });
    if (spec.isPlain?.(value)) {
      return key(value.id) === name ? { ok: true, record: value } : fail(message(messages.wrongKey, { id: value.id }));
    }
    const migrated = migrate(value);
    if (isObject(migrated) && typeof migrated.v === 'number' && migrated.v > version) {
      return fail(message(messages.newer, { version: Number.isSafeInteger(migrated.v) ? migrated.v : '?' }));
    }
    const parsed = schema.safeParse(migrated);
    if (!parsed.success) return fail(message(messages.unreadable));
    if (key(parsed.data.id) !== name) return fail(message(messages.wrongKey, { id: parsed.data.id }));
    return { ok: true, record: parsed.data };
  }

  function fromSnapshot(snapshot: Readonly<Raw>) {
    const records: T[] = [];
    const problems: RecordProblem[] = [];
    for (const [name, value] of Object.entries(snapshot)) {
      if (!isKey(name)) continue;
      const result = read(name, value);
      if (result.ok) records.push(result.record);
      else problems.push(result.problem);
    }
    return { records, problems };
  }

  async function save(
    record: T,
    { expectedUpdatedAt, now = Date.now() }: { expectedUpdatedAt: number | null; now?: number },
  ): Promise<SaveResult<T>> {
    const parsed = schema.safeParse(record);
    if (!parsed.success) return { ok: false, reason: 'invalid', message: spec.invalid(record, parsed.error) };
    const name = key(parsed.data.id);
    try {
      return await withKeyLock(name, async (): Promise<SaveResult<T>> => {
        const stored: unknown = (await browser.storage.local.get(name))[name];
        let current: T | null = null;
        if (stored !== undefined && stored !== null) {
          const result = read(name, stored);
          // Never overwrite what we cannot read: a newer Sidecoach may have written it.
          if (!result.ok) return { ok: false, reason: 'error', message: result.problem.reason };
          current = result.record;
        }
        if ((current?.updatedAt ?? null) !== expectedUpdatedAt) {
          const removed = current === null || current.deletedAt !== null;
          return {
            ok: false,
            reason: 'conflict',
            current,
            message: message(removed ? messages.conflictRemoved : messages.conflictChanged),
          };
        }
        // Strictly larger than the stored version even if this device's clock went back.
        const saved = { ...parsed.data, updatedAt: Math.max(now, (current?.updatedAt ?? 0) + 1) };
        await browser.storage.local.set({ [name]: saved });
        return { ok: true, record: saved };
      });
    } catch (error) {
      return storageFailure(error);
    }
  }

  /**
   * The stored values of this collection's keys. Where the browser lists keys (Chrome 130,
   * Firefox 143), only those are read, a few hundred at a time (see read-stored.ts): the side
   * panel lists three collections as it opens. Elsewhere (Firefox ESR 140) every value is read,
   * and the others are passed over.
   */
  const ownValues = (): Promise<Raw> => readStored('local', isKey);

  async function purge(now = Date.now(), known?: readonly T[]): Promise<number> {
    const records = known ?? fromSnapshot(await ownValues()).records;
    const expired = records.filter((record) => record.deletedAt !== null && now - record.deletedAt > spec.retentionMs);
    let purged = 0;
    for (const record of expired) {
      const name = key(record.id);
      await withKeyLock(name, async () => {
        const result = read(name, (await browser.storage.local.get(name))[name]);
        // Only the exact version seen as removed: a restore or an edit meanwhile wins.
        if (result.ok && result.record.updatedAt === record.updatedAt && result.record.deletedAt !== null) {
          await browser.storage.local.remove(name);
          purged += 1;
        }
      });
    }
    return purged;
  }

  function planMerge(snapshot: Readonly<Raw>, incoming: readonly T[]): MergePlan<T> {
    const plan: MergePlan<T> = { added: [], updated: [], unchanged: [], kept: [], writes: new Map() };
    const contents = new Set<string>();
    if (spec.contentKey) {
      for (const record of fromSnapshot(snapshot).records) {
        if (record.deletedAt === null) contents.add(spec.contentKey(record));
      }
    }
    for (const record of incoming) {
      const name = key(record.id);
      const stored = Object.hasOwn(snapshot, name) ? snapshot[name] : undefined;
      const content = spec.contentKey?.(record);
      if (stored === undefined || stored === null) {
        if (content !== undefined && contents.has(content)) plan.unchanged.push(record);
        else {
          plan.added.push(record);
          plan.writes.set(name, record);
        }
      } else {
        const current = read(name, stored);
        if (!current.ok) plan.kept.push(record);
        else if (record.updatedAt > current.record.updatedAt) {
          plan.updated.push(record);
          plan.writes.set(name, record);
        } else plan.unchanged.push(record);
      }
      if (content !== undefined) contents.add(content);
    }
    return plan;
  }

  function watch(callback: (changes: ReadonlyMap<string, unknown>) => void): () => void {
    const listener = (changes: Record<string, Browser.storage.StorageChange>, area: string) => {
      if (area !== 'local') return;
      const values = new Map<string, unknown>();
      // Some browsers report a removed key as `null`: one shape for callers, `undefined`.
      for (const [name, change] of Object.entries(changes))
        if (isKey(name)) values.set(name, change.newValue ?? undefined);
      if (values.size > 0) callback(values);
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  }

  return {
    spec,
    key,
    isKey,
    migrate,
    read,
    fromSnapshot,
    list: async () => fromSnapshot(await ownValues()),
    save,
    remove: (record, now = Date.now()) =>
      save({ ...record, deletedAt: now }, { expectedUpdatedAt: record.updatedAt, now }),
    restore: (record, now = Date.now()) =>
      save({ ...record, deletedAt: null }, { expectedUpdatedAt: record.updatedAt, now }),
    purge,
    planMerge,
    watch,
  };
}
