import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createNote, noteKey, type Note } from '../state/notes';
import { defaultSettings } from '../state/settings';
import {
  MAX_BACKUP_BYTES,
  applyImport,
  buildBackup,
  parseBackup,
  planImport,
  serializeBackup,
  type ParsedBackup,
} from './backup';
import fixture from './fixtures/backup-v1.json';

const t0 = Date.UTC(2025, 0, 15, 8, 30);
const fixtureText = JSON.stringify(fixture, null, 2);

function note(text: string, extra: Partial<Note> = {}): Note {
  return { ...createNote({ text }, t0), ...extra };
}

function errorOf(result: ParsedBackup): string {
  if (result.ok) throw new Error('expected the backup to be refused');
  return result.error.en;
}

/** A backup's text with `notes` replaced, for tests that damage one note. */
function withNotes(notes: unknown[]): string {
  return JSON.stringify({ ...fixture, notes });
}

beforeEach(() => {
  fakeBrowser.reset();
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('building and reading a backup', () => {
  it('reads the version-1 fixture', () => {
    const result = parseBackup(fixtureText);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.backup.notes).toHaveLength(3);
    expect(result.backup.notes).toEqual(fixture.notes);
    expect(result.backup.settings).toMatchObject({ language: 'id' });
  });

  it('round-trips notes, settings, checklist and team, leaving deleted notes out', () => {
    const kept = note('<script>alert("hi")</script>\n# not a heading', { tags: ['launch'], pinned: true });
    const deleted = note('gone', { deletedAt: t0 + 1 });
    const backup = buildBackup(
      {
        notes: [kept, deleted],
        settings: { ...defaultSettings, language: 'en' },
        checklist: { 'meet-each-person': { done: true } },
        team: [{ id: 'member-1' }],
      },
      t0,
    );
    expect(backup).toMatchObject({ format: 'sidecoach-backup', version: 1, exportedAt: '2025-01-15T08:30:00.000Z' });

    const text = serializeBackup(backup);
    expect(text).toContain('<script>alert(\\"hi\\")</script>');
    expect(text.split('\n').length).toBeGreaterThan(10); // indented for people

    expect(parseBackup(text)).toEqual({ ok: true, backup });
    expect(backup.notes).toEqual([kept]);
  });

  it.each([
    ['an empty file', ''],
    ['a cut-off file', fixtureText.slice(0, 200)],
    ['text that is not JSON', 'Catatan rapat minggu ini'],
  ])('refuses %s as cut off or not JSON', (_label, text) => {
    expect(errorOf(parseBackup(text))).toBe('This file is cut off or is not valid JSON.');
  });

  it.each([
    ['null', 'null'],
    ['a number', '42'],
    ['a list', '[1, 2]'],
    ['another format', JSON.stringify({ ...fixture, format: 'other-app' })],
    ['deep nesting', '['.repeat(100_000) + ']'.repeat(100_000)],
  ])('refuses %s as not a Sidecoach backup', (_label, text) => {
    expect(errorOf(parseBackup(text))).toBe('This file is not a Sidecoach backup.');
  });

  it('asks for an update for a backup from a newer Sidecoach', () => {
    expect(errorOf(parseBackup(JSON.stringify({ ...fixture, version: 3 })))).toBe(
      'This backup was made by a newer version of Sidecoach (version 3); update Sidecoach to import it.',
    );
  });

  it.each([0, '1', 1.5, null])('refuses version %j', (version) => {
    expect(errorOf(parseBackup(JSON.stringify({ ...fixture, version })))).toMatch(/no version Sidecoach knows/);
  });

  it('names the note and the field that is wrong', () => {
    const notes: unknown[] = Array.from({ length: 12 }, (_, i) => note(`note ${i}`));
    const withoutText: Partial<Note> = { ...(notes[11] as Note) };
    delete withoutText.text;
    expect(errorOf(parseBackup(withNotes([...notes.slice(0, 11), withoutText])))).toBe('Note 12 is missing its text.');
    expect(errorOf(parseBackup(withNotes([{ ...(notes[0] as Note), tags: 'launch' }])))).toBe(
      'The tags of note 1 cannot be read.',
    );
    expect(errorOf(parseBackup(withNotes(['just text'])))).toBe('Note 1 cannot be read.');
    expect(errorOf(parseBackup(withNotes([notes[0], notes[1], notes[0]])))).toBe(
      'Notes 1 and 3 have the same id, so this backup is damaged.',
    );
    expect(errorOf(parseBackup(JSON.stringify({ ...fixture, notes: 'all' })))).toBe(
      'This backup has no list of notes.',
    );
  });

  it('gives every error in Indonesian too', () => {
    const result = parseBackup('{');
    expect(!result.ok && result.error.id).toBe('File ini terpotong atau bukan JSON yang valid.');
  });

  it('keeps the notes when the settings in a backup are unreadable', () => {
    const result = parseBackup(JSON.stringify({ ...fixture, settings: { language: 'klingon' } }));
    expect(result.ok && result.backup.settings).toBeUndefined();
    expect(result.ok && result.backup.notes).toHaveLength(3);
  });

  it('refuses a file over 50 MB without reading it', () => {
    const huge = ' '.repeat(MAX_BACKUP_BYTES + 1);
    expect(errorOf(parseBackup(huge))).toMatch(/larger than 50 MB/);
  });

  it('drops __proto__, constructor and prototype keys', () => {
    const poisoned = fixtureText.replace(
      '"v": 1,',
      '"__proto__": { "polluted": true }, "constructor": { "prototype": { "polluted": true } }, "v": 1,',
    );
    const result = parseBackup(poisoned.replace('{', '{ "__proto__": { "polluted": true },'));
    expect(result.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(result.ok && Object.getPrototypeOf(result.backup.notes[0])).toBe(Object.prototype);
  });
});

describe('parseBackup, fuzzed', () => {
  const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();

  /** What parseBackup must answer for any text: a backup, or a non-empty sentence in both languages. */
  function wellFormed(text: string): boolean {
    const result = parseBackup(text);
    return result.ok
      ? result.backup.format === 'sidecoach-backup'
      : typeof result.error.en === 'string' && result.error.en.length > 0 && result.error.id.length > 0;
  }

  afterEach(() => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeys);
  });

  const dangerousKey = fc.constantFrom('__proto__', 'constructor', 'prototype', 'polluted', 'notes', 'v', 'text');
  const poisonedObject = fc
    .array(fc.tuple(dangerousKey, fc.jsonValue({ maxDepth: 3 })), { maxLength: 6 })
    .map(
      (entries) => `{${entries.map(([key, value]) => `${JSON.stringify(key)}:${JSON.stringify(value)}`).join(',')}}`,
    );

  it('answers any string', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), wellFormed), { numRuns: 2000 });
  });

  it('answers any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => wellFormed(JSON.stringify(value) ?? 'null')),
      { numRuns: 2000 },
    );
  });

  it('answers backup-shaped JSON with any version and any notes', () => {
    const shaped = fc.record({
      format: fc.oneof(fc.constant('sidecoach-backup'), fc.jsonValue()),
      version: fc.oneof(fc.integer(), fc.double(), fc.jsonValue()),
      exportedAt: fc.oneof(fc.constant('2025-01-15T08:30:00.000Z'), fc.jsonValue()),
      notes: fc.array(fc.oneof(fc.constant(fixture.notes[0]), fc.jsonValue({ maxDepth: 3 }))),
      settings: fc.jsonValue({ maxDepth: 2 }),
    });
    fc.assert(
      fc.property(shaped, (value) => wellFormed(JSON.stringify(value))),
      { numRuns: 2000 },
    );
  });

  it('answers objects with __proto__ and constructor keys, at the top and inside notes', () => {
    fc.assert(
      fc.property(poisonedObject, poisonedObject, (top, inNote) => {
        // Replacer functions: the generated text may contain `$&`, which a replacement string would expand.
        const text = fixtureText
          .replace('{', () => `{"x":${top},`)
          .replace('"v": 1,', () => `"y":${inNote},"__proto__":${top},"v": 1,`);
        return wellFormed(text) && wellFormed(top) && parseBackup(text).ok;
      }),
      { numRuns: 2000 },
    );
  });

  it('answers deep nesting', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200_000 }), fc.constantFrom('[', '{"a":'), (depth, open) => {
        const close = open === '[' ? ']' : '}';
        return wellFormed(open.repeat(depth) + '1' + close.repeat(depth));
      }),
      { numRuns: 200 },
    );
  });

  it('answers huge strings', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2_000_000 }), fc.constantFrom('"', '', '{"format":"'), (size, prefix) =>
        wellFormed(prefix + 'x'.repeat(size)),
      ),
      { numRuns: 50 },
    );
  });

  it('refuses every truncated backup', () => {
    const parsed = parseBackup(fixtureText);
    if (!parsed.ok) throw new Error('the fixture should parse');
    const text = serializeBackup(parsed.backup);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: text.length - 2 }), (end) => {
        const result = parseBackup(text.slice(0, end));
        return !result.ok && result.error.en.length > 0;
      }),
      { numRuns: 2000 },
    );
  });
});

describe('planImport', () => {
  it('adds new notes, updates older ones and skips the rest', () => {
    const same = note('same');
    const older = note('older here', { updatedAt: t0 });
    const newer = note('newer here', { updatedAt: t0 + 100 });
    const existing = [same, older, newer];
    const fresh = note('fresh');
    const copy = note('same'); // same words and topic under another id
    const incoming = [
      same,
      { ...older, text: 'edited later', updatedAt: t0 + 50 },
      { ...newer, text: 'edited earlier', updatedAt: t0 + 50 },
      fresh,
      copy,
    ];
    expect(planImport(existing, incoming)).toEqual({
      added: [fresh],
      updated: [incoming[1]],
      unchanged: [same, incoming[2], copy],
    });
  });

  it('treats the same words about something else as a different note', () => {
    const existing = note('ask about this', { about: { metric: 'reach' } });
    const incoming = note('ask about this', { about: { metric: 'impressions' } });
    expect(planImport([existing], [incoming]).added).toEqual([incoming]);
  });
});

describe('applyImport', () => {
  async function snapshot() {
    return structuredClone(await fakeBrowser.storage.local.get(null));
  }

  it('writes only the added and updated notes', async () => {
    const kept = note('kept');
    const old = note('old', { updatedAt: t0 });
    await fakeBrowser.storage.local.set({
      [noteKey(kept.id)]: kept,
      [noteKey(old.id)]: old,
      settings: { language: 'id' },
    });
    const update = { ...old, text: 'new', updatedAt: t0 + 10 };
    const added = note('added');

    expect(await applyImport(planImport([kept, old], [kept, update, added]))).toEqual({ ok: true, written: 2 });

    expect(await fakeBrowser.storage.local.get(null)).toEqual({
      [noteKey(kept.id)]: kept,
      [noteKey(old.id)]: update,
      [noteKey(added.id)]: added,
      settings: { language: 'id' },
    });
  });

  it('keeps a note saved since the plan was made, and an unreadable stored value', async () => {
    const n = note('original', { updatedAt: t0 });
    const plan = planImport([n], [{ ...n, text: 'from backup', updatedAt: t0 + 10 }, note('x', { id: 'corrupt' })]);
    const meanwhile = { ...n, text: 'edited meanwhile', updatedAt: t0 + 20 };
    await fakeBrowser.storage.local.set({ [noteKey(n.id)]: meanwhile, 'note:corrupt': 'garbage' });

    expect(await applyImport(plan)).toEqual({ ok: true, written: 0 });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({
      [noteKey(n.id)]: meanwhile,
      'note:corrupt': 'garbage',
    });
  });

  it('refuses a plan with an invalid note and changes nothing', async () => {
    await fakeBrowser.storage.local.set({ [noteKey('a')]: note('a', { id: 'a' }) });
    const before = await snapshot();
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');

    const result = await applyImport({ added: [note('fine'), note('', { id: 'blank' })], updated: [], unchanged: [] });

    expect(result).toMatchObject({ ok: false, reason: 'invalid' });
    expect(set).not.toHaveBeenCalled();
    expect(await snapshot()).toEqual(before);
  });

  it('puts every key back when the write fails part way', async () => {
    const old = note('old', { updatedAt: t0 });
    await fakeBrowser.storage.local.set({ [noteKey(old.id)]: old });
    const before = await snapshot();
    const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    // The browser writes some items, then runs out of room.
    vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementationOnce(async (items) => {
      await set(items);
      throw new Error('QUOTA_BYTES quota exceeded');
    });

    const plan = planImport([old], [{ ...old, text: 'new', updatedAt: t0 + 5 }, note('added 1'), note('added 2')]);
    const result = await applyImport(plan);

    expect(result).toMatchObject({ ok: false, reason: 'quota', restored: true });
    expect(await snapshot()).toEqual(before);
  });

  it('says so when it cannot undo a failed write', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('disk gone'));
    vi.spyOn(fakeBrowser.storage.local, 'get').mockResolvedValueOnce({}).mockRejectedValue(new Error('disk gone'));

    const result = await applyImport({ added: [note('a')], updated: [], unchanged: [] });

    expect(result).toMatchObject({ ok: false, reason: 'error', restored: false });
    expect(!result.ok && result.message.en).toMatch(/Importing the same file again is safe/);
  });
});
