// Export and import, section by section: everything the leader keeps goes out and comes back key
// by key; an import checks the whole file first, plans against what is stored at the moment it
// writes, never replaces newer or unreadable data, and writes everything in one call or nothing.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storedActivity, storedReminderSettings } from '../tests/examples';
import fixture from '../lib/fixtures/backup-v1.json';
import { say } from '../lib/i18n';
import { newAgendaItem } from '../lib/model/agenda-item';
import { createMember } from '../lib/model/member';
import { createNote, type Note } from '../lib/model/note';
import { agenda } from './agenda';
import { applyImport, checkBackup, exportBackup, previewImport, type CheckedBackup } from './backup';
import { setTick } from './checklist';
import { notes } from './notes';
import { team } from './team';

const t0 = Date.UTC(2025, 0, 15, 8, 30);

beforeEach(() => {
  fakeBrowser.reset();
});

afterEach(() => {
  vi.restoreAllMocks();
});

function checked(text: string): CheckedBackup {
  const result = checkBackup(text);
  if (!result.ok) throw new Error(`refused: ${say('en', result.error)}`);
  return result.backup;
}

function refusal(text: string): string {
  const result = checkBackup(text);
  if (result.ok) throw new Error('expected the file to be refused');
  return say('en', result.error);
}

/** Every kind of data the leader keeps, as storage holds it. */
async function fillEverything() {
  const note = createNote({ text: 'Reach vs impressions: ask Dewi', tags: ['q3'], about: { metric: 'reach' } }, t0);
  const member = {
    ...createMember({ name: 'Dewi 🌟', role: 'Community', platforms: ['instagram'] }, t0),
    lastCheckInAt: t0,
  };
  const item = newAgendaItem({ kind: 'question', ref: 'audience-who', memberId: member.id }, t0);
  await fakeBrowser.storage.local.set({
    [notes.key(note.id)]: note,
    [team.key(member.id)]: member,
    [agenda.key(item.id)]: item,
    'checklist-ticks': { 'meet-each-person': { done: true, at: t0 } },
    activity: storedActivity(t0),
    settings: { language: 'id', pausedPlatforms: ['x'], hints: true, history: true },
    settings$: { v: 1 },
    reminderSettings: storedReminderSettings,
    nudgeHistory: { retro: { lastDoneAt: t0 }, [`check-in:${member.id}`]: { lastShownAt: t0 } },
    'kept:checklist-ticks:1': { key: 'checklist-ticks', value: 'garbage', problem: 'partial', keptAt: 1 },
    'note:damaged': { text: 'half a note' },
  });
  return { note, member, item };
}

describe('export, wipe and import', () => {
  it('bring back every key exactly as it was', async () => {
    await fillEverything();
    const before = structuredClone(await fakeBrowser.storage.local.get(null));
    const file = await exportBackup(t0);

    await fakeBrowser.storage.local.clear();
    const backup = checked(file);
    expect(backup.hasSettings).toBe(true);
    const result = await applyImport(backup, { withSettings: true });

    expect(result.ok).toBe(true);
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
  });

  it('leave settings and reminder settings alone unless asked, and merge the rest', async () => {
    await fillEverything();
    const file = await exportBackup(t0);
    await fakeBrowser.storage.local.clear();
    await applyImport(checked(file), { withSettings: false });
    const after = await fakeBrowser.storage.local.get(null);
    expect(after.settings).toBeUndefined();
    expect(after.reminderSettings).toBeUndefined();
    expect(after.nudgeHistory).toBeDefined();
    expect(Object.keys(after).filter((key) => /^(note|member|agenda):/.test(key))).toHaveLength(4);
  });

  it('change nothing the second time the same file is imported', async () => {
    await fillEverything();
    const file = await exportBackup(t0);
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    const plans = await previewImport(checked(file), { withSettings: true });
    expect(plans.every((plan) => Object.keys(plan.writes).length === 0)).toBe(true);
    expect(await applyImport(checked(file), { withSettings: true })).toMatchObject({ ok: true, written: 0 });
    expect(set).not.toHaveBeenCalled();
  });

  it('leave deleted notes out of the file', async () => {
    const kept = createNote({ text: 'kept' }, t0);
    const gone = { ...createNote({ text: 'gone' }, t0), deletedAt: t0 + 1 };
    await fakeBrowser.storage.local.set({ [notes.key(kept.id)]: kept, [notes.key(gone.id)]: gone });
    expect(JSON.parse(await exportBackup(t0)).notes).toEqual([kept]);
  });
});

describe('an import against what is stored when it writes', () => {
  it('never replaces a record stored in a newer record version, of any kind', async () => {
    const { note, member, item } = await fillEverything();
    const file = await exportBackup(t0);
    const newer = {
      [notes.key(note.id)]: { ...note, v: 2, text: 'from a newer Sidecoach', updatedAt: 1 },
      [team.key(member.id)]: { ...member, v: 2, name: 'from a newer Sidecoach', updatedAt: 1 },
      [agenda.key(item.id)]: { ...item, v: 3, text: 'from a newer Sidecoach', updatedAt: 1 },
    };
    await fakeBrowser.storage.local.set(newer);

    const result = await applyImport(checked(file), { withSettings: false });

    if (!result.ok) throw new Error('import failed');
    expect(result.plans.filter((plan) => plan.counts.kept > 0).map((plan) => plan.section)).toEqual([
      'notes',
      'members',
      'agenda',
    ]);
    expect(await fakeBrowser.storage.local.get(Object.keys(newer))).toEqual(newer);
  });

  it('keeps a person edited and an item ticked after the preview', async () => {
    const { member, item } = await fillEverything();
    const file = await exportBackup(t0);
    // The file carries an older Dewi and an open item; here they are newer still.
    const olderInFile = JSON.parse(file);
    olderInFile.members[0].updatedAt = t0 + 10;
    olderInFile.members[0].role = 'from the file';
    olderInFile.agenda[0].updatedAt = t0 + 10;
    const backup = checked(JSON.stringify(olderInFile));
    const preview = await previewImport(backup, { withSettings: false });
    expect(preview.find((plan) => plan.section === 'members')?.counts.updated).toBe(1);

    // After the preview, in another window: Dewi is edited, the item is discussed, an item ticked.
    await team.save(
      { ...member, role: 'edited after the preview' },
      { expectedUpdatedAt: member.updatedAt, now: t0 + 20 },
    );
    await agenda.save({ ...item, status: 'discussed' }, { expectedUpdatedAt: item.updatedAt, now: t0 + 20 });
    await setTick('list-platforms', true, t0 + 20);

    const result = await applyImport(backup, { withSettings: false });

    expect(result.ok && result.plans.find((plan) => plan.section === 'members')?.counts).toMatchObject({
      updated: 0,
      unchanged: 1,
    });
    const stored = await fakeBrowser.storage.local.get(null);
    expect(stored[team.key(member.id)]).toMatchObject({ role: 'edited after the preview' });
    expect(stored[agenda.key(item.id)]).toMatchObject({ status: 'discussed' });
    expect(stored['checklist-ticks']).toMatchObject({
      'list-platforms': { done: true },
      'meet-each-person': { done: true },
    });
  });

  /** Everything stored, and a backup of it in which the one team member was changed later. */
  async function memberChangedInFile() {
    const { member } = await fillEverything();
    const file = JSON.parse(await exportBackup(t0));
    file.members[0].updatedAt = t0 + 10;
    file.members[0].role = 'from the file';
    return { member, backup: checked(JSON.stringify(file)) };
  }

  it('keeps a save made in another window while the import waits for the store', async () => {
    const { member, backup } = await memberChangedInFile();
    // The edit starts first and holds its key's lock; the import waits for it, then plans.
    const edit = team.save({ ...member, role: 'saved first' }, { expectedUpdatedAt: member.updatedAt, now: t0 + 20 });
    const imported = applyImport(backup, { withSettings: false });
    await Promise.all([edit, imported]);
    expect((await fakeBrowser.storage.local.get(team.key(member.id)))[team.key(member.id)]).toMatchObject({
      role: 'saved first',
    });
  });

  it('reads storage in parts under the store lock: a save asked meanwhile waits, then sees the import', async () => {
    const { member, backup } = await memberChangedInFile();
    // A browser that lists its keys: the import reads them a few hundred at a time, in several calls.
    const local = fakeBrowser.storage.local as typeof fakeBrowser.storage.local & { getKeys?: () => Promise<string[]> };
    const original = local.get.bind(local);
    local.getKeys = async () => Object.keys(await original(null));
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let reading!: () => void;
    const importReads = new Promise<void>((resolve) => (reading = resolve));
    vi.spyOn(local, 'get').mockImplementation(async (keys) => {
      if (Array.isArray(keys) && keys.length > 1) {
        reading();
        await held;
      }
      return original(keys as string[]);
    });
    try {
      const imported = applyImport(backup, { withSettings: false });
      await importReads;
      const saved = team.save(
        { ...member, role: 'saved meanwhile' },
        { expectedUpdatedAt: member.updatedAt, now: t0 + 20 },
      );
      release();
      const [result, save] = await Promise.all([imported, saved]);
      expect(result.ok && result.plans.find((plan) => plan.section === 'members')?.counts.updated).toBe(1);
      // The save ran after the import was written, and found the record changed under it.
      expect(save).toMatchObject({ ok: false, reason: 'conflict', current: { role: 'from the file' } });
      expect((await original(team.key(member.id)))[team.key(member.id)]).toMatchObject({ role: 'from the file' });
    } finally {
      Reflect.deleteProperty(local, 'getKeys');
    }
  });

  it('writes the whole import in one storage call, so it is applied in full or not at all', async () => {
    await fillEverything();
    const file = await exportBackup(t0);
    await fakeBrowser.storage.local.clear();
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    await applyImport(checked(file), { withSettings: true });
    expect(set).toHaveBeenCalledTimes(1);
  });

  it('changes nothing and says why when the write is refused', async () => {
    await fillEverything();
    const file = await exportBackup(t0);
    await fakeBrowser.storage.local.clear();
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    expect(await applyImport(checked(file), { withSettings: true })).toMatchObject({
      ok: false,
      reason: 'quota',
      message: { key: 'storageFull' },
    });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('puts back what was kept aside only where nothing is stored now', async () => {
    await fakeBrowser.storage.local.set({ 'note:damaged': 'here now' });
    const file = JSON.stringify({
      format: 'sidecoach-backup',
      version: 2,
      exportedAt: new Date(t0).toISOString(),
      kept: { 'note:damaged': 'from the file', 'kept:settings:5': { value: 1 } },
    });
    await applyImport(checked(file), { withSettings: false });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({
      'note:damaged': 'here now',
      'kept:settings:5': { value: 1 },
    });
  });
});

describe('checking a file', () => {
  const withNotes = (list: unknown[]) => JSON.stringify({ ...fixture, notes: list });
  const note = (text: string): Note => createNote({ text }, t0);

  it('reads the version-1 fixture', () => {
    const backup = checked(JSON.stringify(fixture));
    expect(backup.values.get('notes')).toEqual(fixture.notes);
    expect(backup.hasSettings).toBe(true);
  });

  it('names the record and the field that is wrong', () => {
    const list: unknown[] = Array.from({ length: 12 }, (_, i) => note(`note ${i}`));
    const withoutText: Partial<Note> = { ...(list[11] as Note) };
    delete withoutText.text;
    expect(refusal(withNotes([...list.slice(0, 11), withoutText]))).toBe('Note 12 is missing its text.');
    expect(refusal(withNotes([{ ...(list[0] as Note), tags: 'launch' }]))).toBe('The tags of Note 1 cannot be read.');
    expect(refusal(withNotes(['just text']))).toBe('Note 1 cannot be read.');
    expect(refusal(withNotes([list[0], list[1], list[0]]))).toBe(
      'Note 1 and Note 3 have the same id, so this backup is damaged.',
    );
    expect(refusal(JSON.stringify({ ...fixture, notes: 'all' }))).toMatch(/no readable list/);
  });

  it('asks for an update for a record from a newer Sidecoach', () => {
    expect(refusal(withNotes([{ ...note('x'), v: 9 }]))).toMatch(/^Note 1 was saved by a newer version/);
  });

  it('refuses a damaged team or checklist section, so nothing is imported', () => {
    const base = { format: 'sidecoach-backup', version: 2, exportedAt: new Date(t0).toISOString() };
    expect(refusal(JSON.stringify({ ...base, members: [{ name: 42 }] }))).toMatch(/Team member 1/);
    expect(refusal(JSON.stringify({ ...base, checklist: { ticks: 'x', activity: {} } }))).toMatch(/checklist part/);
    expect(refusal(JSON.stringify({ ...base, kept: { settings: 'overwrite me' } }))).toMatch(/data kept aside/);
    expect(refusal(JSON.stringify(base))).toMatch(/nothing Sidecoach can import/);
  });

  it('keeps the notes when the settings in a file are unreadable', async () => {
    const backup = checked(JSON.stringify({ ...fixture, settings: { language: 'klingon' } }));
    expect(backup.hasSettings).toBe(false);
    await applyImport(backup, { withSettings: true });
    const stored = await fakeBrowser.storage.local.get(null);
    expect(Object.keys(stored).filter((key) => key.startsWith('note:'))).toHaveLength(3);
    expect(stored.settings).toBeUndefined();
  });
});
