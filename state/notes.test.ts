import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DELETED_NOTE_RETENTION_MS,
  MAX_NOTE_TEXT,
  NOTE_VERSION,
  createNote,
  deleteNote,
  listNotes,
  migrateNote,
  noteKey,
  normalizeTags,
  purgeDeletedNotes,
  readStoredNote,
  restoreNote,
  saveNote,
  type Note,
} from './notes';
import { createNotesStore, startNotesStore, type NotesStore } from './notes-store';

const fixtures = import.meta.glob<Record<string, unknown>>('./fixtures/notes-v*.json', {
  eager: true,
  import: 'default',
});

const t0 = Date.UTC(2025, 2, 1, 9, 0);

function note(overrides: Partial<Note> = {}): Note {
  return { ...createNote({ text: 'Ask how reach is counted here.' }, t0), ...overrides };
}

/** Stores notes as they would be after a save, bypassing saveNote. */
async function store(...notes: Note[]) {
  await fakeBrowser.storage.local.set(Object.fromEntries(notes.map((n) => [noteKey(n.id), n])));
}

async function stored(id: string): Promise<unknown> {
  return (await fakeBrowser.storage.local.get(noteKey(id)))[noteKey(id)];
}

beforeEach(() => {
  fakeBrowser.reset();
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('stored notes', () => {
  it('load every fixture file as the current version, without rewriting it', async () => {
    expect(Object.keys(fixtures).length).toBeGreaterThan(0);
    for (const [file, snapshot] of Object.entries(fixtures)) {
      fakeBrowser.reset();
      await fakeBrowser.storage.local.set(snapshot);
      const { notes, problems } = await listNotes();
      expect(problems, file).toEqual([]);
      expect(notes, file).toHaveLength(Object.keys(snapshot).length);
      for (const loaded of notes) expect(loaded.v).toBe(NOTE_VERSION);
      expect(await fakeBrowser.storage.local.get(null)).toEqual(snapshot);
    }
  });

  it('migrate nothing that is already current, and pass anything else on for validation', () => {
    const current = note();
    expect(migrateNote(current)).toBe(current);
    expect(migrateNote('garbage')).toBe('garbage');
    expect(migrateNote({ v: 0, text: 'x' })).toEqual({ v: 0, text: 'x' });
  });

  it('set aside unreadable values, report them, load the rest and leave every value untouched', async () => {
    const good = [note({ text: 'first' }), note({ text: 'second' })];
    await store(...good);
    const corrupt = {
      'note:not-an-object': 'garbage',
      'note:no-text': { ...note({ id: 'no-text' }), text: undefined },
      'note:wrong-key': note({ id: 'another-id' }),
      'note:from-the-future': { ...note({ id: 'from-the-future' }), v: 2 },
      settings: { language: 'id' },
    };
    await fakeBrowser.storage.local.set(corrupt);
    const before = structuredClone(await fakeBrowser.storage.local.get(null));

    const { notes, problems } = await listNotes();

    expect(notes.map((n) => n.text).sort()).toEqual(['first', 'second']);
    expect(problems.map((p) => p.key).sort()).toEqual([
      'note:from-the-future',
      'note:no-text',
      'note:not-an-object',
      'note:wrong-key',
    ]);
    for (const problem of problems) {
      expect(problem.reason.en).not.toBe('');
      expect(problem.reason.id).not.toBe('');
    }
    expect(problems.find((p) => p.key === 'note:from-the-future')?.reason.en).toMatch(/newer version/);
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
  });

  it('read a stored value only under its own key', () => {
    const n = note();
    expect(readStoredNote(noteKey(n.id), n)).toEqual({ ok: true, note: n });
    expect(readStoredNote('note:elsewhere', n).ok).toBe(false);
  });
});

describe('saveNote', () => {
  it('saves a new note under its own key and writes no other key', async () => {
    await store(note({ text: 'other' }));
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    const fresh = createNote({ text: 'New', tags: ['#Launch ', 'launch', 'Q3'] }, t0);
    expect(fresh.tags).toEqual(['launch', 'q3']);

    const result = await saveNote(fresh, { expectedUpdatedAt: null, now: t0 });

    expect(result).toEqual({ ok: true, note: fresh });
    expect(set).toHaveBeenCalledTimes(1);
    expect(Object.keys(set.mock.calls[0]![0])).toEqual([noteKey(fresh.id)]);
    expect(await stored(fresh.id)).toEqual(fresh);
  });

  it('stamps an updatedAt larger than the stored one, even when the clock went back', async () => {
    const n = note();
    await store(n);
    const result = await saveNote({ ...n, text: 'edited' }, { expectedUpdatedAt: n.updatedAt, now: t0 - 60_000 });
    expect(result.ok && result.note.updatedAt).toBe(n.updatedAt + 1);
  });

  it('does not overwrite a version saved meanwhile by another view, and returns it', async () => {
    const n = note();
    await store(n);
    const first = await saveNote(
      { ...n, text: 'from the side panel' },
      { expectedUpdatedAt: n.updatedAt, now: t0 + 1000 },
    );
    expect(first.ok).toBe(true);

    const second = await saveNote(
      { ...n, text: 'from the options page' },
      { expectedUpdatedAt: n.updatedAt, now: t0 + 2000 },
    );

    expect(second).toMatchObject({ ok: false, reason: 'conflict', current: { text: 'from the side panel' } });
    expect(!second.ok && second.message.en).toMatch(/another Sidecoach window/);
    expect(await stored(n.id)).toMatchObject({ text: 'from the side panel' });
  });

  it('treats a "new" note whose id is taken as a conflict', async () => {
    const n = note();
    await store(n);
    const result = await saveNote({ ...n, text: 'clash' }, { expectedUpdatedAt: null });
    expect(result).toMatchObject({ ok: false, reason: 'conflict', current: n });
  });

  it('never overwrites a stored value it cannot read', async () => {
    const n = note();
    await fakeBrowser.storage.local.set({ [noteKey(n.id)]: { broken: true } });
    const result = await saveNote(n, { expectedUpdatedAt: null });
    expect(result).toMatchObject({ ok: false, reason: 'error' });
    expect(await stored(n.id)).toEqual({ broken: true });
  });

  it.each([
    ['QUOTA_BYTES quota exceeded', 'quota'],
    ['Some other failure', 'error'],
  ])('keeps the previous version when storage rejects the write (%s)', async (message, reason) => {
    const n = note();
    await store(n);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error(message));

    const result = await saveNote({ ...n, text: 'will not fit' }, { expectedUpdatedAt: n.updatedAt });

    expect(result).toMatchObject({ ok: false, reason });
    expect(!result.ok && result.message.en.length > 20 && result.message.id.length > 20).toBe(true);
    expect(await stored(n.id)).toEqual(n);
  });

  it('reports a failed read as an error instead of throwing', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValueOnce(new Error('disk gone'));
    await expect(saveNote(note(), { expectedUpdatedAt: null })).resolves.toMatchObject({ ok: false, reason: 'error' });
  });

  it.each([
    ['text that is too long', { text: 'x'.repeat(MAX_NOTE_TEXT + 1) }, /longer than 20,000/],
    ['blank text', { text: '  \n ' }, /Write something/],
    ['an upper-case tag', { tags: ['Launch'] }, /not valid/],
    ['a script URL as its page', { about: { page: { url: 'javascript:alert(1)' } } }, /not valid/],
  ])('refuses %s and writes nothing', async (_label, patch, message) => {
    const result = await saveNote({ ...note(), ...patch } as Note, { expectedUpdatedAt: null });
    expect(result).toMatchObject({ ok: false, reason: 'invalid' });
    expect(!result.ok && result.message.en).toMatch(message);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('keeps a note with <script> in it as plain text', async () => {
    const n = note({ text: '<script>alert(1)</script> # not a heading' });
    await saveNote(n, { expectedUpdatedAt: null, now: t0 });
    expect((await listNotes()).notes[0]!.text).toBe('<script>alert(1)</script> # not a heading');
  });
});

describe('delete and restore', () => {
  it('soft-delete, then restore, the same note', async () => {
    const n = note();
    await store(n);
    const deleted = await deleteNote(n, t0 + 1000);
    expect(deleted).toMatchObject({ ok: true, note: { deletedAt: t0 + 1000 } });
    if (!deleted.ok) return;
    const restored = await restoreNote(deleted.note, t0 + 2000);
    expect(restored).toMatchObject({ ok: true, note: { deletedAt: null, text: n.text } });
  });

  it('never bring back older words over a newer edit', async () => {
    const n = note();
    await store(n);
    const deleted = await deleteNote(n, t0 + 1000);
    if (!deleted.ok) throw new Error('delete failed');
    // Another view restores the note and edits it before this view's undo runs.
    const newer = { ...deleted.note, deletedAt: null, text: 'newer words', updatedAt: t0 + 5000 };
    await store(newer);

    expect(await restoreNote(deleted.note, t0 + 6000)).toMatchObject({ ok: false, reason: 'conflict', current: newer });
    expect(await deleteNote(n, t0 + 7000)).toMatchObject({ ok: false, reason: 'conflict' });
    expect(await stored(n.id)).toEqual(newer);
  });

  it('purge only notes deleted longer ago than the retention period', async () => {
    const now = t0 + DELETED_NOTE_RETENTION_MS + 10_000;
    const old = note({ text: 'old', deletedAt: t0, updatedAt: t0 });
    const recent = note({ text: 'recent', deletedAt: now - 1000, updatedAt: now - 1000 });
    const kept = note({ text: 'kept' });
    await store(old, recent, kept);
    await fakeBrowser.storage.local.set({ 'note:corrupt': 'garbage' });

    expect(await purgeDeletedNotes(now)).toBe(1);
    expect(await stored(old.id)).toBeUndefined();
    expect(Object.keys(await fakeBrowser.storage.local.get(null)).sort()).toEqual(
      [noteKey(recent.id), noteKey(kept.id), 'note:corrupt'].sort(),
    );
  });
});

describe('normalizeTags', () => {
  it('lower-cases, trims, drops # and repeats, and keeps at most 20', () => {
    expect(normalizeTags(['#Launch', ' launch ', '', 'Laporan  Bulanan'])).toEqual(['launch', 'laporan bulanan']);
    expect(normalizeTags(Array.from({ length: 30 }, (_, i) => `t${i}`))).toHaveLength(20);
  });
});

describe('notes store', () => {
  const stops: (() => void)[] = [];
  afterEach(() => stops.splice(0).forEach((stop) => stop()));

  async function started(): Promise<NotesStore> {
    const s = createNotesStore();
    stops.push(startNotesStore(s));
    await vi.waitFor(() => expect(s.getState().loaded).toBe(true));
    return s;
  }

  it('shows notes pinned first, then newest, hides deleted ones and reports problems', async () => {
    const older = note({ text: 'older', updatedAt: t0 + 1 });
    const newer = note({ text: 'newer', updatedAt: t0 + 2 });
    const pinned = note({ text: 'pinned', pinned: true, updatedAt: t0 });
    const gone = note({ text: 'gone', deletedAt: Date.now(), updatedAt: Date.now() }); // recent: not purged
    await store(older, newer, pinned, gone);
    await fakeBrowser.storage.local.set({ 'note:corrupt': 42 });

    const s = await started();

    expect(s.getState().notes.map((n) => n.text)).toEqual(['pinned', 'newer', 'older']);
    expect(s.getState().byId[gone.id]).toEqual(gone);
    expect(s.getState().problems.map((p) => p.key)).toEqual(['note:corrupt']);
  });

  it('follows changes from another view, applying only the changed key', async () => {
    const [panel, options] = [await started(), await started()];
    const created = await panel.getState().create({ text: 'Tanyakan definisi jangkauan', tags: ['laporan'] });
    if (!created.ok) throw new Error('create failed');
    expect(options.getState().notes).toEqual([created.note]);

    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    await store({ ...created.note, text: 'written elsewhere', updatedAt: created.note.updatedAt + 10 });
    expect(panel.getState().notes[0]!.text).toBe('written elsewhere');
    expect(options.getState().notes[0]!.text).toBe('written elsewhere');
    expect(get).not.toHaveBeenCalled();

    await fakeBrowser.storage.local.set({ [noteKey(created.note.id)]: 'corrupted' });
    expect(options.getState().notes).toEqual([]);
    expect(options.getState().problems).toMatchObject([{ key: noteKey(created.note.id) }]);

    await fakeBrowser.storage.local.remove(noteKey(created.note.id));
    expect(options.getState().problems).toEqual([]);
  });

  it('keeps a change made while it was loading', async () => {
    const late = note({ text: 'saved during the load' });
    const get = fakeBrowser.storage.local.get.bind(fakeBrowser.storage.local);
    vi.spyOn(fakeBrowser.storage.local, 'get').mockImplementationOnce(async (keys) => {
      const snapshot = await get(keys);
      await store(late);
      return snapshot;
    });
    const s = await started();
    expect(s.getState().notes).toEqual([late]);
  });

  it('stops following when stopped', async () => {
    const s = await started();
    stops.pop()!();
    await store(note());
    expect(s.getState().notes).toEqual([]);
  });

  it('deletes softly and undoes, in every open view', async () => {
    const [panel, popup] = [await started(), await started()];
    const created = await panel.getState().create({ text: 'to delete' });
    if (!created.ok) throw new Error('create failed');

    const removed = await panel.getState().remove(created.note.id);
    if (!removed.ok) throw new Error('remove failed');
    expect(popup.getState().notes).toEqual([]);
    expect(popup.getState().byId[created.note.id]?.deletedAt).not.toBeNull();

    expect(await removed.undo()).toMatchObject({ ok: true, note: { text: 'to delete', deletedAt: null } });
    expect(popup.getState().notes.map((n) => n.text)).toEqual(['to delete']);
  });

  it('does not let an undo overwrite an edit it has not seen', async () => {
    const s = createNotesStore(); // not following storage: it cannot see the other view's edit
    const n = note();
    await store(n);
    await s.getState().load();
    const removed = await s.getState().remove(n.id);
    if (!removed.ok) throw new Error('remove failed');
    const edited = {
      ...removed.note,
      deletedAt: null,
      text: 'edited elsewhere',
      updatedAt: removed.note.updatedAt + 5,
    };
    await store(edited);

    expect(await removed.undo()).toMatchObject({ ok: false, reason: 'conflict', current: edited });
    expect(s.getState().notes).toEqual([edited]);
    expect(await stored(n.id)).toEqual(edited);
  });

  it('returns a conflict for a stale save and shows the stored version', async () => {
    const s = await started();
    const created = await s.getState().create({ text: 'v1' });
    if (!created.ok) throw new Error('create failed');
    await s.getState().save({ ...created.note, text: 'v2' });

    const stale = await s.getState().save({ ...created.note, text: 'stale edit' });

    expect(stale).toMatchObject({ ok: false, reason: 'conflict', current: { text: 'v2' } });
    expect(s.getState().notes.map((n) => n.text)).toEqual(['v2']);
  });

  it('pins and unpins, moving the note to the top', async () => {
    const first = note({ text: 'first', updatedAt: t0 + 10 });
    const second = note({ text: 'second', updatedAt: t0 + 1 });
    await store(first, second);
    const s = await started();
    await s.getState().togglePin(second.id);
    expect(s.getState().notes.map((n) => [n.text, n.pinned])).toEqual([
      ['second', true],
      ['first', false],
    ]);
  });

  it('answers for a note it does not know without writing', async () => {
    const s = await started();
    expect(await s.getState().remove('missing')).toMatchObject({ ok: false, reason: 'conflict', current: null });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('reports storage it cannot read', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(new Error('disk gone'));
    const s = createNotesStore();
    await s.getState().load();
    expect(s.getState().loadError?.en).toMatch(/disk gone/);
  });
});
