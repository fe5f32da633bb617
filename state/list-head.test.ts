// The list's head: the first note ids as a page last showed them, so that the panel opening at
// Notes draws those before reading every note. A hint only: what it names is read and checked
// like any record, nothing is deleted because of it, and it follows the list it was written from.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createNote, type Note } from '../lib/model/note';
import { createCollectionStore } from './collection-store';
import { createHeadWriter, headIds, headWriteDelayMs, readHead } from './list-head';
import { notes } from './notes';

const spec = { key: 'notes-head', size: 3 };
const stored = async () => (await fakeBrowser.storage.local.get(spec.key))[spec.key];

const note = (text: string, at: number, more: Partial<Note> = {}): Note => ({ ...createNote({ text }, at), ...more });
const a = note('a', 1000);
const b = note('b', 2000);
const c = note('c', 3000, { deletedAt: 3500 });
const d = note('d', 4000);

async function storeNotes(...list: Note[]) {
  await fakeBrowser.storage.local.set(Object.fromEntries(list.map((entry) => [notes.key(entry.id), entry])));
}

beforeEach(() => {
  fakeBrowser.reset();
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('reading the head', () => {
  it('takes only a head it wrote: a version it knows and a list of ids, cut to its size', () => {
    expect(headIds({ v: 1, ids: ['x', 2, 'y', 'z', 'w'] }, 3)).toEqual(['x', 'y', 'z']);
    expect(headIds({ v: 1, ids: [] }, 3)).toEqual([]);
    for (const value of [undefined, null, 'x', ['x'], { ids: ['x'] }, { v: 2, ids: ['x'] }, { v: 1, ids: 'x' }])
      expect(headIds(value, 3)).toBeNull();
  });

  it('reads the records it names in its order, leaving out those gone, removed or unreadable', async () => {
    await storeNotes(a, b, c);
    await fakeBrowser.storage.local.set({ 'note:broken': { v: 1, id: 'broken', text: 42 } });
    await fakeBrowser.storage.local.set({ [spec.key]: { v: 1, ids: [b.id, 'gone', a.id, c.id, 'broken'] } });
    expect(await readHead(notes, { ...spec, size: 5 })).toEqual({
      ids: [b.id, 'gone', a.id, c.id, 'broken'],
      records: [b, a],
    });
    // What it could not read is still there, untouched, for the full read to report.
    expect((await fakeBrowser.storage.local.get('note:broken'))['note:broken']).toEqual({
      v: 1,
      id: 'broken',
      text: 42,
    });
  });

  it('is null when there is no head, or one it cannot read', async () => {
    await storeNotes(a);
    expect(await readHead(notes, spec)).toBeNull();
    await fakeBrowser.storage.local.set({ [spec.key]: { v: 9, ids: [a.id] } });
    expect(await readHead(notes, spec)).toBeNull();
  });
});

describe('writing the head', () => {
  it('writes the first ids once the list has stayed the same a while, and only when they changed', async () => {
    vi.useFakeTimers();
    await storeNotes(a, b, c, d);
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    const writer = createHeadWriter(spec, null, notes.key);
    writer.shown([a, b]);
    writer.shown([d, a, b, c]);
    await vi.advanceTimersByTimeAsync(headWriteDelayMs - 1);
    expect(await stored()).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(await stored()).toEqual({ v: 1, ids: [d.id, a.id, b.id] });
    expect(set).toHaveBeenCalledTimes(1);
    // The same first ids again (a change further down the list): nothing to write.
    writer.shown([d, a, b]);
    await vi.advanceTimersByTimeAsync(headWriteDelayMs);
    expect(set).toHaveBeenCalledTimes(1);
  });

  it('leaves a head already stored as it is when the list starts with the same ids', async () => {
    vi.useFakeTimers();
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    const writer = createHeadWriter(spec, [a.id, b.id], notes.key);
    writer.shown([a, b]);
    await vi.advanceTimersByTimeAsync(headWriteDelayMs);
    expect(set).not.toHaveBeenCalled();
  });

  it('removes the head when the list empties, and writes nothing for a list that was always empty', async () => {
    vi.useFakeTimers();
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    createHeadWriter(spec, null, notes.key).shown([]);
    await vi.advanceTimersByTimeAsync(headWriteDelayMs);
    expect(set).not.toHaveBeenCalled();

    await fakeBrowser.storage.local.set({ [spec.key]: { v: 1, ids: [a.id] } });
    createHeadWriter(spec, [a.id], notes.key).shown([]);
    await vi.advanceTimersByTimeAsync(headWriteDelayMs);
    expect(await stored()).toBeUndefined();
  });

  it('tries a failed write again at the next change, and never throws', async () => {
    vi.useFakeTimers();
    await storeNotes(a);
    const set = vi
      .spyOn(fakeBrowser.storage.local, 'set')
      .mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    const writer = createHeadWriter(spec, null, notes.key);
    writer.shown([a]);
    await vi.advanceTimersByTimeAsync(headWriteDelayMs);
    expect(await stored()).toBeUndefined();
    writer.shown([a]);
    await vi.advanceTimersByTimeAsync(headWriteDelayMs);
    expect(await stored()).toEqual({ v: 1, ids: [a.id] });
    expect(set).toHaveBeenCalledTimes(2);
  });

  it('writes nothing for a list whose first note storage no longer holds (all data deleted meanwhile)', async () => {
    vi.useFakeTimers();
    await storeNotes(a);
    const writer = createHeadWriter(spec, null, notes.key);
    writer.shown([a]);
    await fakeBrowser.storage.local.clear();
    await vi.advanceTimersByTimeAsync(headWriteDelayMs);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('writes nothing once stopped', async () => {
    vi.useFakeTimers();
    const writer = createHeadWriter(spec, null, notes.key);
    writer.shown([a]);
    writer.stop();
    await vi.advanceTimersByTimeAsync(headWriteDelayMs);
    expect(await stored()).toBeUndefined();
  });
});

describe('a store with a head', () => {
  it('shows the head before the whole list, then the whole list, and keeps the head in step with it', async () => {
    vi.useFakeTimers();
    await storeNotes(a, b, c, d);
    await fakeBrowser.storage.local.set({ [spec.key]: { v: 1, ids: [b.id, a.id] } });
    const store = createCollectionStore(notes, { head: spec });
    const seen: { preview: string[] | null; loaded: boolean; items: number }[] = [];
    store.subscribe((state) =>
      seen.push({
        preview: state.preview?.map((entry) => entry.text) ?? null,
        loaded: state.loaded,
        items: state.items.length,
      }),
    );
    const stop = store.start();
    await vi.waitFor(() => expect(store.getState().loaded).toBe(true));
    expect(seen[0]).toEqual({ preview: ['b', 'a'], loaded: false, items: 0 });
    expect(store.getState().preview).toBeNull();
    expect(store.getState().items.map((entry) => entry.text)).toEqual(['d', 'b', 'a']);

    // The list now starts with d: the head follows once the list has stayed so a while.
    await vi.advanceTimersByTimeAsync(headWriteDelayMs);
    expect(await stored()).toEqual({ v: 1, ids: [d.id, b.id, a.id] });
    stop();
  });

  it('keeps the head when the list could not be read, whatever this page saves after', async () => {
    vi.useFakeTimers();
    await storeNotes(a);
    await fakeBrowser.storage.local.set({ [spec.key]: { v: 1, ids: [a.id] } });
    const store = createCollectionStore(notes, { head: spec });
    vi.spyOn(notes, 'list').mockRejectedValue(new Error('storage is unavailable'));
    const stop = store.start();
    await vi.waitFor(() => expect(store.getState().loadError).not.toBeNull());
    // A note saved here meanwhile is the only one this page knows: not a list to keep the head of.
    store.getState().applyChanges(new Map([[notes.key(b.id), b]]));
    expect(store.getState().items).toEqual([b]);
    await vi.advanceTimersByTimeAsync(headWriteDelayMs);
    expect(await stored()).toEqual({ v: 1, ids: [a.id] });
    stop();
  });

  it('lets a note of the head be pinned before the list is read, and shows it pinned', async () => {
    await storeNotes(a, b);
    const store = createCollectionStore(notes, { head: spec });
    store.setState({ preview: [b, a] });
    const result = await store.getState().update(a.id, (entry) => ({ ...entry, pinned: true }));
    expect(result.ok).toBe(true);
    expect(store.getState().preview?.map((entry) => [entry.text, entry.pinned])).toEqual([
      ['b', false],
      ['a', true],
    ]);
    expect(((await fakeBrowser.storage.local.get(notes.key(a.id)))[notes.key(a.id)] as Note).pinned).toBe(true);
  });
});
