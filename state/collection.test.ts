// The record collection, tried with each kind of record it keeps (notes, team members, 1:1
// items): the same rules for reading, saving, conflicts, removal and undo, unreadable values and
// import planning hold for every one.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { say } from '../lib/i18n';
import { newAgendaItem, type AgendaItem } from '../lib/model/agenda-item';
import { createMember, type Member } from '../lib/model/member';
import { createNote, type Note } from '../lib/model/note';
import type { StoredRecord } from '../lib/model/record';
import { agenda } from './agenda';
import type { Collection } from './collection';
import { createCollectionStore, type CollectionStore } from './collection-store';
import { DELETED_NOTE_RETENTION_MS, notes } from './notes';
import { team } from './team';

const t0 = Date.UTC(2025, 2, 1, 9, 0);

interface Kind<T extends StoredRecord> {
  name: string;
  collection: Collection<T>;
  /** A valid new record, different each call, with `label` in its visible text. */
  make(label: string, overrides?: Partial<T>): T;
  /** The text shown for a record, to check order and edits. */
  label(record: T): string;
  /** An edit that changes the visible text. */
  edit(record: T, label: string): T;
  /** A change the schema refuses. */
  invalid(record: T): T;
}

const noteKind: Kind<Note> = {
  name: 'notes',
  collection: notes,
  make: (label, overrides = {}) => ({ ...createNote({ text: label }, t0), ...overrides }),
  label: (note) => note.text,
  edit: (note, label) => ({ ...note, text: label }),
  invalid: (note) => ({ ...note, text: '   ' }),
};

const memberKind: Kind<Member> = {
  name: 'team',
  collection: team,
  make: (label, overrides = {}) => ({ ...createMember({ name: label }, t0), ...overrides }),
  label: (member) => member.name,
  edit: (member, label) => ({ ...member, name: label }),
  invalid: (member) => ({ ...member, name: '' }),
};

const agendaKind: Kind<AgendaItem> = {
  name: 'agenda',
  collection: agenda,
  make: (label, overrides = {}) => ({ ...newAgendaItem({ kind: 'praise', ref: null, text: label }, t0), ...overrides }),
  label: (item) => item.text ?? '',
  edit: (item, label) => ({ ...item, text: label }),
  invalid: (item) => ({ ...item, text: 'x'.repeat(5000) }),
};

const kinds = [noteKind, memberKind, agendaKind] as unknown as Kind<StoredRecord>[];

beforeEach(() => {
  fakeBrowser.reset();
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe.each(kinds)('the $name collection', (kind) => {
  const { collection } = kind;
  const key = (record: StoredRecord) => collection.key(record.id);
  const store = async (...records: StoredRecord[]) =>
    fakeBrowser.storage.local.set(Object.fromEntries(records.map((record) => [key(record), record])));
  const stored = async (record: StoredRecord) => (await fakeBrowser.storage.local.get(key(record)))[key(record)];

  describe('reading', () => {
    it('sets aside unreadable values, reports each, loads the rest and changes nothing stored', async () => {
      const good = [kind.make('first'), kind.make('second')];
      await store(...good);
      const other = kind.make('other');
      const corrupt = {
        [`${collection.spec.prefix}not-an-object`]: 'garbage',
        [`${collection.spec.prefix}missing-field`]: { ...kind.make('x'), id: 'missing-field', updatedAt: undefined },
        [`${collection.spec.prefix}wrong-key`]: other,
        [`${collection.spec.prefix}from-the-future`]: { ...kind.make('future'), id: 'from-the-future', v: 99 },
        settings: { language: 'id' },
      };
      await fakeBrowser.storage.local.set(corrupt);
      const before = structuredClone(await fakeBrowser.storage.local.get(null));

      const { records, problems } = await collection.list();

      expect(records.map(kind.label).sort()).toEqual(['first', 'second']);
      expect(problems.map((problem) => problem.key).sort()).toEqual(
        ['from-the-future', 'missing-field', 'not-an-object', 'wrong-key'].map(
          (id) => `${collection.spec.prefix}${id}`,
        ),
      );
      const reasons = new Map(
        problems.map((problem) => [problem.key.slice(collection.spec.prefix.length), problem.reason]),
      );
      expect(reasons.get('from-the-future')).toEqual({ key: collection.spec.messages.newer, params: { version: 99 } });
      expect(reasons.get('not-an-object')).toEqual({ key: collection.spec.messages.unreadable });
      expect(reasons.get('wrong-key')).toEqual({ key: collection.spec.messages.wrongKey, params: { id: other.id } });
      // Every reason is a sentence in both languages, never the validator's own words.
      for (const problem of problems) {
        expect(say('en', problem.reason)).not.toMatch(/expected|invalid_type|Required/i);
        expect(say('id', problem.reason).length).toBeGreaterThan(20);
      }
      expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
    });

    it('reads a value only under its own key', () => {
      const record = kind.make('mine');
      expect(collection.read(key(record), record)).toEqual({ ok: true, record });
      expect(collection.read(`${collection.spec.prefix}elsewhere`, record).ok).toBe(false);
    });
  });

  describe('saving', () => {
    it('saves a new record under its own key and writes no other key', async () => {
      await store(kind.make('other'));
      const set = vi.spyOn(fakeBrowser.storage.local, 'set');
      const fresh = kind.make('new');
      expect(await collection.save(fresh, { expectedUpdatedAt: null, now: t0 })).toEqual({ ok: true, record: fresh });
      expect(set).toHaveBeenCalledTimes(1);
      expect(Object.keys(set.mock.calls[0]![0])).toEqual([key(fresh)]);
      expect(await stored(fresh)).toEqual(fresh);
    });

    it('stamps an updatedAt larger than the stored one, even when the clock went back', async () => {
      const record = kind.make('r');
      await store(record);
      const result = await collection.save(kind.edit(record, 'edited'), {
        expectedUpdatedAt: record.updatedAt,
        now: t0 - 60_000,
      });
      expect(result.ok && result.record.updatedAt).toBe(record.updatedAt + 1);
    });

    it('does not overwrite a version saved meanwhile by another view, and returns it', async () => {
      const record = kind.make('r');
      await store(record);
      expect(
        (
          await collection.save(kind.edit(record, 'from the panel'), {
            expectedUpdatedAt: record.updatedAt,
            now: t0 + 1,
          })
        ).ok,
      ).toBe(true);
      const second = await collection.save(kind.edit(record, 'from the options page'), {
        expectedUpdatedAt: record.updatedAt,
        now: t0 + 2,
      });
      expect(second).toMatchObject({ ok: false, reason: 'conflict' });
      expect(!second.ok && second.reason === 'conflict' && kind.label(second.current!)).toBe('from the panel');
      expect(!second.ok && second.message.key).toBe(collection.spec.messages.conflictChanged);
      expect(kind.label((await stored(record)) as StoredRecord)).toBe('from the panel');
    });

    it('treats a "new" record whose id is taken as a conflict', async () => {
      const record = kind.make('r');
      await store(record);
      expect(await collection.save(kind.edit(record, 'clash'), { expectedUpdatedAt: null })).toMatchObject({
        ok: false,
        reason: 'conflict',
        current: record,
      });
    });

    it('never overwrites a stored value it cannot read', async () => {
      const record = kind.make('r');
      await fakeBrowser.storage.local.set({ [key(record)]: { broken: true } });
      expect(await collection.save(record, { expectedUpdatedAt: null })).toMatchObject({ ok: false, reason: 'error' });
      expect(await stored(record)).toEqual({ broken: true });
    });

    it.each([
      ['QUOTA_BYTES quota exceeded', 'quota', 'storageFull'],
      ['Some other failure', 'error', 'storageRefused'],
    ])('keeps the previous version when storage rejects the write (%s)', async (failure, reason, messageKey) => {
      const record = kind.make('r');
      await store(record);
      vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error(failure));
      const result = await collection.save(kind.edit(record, 'will not fit'), { expectedUpdatedAt: record.updatedAt });
      expect(result).toMatchObject({ ok: false, reason, message: { key: messageKey } });
      expect(await stored(record)).toEqual(record);
    });

    it('reports a failed read as an error instead of throwing', async () => {
      vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValueOnce(new Error('disk gone'));
      await expect(collection.save(kind.make('r'), { expectedUpdatedAt: null })).resolves.toMatchObject({
        ok: false,
        reason: 'error',
      });
    });

    it('refuses an invalid record with a message in words, and writes nothing', async () => {
      const result = await collection.save(kind.invalid(kind.make('r')), { expectedUpdatedAt: null });
      expect(result).toMatchObject({ ok: false, reason: 'invalid' });
      expect(!result.ok && say('en', result.message)).not.toMatch(/expected|too_big|Required/);
      expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    });
  });

  describe('removing', () => {
    it('removes softly, then restores, the same record', async () => {
      const record = kind.make('r');
      await store(record);
      const removed = await collection.remove(record, t0 + 10);
      expect(removed).toMatchObject({ ok: true, record: { deletedAt: t0 + 10 } });
      const restored = removed.ok ? await collection.restore(removed.record, t0 + 20) : removed;
      expect(restored).toMatchObject({ ok: true, record: { deletedAt: null } });
    });

    it('never brings back older data over a newer edit', async () => {
      const record = kind.make('r');
      await store(record);
      const removed = await collection.remove(record, t0 + 10);
      if (!removed.ok) throw new Error('remove failed');
      const edited = { ...kind.edit(removed.record, 'edited elsewhere'), deletedAt: null, updatedAt: t0 + 50 };
      await store(edited);
      expect(await collection.restore(removed.record)).toMatchObject({
        ok: false,
        reason: 'conflict',
        current: edited,
      });
    });

    it('purges only what was removed longer ago than the retention period, and only that version', async () => {
      const retention = collection.spec.retentionMs;
      const now = t0 + retention * 2;
      const old = kind.make('old', { deletedAt: t0, updatedAt: t0 } as Partial<StoredRecord>);
      const recent = kind.make('recent', { deletedAt: now - 1000, updatedAt: now - 1000 } as Partial<StoredRecord>);
      const kept = kind.make('kept');
      await store(old, recent, kept);
      expect(await collection.purge(now)).toBe(1);
      expect(await stored(old)).toBeUndefined();
      expect(await stored(recent)).toEqual(recent);
      expect(await stored(kept)).toEqual(kept);
    });
  });

  describe('planning an import', () => {
    it('adds what is new, updates what is older here, keeps what is newer or unreadable here', () => {
      const here = kind.make('here', { updatedAt: t0 + 10 } as Partial<StoredRecord>);
      const olderHere = kind.make('older here', { updatedAt: t0 } as Partial<StoredRecord>);
      const unreadableHere = kind.make('unreadable here');
      const snapshot = {
        [key(here)]: here,
        [key(olderHere)]: olderHere,
        [key(unreadableHere)]: { ...unreadableHere, v: 99 },
      };
      const incoming = [
        kind.make('brand new'),
        { ...here, updatedAt: t0 + 5 },
        kind.edit({ ...olderHere, updatedAt: t0 + 20 }, 'newer in the file'),
        unreadableHere,
      ];
      const plan = collection.planMerge(snapshot, incoming);
      expect(plan.added.map(kind.label)).toEqual(['brand new']);
      expect(plan.updated.map(kind.label)).toEqual(['newer in the file']);
      expect(plan.unchanged.map(kind.label)).toEqual(['here']);
      expect(plan.kept.map(kind.label)).toEqual(['unreadable here']);
      expect([...plan.writes.keys()].sort()).toEqual([key(incoming[0]!), key(olderHere)].sort());
    });
  });

  describe('live store', () => {
    const stops: (() => void)[] = [];
    afterEach(() => stops.splice(0).forEach((stop) => stop()));

    async function started(): Promise<CollectionStore<StoredRecord>> {
      const view = createCollectionStore(collection);
      stops.push(view.start());
      await vi.waitFor(() => expect(view.getState().loaded).toBe(true));
      return view;
    }

    it('shows records in order, hides removed ones and reports problems', async () => {
      const records = [kind.make('a'), kind.make('b')];
      const gone = kind.make('gone', { deletedAt: Date.now(), updatedAt: Date.now() } as Partial<StoredRecord>);
      await store(...records, gone);
      await fakeBrowser.storage.local.set({ [`${collection.spec.prefix}corrupt`]: 42 });
      const view = await started();
      expect(view.getState().items.map(kind.label).sort()).toEqual(['a', 'b']);
      expect(view.getState().items).toEqual([...records].sort(collection.spec.compare));
      expect(view.getState().byId.get(gone.id)).toEqual(gone);
      expect(view.getState().problems.map((problem) => problem.key)).toEqual([`${collection.spec.prefix}corrupt`]);
    });

    it('purges what was removed long ago once it has loaded, from what it loaded, reading nothing twice', async () => {
      const old = kind.make('old', { deletedAt: 1000, updatedAt: 1000 } as Partial<StoredRecord>);
      const recent = kind.make('recent', { deletedAt: Date.now(), updatedAt: Date.now() } as Partial<StoredRecord>);
      const kept = kind.make('kept');
      await store(old, recent, kept);
      const get = vi.spyOn(fakeBrowser.storage.local, 'get');
      await started();
      await vi.waitFor(async () => expect(await stored(old)).toBeUndefined());
      expect(await stored(recent)).toEqual(recent);
      expect(await stored(kept)).toEqual(kept);
      // One read of the collection (its keys, or everything where keys cannot be listed), then
      // only the purged record's own key, read again under its lock.
      const reads = get.mock.calls.map(([keys]) => keys);
      expect(reads.filter((keys) => keys === null || Array.isArray(keys))).toHaveLength(1);
      expect(reads).toContainEqual(collection.key(old.id));
    });

    it('follows changes from another view, applying only the changed key', async () => {
      const [panel, options] = [await started(), await started()];
      const added = await panel.getState().add(kind.make('added'));
      if (!added.ok) throw new Error('add failed');
      expect(options.getState().items).toEqual([added.record]);

      const get = vi.spyOn(fakeBrowser.storage.local, 'get');
      await store({ ...kind.edit(added.record, 'written elsewhere'), updatedAt: added.record.updatedAt + 10 });
      expect(options.getState().items.map(kind.label)).toEqual(['written elsewhere']);
      expect(get).not.toHaveBeenCalled();

      await fakeBrowser.storage.local.set({ [key(added.record)]: 'corrupted' });
      expect(options.getState().items).toEqual([]);
      expect(options.getState().problems).toMatchObject([{ key: key(added.record) }]);
      await fakeBrowser.storage.local.remove(key(added.record));
      expect(options.getState().problems).toEqual([]);
    });

    it('hears its own save back from storage without drawing anything again', async () => {
      const view = await started();
      const states: unknown[] = [];
      const unsubscribe = view.subscribe((state) => states.push(state));
      const added = await view.getState().add(kind.make('saved here'));
      if (!added.ok) throw new Error('add failed');
      // The change storage reports for the save may come before or after the save's own answer.
      await new Promise((resolve) => setTimeout(resolve, 0));
      unsubscribe();
      expect(states).toHaveLength(1);
      expect(view.getState().items).toEqual([added.record]);
    });

    it('keeps a change made while it was loading', async () => {
      const late = kind.make('saved during the load');
      const get = fakeBrowser.storage.local.get.bind(fakeBrowser.storage.local);
      vi.spyOn(fakeBrowser.storage.local, 'get').mockImplementationOnce(async (keys) => {
        const snapshot = await get(keys);
        await store(late);
        return snapshot;
      });
      const view = await started();
      expect(view.getState().items).toEqual([late]);
    });

    it('stops following when stopped', async () => {
      const view = await started();
      stops.pop()!();
      await store(kind.make('later'));
      expect(view.getState().items).toEqual([]);
    });

    it('removes softly and undoes, in every open view', async () => {
      const [panel, popup] = [await started(), await started()];
      const added = await panel.getState().add(kind.make('to remove'));
      if (!added.ok) throw new Error('add failed');
      const removed = await panel.getState().remove(added.record.id);
      if (!removed.ok) throw new Error('remove failed');
      expect(popup.getState().items).toEqual([]);
      expect(popup.getState().byId.get(added.record.id)?.deletedAt).not.toBeNull();
      expect(await removed.undo()).toMatchObject({ ok: true, record: { deletedAt: null } });
      expect(popup.getState().items.map(kind.label)).toEqual(['to remove']);
    });

    it('does not let an undo overwrite an edit it has not seen', async () => {
      const view = createCollectionStore(collection); // not following storage: it cannot see the other edit
      const record = kind.make('r');
      await store(record);
      await view.getState().load();
      const removed = await view.getState().remove(record.id);
      if (!removed.ok) throw new Error('remove failed');
      const edited = {
        ...kind.edit(removed.record, 'edited elsewhere'),
        deletedAt: null,
        updatedAt: removed.record.updatedAt + 5,
      };
      await store(edited);
      expect(await removed.undo()).toMatchObject({ ok: false, reason: 'conflict', current: edited });
      expect(view.getState().items).toEqual([edited]);
      expect(await stored(record)).toEqual(edited);
    });

    it('returns a conflict for a stale save and shows the stored version', async () => {
      const view = await started();
      const added = await view.getState().add(kind.make('v1'));
      if (!added.ok) throw new Error('add failed');
      await view.getState().save(kind.edit(added.record, 'v2'));
      expect(await view.getState().save(kind.edit(added.record, 'stale edit'))).toMatchObject({
        ok: false,
        reason: 'conflict',
      });
      expect(view.getState().items.map(kind.label)).toEqual(['v2']);
    });

    it('answers for a record it does not know without writing', async () => {
      const view = await started();
      expect(await view.getState().remove('missing')).toMatchObject({ ok: false, reason: 'conflict', current: null });
      expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    });

    it('reports storage it cannot read', async () => {
      vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(new Error('disk gone'));
      const view = createCollectionStore(collection);
      await view.getState().load();
      expect(view.getState().loadError).toEqual({
        key: collection.spec.messages.loadFailed,
        params: { detail: 'disk gone' },
      });
    });

    it('keeps a record whose id is "__proto__" through every later change', async () => {
      const view = await started();
      const proto = kind.make('prototype-named', { id: '__proto__' } as Partial<StoredRecord>);
      expect((await view.getState().add(proto)).ok).toBe(true);
      expect((await view.getState().add(kind.make('another'))).ok).toBe(true);
      await view.getState().update('__proto__', (record) => kind.edit(record, 'prototype-named, edited'));
      expect(view.getState().items.map(kind.label).sort()).toEqual(['another', 'prototype-named, edited']);
      const other = await started();
      expect(other.getState().items.map(kind.label).sort()).toEqual(['another', 'prototype-named, edited']);
      expect(Object.getPrototypeOf(view.getState().byId)).toBe(Map.prototype);
    });
  });
});

describe('notes', () => {
  it('count the same words about the same thing under another id as already here when importing', () => {
    const here = createNote({ text: 'Same words', about: { metric: 'reach' } }, t0);
    const copy = { ...createNote({ text: 'Same words', about: { metric: 'reach' } }, t0) };
    const elsewhere = createNote({ text: 'Same words', about: { metric: 'impressions' } }, t0);
    const plan = notes.planMerge({ [notes.key(here.id)]: here }, [copy, elsewhere]);
    expect(plan.unchanged).toEqual([copy]);
    expect(plan.added).toEqual([elsewhere]);
  });

  it('are kept 30 days after deletion', () => {
    expect(notes.spec.retentionMs).toBe(DELETED_NOTE_RETENTION_MS);
    expect(DELETED_NOTE_RETENTION_MS).toBe(30 * 24 * 60 * 60 * 1000);
  });

  it('load every saved example of an earlier release as the current version, without rewriting it', async () => {
    const fixtures = import.meta.glob<Record<string, unknown>>('./fixtures/notes-v*.json', {
      eager: true,
      import: 'default',
    });
    expect(Object.keys(fixtures).length).toBeGreaterThan(0);
    for (const [file, snapshot] of Object.entries(fixtures)) {
      fakeBrowser.reset();
      await fakeBrowser.storage.local.set(snapshot);
      const { records, problems } = await notes.list();
      expect(problems, file).toEqual([]);
      expect(records, file).toHaveLength(Object.keys(snapshot).length);
      expect(await fakeBrowser.storage.local.get(null)).toEqual(snapshot);
    }
  });
});

describe('listing a collection', () => {
  afterEach(() => vi.restoreAllMocks());

  it('reads only its own keys where the browser lists keys, and everything where it cannot', async () => {
    fakeBrowser.reset();
    const note = createNote({ text: 'Ask about reach' }, t0);
    const member = createMember({ name: 'Dewi' }, t0);
    await fakeBrowser.storage.local.set({
      [notes.key(note.id)]: note,
      [team.key(member.id)]: member,
      'readings:abc': { v: 2, readings: '[]' },
    });
    const local = fakeBrowser.storage.local as typeof fakeBrowser.storage.local & { getKeys?: () => Promise<string[]> };
    const stored = Object.keys(await local.get(null));
    const get = vi.spyOn(local, 'get');

    local.getKeys = async () => stored;
    get.mockClear();
    expect((await notes.list()).records).toEqual([note]);
    expect(get.mock.calls).toEqual([[[notes.key(note.id)]]]);

    Reflect.deleteProperty(local, 'getKeys');
    get.mockClear();
    expect((await notes.list()).records).toEqual([note]);
    expect(get.mock.calls).toEqual([[null]]);
  });
});

describe('1:1 items', () => {
  it('read a version-1 item, saved before items could be undone, as the current version', () => {
    const current = newAgendaItem({ kind: 'question', ref: 'audience-who' }, t0);
    const v1: Record<string, unknown> = { ...current, v: 1 };
    delete v1.deletedAt;
    expect(agenda.read(agenda.key(current.id), v1)).toEqual({ ok: true, record: current });
  });
});
