// The leader's notes: one `local:` storage key per note (`note:<id>`), validated on every read and
// saved with per-note last-writer-wins. Notes are the one thing Sidecoach holds that cannot be
// rebuilt, so nothing here deletes or rewrites a stored value it cannot read, and saving never
// throws: every failure comes back as a result with a message in both languages.
//
// We use `browser.storage.local` directly rather than `storage.defineItem`: notes live under many
// keys that are listed by prefix and followed with one `onChanged` listener.
import { browser } from 'wxt/browser';
import { idSchema, type LocalizedText } from '../content/schema';
import { z } from '../lib/zod';

export const NOTE_VERSION = 1;
export const NOTE_KEY_PREFIX = 'note:';
export const MAX_NOTE_TEXT = 20_000;
export const MAX_TAGS = 20;
export const MAX_TAG_LENGTH = 40;
/** How long a deleted note is kept, so "undo" and a later restore can still bring it back. */
export const DELETED_NOTE_RETENTION_MS = 30 * 24 * 60 * 60 * 1000;

const timestampSchema = z.int().min(0);

/** Lower case, no leading `#`, single spaces: "#Q3 Launch " and "q3 launch" are one tag. */
export function normalizeTag(tag: string): string {
  return tag
    .normalize('NFC')
    .trim()
    .replace(/^#+\s*/, '')
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

/** Tags as typed by a person, made valid: normalised, without empties or repeats, at most MAX_TAGS. */
export function normalizeTags(tags: readonly string[]): string[] {
  const clean = tags.map((tag) => normalizeTag(tag).slice(0, MAX_TAG_LENGTH).trim()).filter(Boolean);
  return [...new Set(clean)].slice(0, MAX_TAGS);
}

const tagSchema = z
  .string()
  .min(1)
  .max(MAX_TAG_LENGTH)
  .refine((tag) => tag === normalizeTag(tag), 'tags are lower case, without # or extra spaces');

export const notePageSchema = z.object({
  url: z.url({ protocol: /^https?$/ }).max(4096),
  title: z.string().max(1000).optional(),
  /** The period the dashboard showed, as the page wrote it ("Last 28 days"), like the tab context's. */
  dateRange: z.string().trim().min(1).max(200).optional(),
});

/** What a note is tied to. Every part is optional; `{}` is a note about nothing in particular. */
export const noteAboutSchema = z.object({
  platform: idSchema.optional(),
  /** A surface id of the platform, as context detection reports it. */
  surface: idSchema.optional(),
  metric: idSchema.optional(),
  question: idSchema.optional(),
  teamMember: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,64}$/)
    .optional(),
  page: notePageSchema.optional(),
});
export type NoteAbout = z.infer<typeof noteAboutSchema>;
export type NoteAboutKey = Exclude<keyof NoteAbout, 'page'>;

export const noteSchema = z.object({
  v: z.literal(NOTE_VERSION),
  id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'note ids are letters, digits, - and _'),
  /** Plain text, never HTML or Markdown: every view and export shows it as typed. */
  text: z
    .string()
    .max(MAX_NOTE_TEXT)
    .refine((text) => text.trim() !== '', 'a note needs some text'),
  tags: z
    .array(tagSchema)
    .max(MAX_TAGS)
    .refine((tags) => new Set(tags).size === tags.length, 'a tag appears twice'),
  pinned: z.boolean(),
  createdAt: timestampSchema,
  /** Also the note's version for last-writer-wins: every save makes it larger. */
  updatedAt: timestampSchema,
  /** Set when deleted: the note stays stored a while so undo works and other views see it go. */
  deletedAt: timestampSchema.nullable(),
  about: noteAboutSchema,
});
export type Note = z.infer<typeof noteSchema>;

export interface NoteProblem {
  /** The storage key, e.g. `note:3f2a…`; the value under it is left exactly as it is. */
  key: string;
  reason: LocalizedText;
}

export function noteKey(id: string): string {
  return `${NOTE_KEY_PREFIX}${id}`;
}

export function isNoteKey(key: string): boolean {
  return key.startsWith(NOTE_KEY_PREFIX);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

type RawNote = Record<string, unknown>;

/**
 * Upgrades by version: `migrations[n]` turns a version-n note into version n + 1. Version 2 adds
 * `1: (note) => ({ ...note, v: 2, newField: … })`, raises NOTE_VERSION and adds a
 * `fixtures/notes-v2.json`; the fixtures test then checks that v1 notes still load.
 */
const migrations: Record<number, (note: RawNote) => RawNote> = {};

/** Brings a stored or imported note of any earlier version up to NOTE_VERSION. Never throws. */
export function migrateNote(raw: unknown): unknown {
  let note = raw;
  while (isRecord(note) && typeof note.v === 'number' && note.v < NOTE_VERSION) {
    const step = migrations[note.v];
    if (!step) break; // an unknown old version: validation reports it
    note = step(note);
  }
  return note;
}

export type NoteRead = { ok: true; note: Note } | { ok: false; problem: NoteProblem };

/** Reads the value stored under `key` as a note (migrating it), or says why it cannot. */
export function readStoredNote(key: string, value: unknown): NoteRead {
  const fail = (reason: LocalizedText): NoteRead => ({ ok: false, problem: { key, reason } });
  const migrated = migrateNote(value);
  if (isRecord(migrated) && typeof migrated.v === 'number' && migrated.v > NOTE_VERSION) {
    return fail({
      en: `This note was saved by a newer version of Sidecoach (note version ${migrated.v}). Update Sidecoach to read it.`,
      id: `Catatan ini disimpan oleh Sidecoach versi yang lebih baru (versi catatan ${migrated.v}). Perbarui Sidecoach untuk membacanya.`,
    });
  }
  const parsed = noteSchema.safeParse(migrated);
  if (!parsed.success) {
    const detail = z.prettifyError(parsed.error);
    return fail({
      en: `This note cannot be read, so Sidecoach left it as it is. Details: ${detail}`,
      id: `Catatan ini tidak bisa dibaca, jadi Sidecoach membiarkannya apa adanya. Detail: ${detail}`,
    });
  }
  if (noteKey(parsed.data.id) !== key) {
    return fail({
      en: `This note is stored under another note's key (its id is ${parsed.data.id}), so Sidecoach left it as it is.`,
      id: `Catatan ini tersimpan di kunci milik catatan lain (id-nya ${parsed.data.id}), jadi Sidecoach membiarkannya apa adanya.`,
    });
  }
  return { ok: true, note: parsed.data };
}

/** Pinned first, then the most recently edited. Returns a new array. */
export function sortNotes(notes: readonly Note[]): Note[] {
  return [...notes].sort((a, b) => Number(b.pinned) - Number(a.pinned) || b.updatedAt - a.updatedAt);
}

/**
 * Every stored note, deleted ones included, from one read of local storage. A value that is not
 * a readable note is reported in `problems` and never touched. Rejects only if storage does.
 */
export async function listNotes(): Promise<{ notes: Note[]; problems: NoteProblem[] }> {
  const all: Record<string, unknown> = await browser.storage.local.get(null);
  const notes: Note[] = [];
  const problems: NoteProblem[] = [];
  for (const [key, value] of Object.entries(all)) {
    if (!isNoteKey(key)) continue;
    const read = readStoredNote(key, value);
    if (read.ok) notes.push(read.note);
    else problems.push(read.problem);
  }
  return { notes, problems };
}

export interface NoteInput {
  text: string;
  tags?: readonly string[];
  about?: NoteAbout;
  pinned?: boolean;
}

/** A new, unsaved note. Save it with `saveNote(note, { expectedUpdatedAt: null })`. */
export function createNote(input: NoteInput, now = Date.now()): Note {
  return {
    v: NOTE_VERSION,
    id: crypto.randomUUID(),
    text: input.text,
    tags: normalizeTags(input.tags ?? []),
    pinned: input.pinned ?? false,
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
    about: input.about ?? {},
  };
}

export type StorageFailure = { ok: false; reason: 'quota' | 'error'; message: LocalizedText };

export type SaveResult =
  | { ok: true; note: Note }
  /** Someone saved (or deleted) this note since the version the caller started from. */
  | { ok: false; reason: 'conflict'; current: Note | null; message: LocalizedText }
  /** The note itself is not valid (text too long, blank, bad tags…); nothing was written. */
  | { ok: false; reason: 'invalid'; message: LocalizedText }
  | StorageFailure;

/** Turns a rejected storage write into a result a person understands. */
export function storageFailure(error: unknown): StorageFailure {
  const detail = error instanceof Error ? error.message : String(error);
  const name = error instanceof Error ? error.name : '';
  if (name === 'QuotaExceededError' || /quota/i.test(detail)) {
    return {
      ok: false,
      reason: 'quota',
      message: {
        en: "Sidecoach's storage in this browser is full, so nothing was saved. Export a backup, delete notes you no longer need, then try again.",
        id: 'Penyimpanan Sidecoach di browser ini sudah penuh, jadi tidak ada yang tersimpan. Ekspor backup, hapus catatan yang tidak Anda perlukan lagi, lalu coba lagi.',
      },
    };
  }
  return {
    ok: false,
    reason: 'error',
    message: {
      en: `The browser refused to save (${detail}), so nothing was saved. Try again; if it keeps happening, export a backup.`,
      id: `Browser menolak menyimpan (${detail}), jadi tidak ada yang tersimpan. Coba lagi; kalau terus terjadi, ekspor backup.`,
    },
  };
}

function invalidMessage(error: z.ZodError): LocalizedText {
  const issue = error.issues[0];
  if (issue?.path[0] === 'text' && issue.code === 'too_big') {
    return {
      en: `This note is longer than ${MAX_NOTE_TEXT.toLocaleString('en')} characters. Shorten it or split it into two notes.`,
      id: `Catatan ini lebih dari ${MAX_NOTE_TEXT.toLocaleString('id')} karakter. Persingkat atau pecah menjadi dua catatan.`,
    };
  }
  if (issue?.path[0] === 'text') {
    return { en: 'Write something before saving.', id: 'Tulis sesuatu dulu sebelum menyimpan.' };
  }
  const detail = z.prettifyError(error);
  return {
    en: `This note cannot be saved because part of it is not valid. Details: ${detail}`,
    id: `Catatan ini tidak bisa disimpan karena ada bagian yang tidak valid. Detail: ${detail}`,
  };
}

function conflictMessage(current: Note | null): LocalizedText {
  return current === null || current.deletedAt !== null
    ? {
        en: 'This note was deleted in another Sidecoach window, so your change was not saved.',
        id: 'Catatan ini sudah dihapus di jendela Sidecoach lain, jadi perubahan Anda tidak disimpan.',
      }
    : {
        en: 'This note was changed in another Sidecoach window since you opened it. Compare both versions and keep the one you want.',
        id: 'Catatan ini sudah diubah di jendela Sidecoach lain sejak Anda membukanya. Bandingkan kedua versi dan simpan yang Anda mau.',
      };
}

/**
 * Runs `task` holding a lock on one note, shared by every open view of the extension (Web Locks),
 * so one view's read-compare-write cannot interleave with another's. Node (unit tests) has no
 * Web Locks; there the task just runs.
 */
function withNoteLock<T>(id: string, task: () => Promise<T>): Promise<T> {
  const locks = globalThis.navigator?.locks;
  return locks ? locks.request(`sidecoach-note:${id}`, task) : task();
}

/**
 * Saves one note, touching no other key. `expectedUpdatedAt` is the `updatedAt` of the version
 * the caller started from (null for a new note): if storage holds anything else, another view
 * saved meanwhile and nothing is written (`reason: 'conflict'`, with the stored `current`).
 * Stamps a new, larger `updatedAt`. Never throws; on failure the stored version is unchanged.
 */
export async function saveNote(
  note: Note,
  { expectedUpdatedAt, now = Date.now() }: { expectedUpdatedAt: number | null; now?: number },
): Promise<SaveResult> {
  const parsed = noteSchema.safeParse(note);
  if (!parsed.success) return { ok: false, reason: 'invalid', message: invalidMessage(parsed.error) };
  const key = noteKey(parsed.data.id);
  try {
    return await withNoteLock(parsed.data.id, async (): Promise<SaveResult> => {
      const stored: unknown = (await browser.storage.local.get(key))[key];
      let current: Note | null = null;
      if (stored !== undefined) {
        const read = readStoredNote(key, stored);
        // Never overwrite what we cannot read: it may be the only copy of someone's words.
        if (!read.ok) return { ok: false, reason: 'error', message: read.problem.reason };
        current = read.note;
      }
      if ((current?.updatedAt ?? null) !== expectedUpdatedAt) {
        return { ok: false, reason: 'conflict', current, message: conflictMessage(current) };
      }
      // Strictly larger than the stored version even if this device's clock went back.
      const saved: Note = { ...parsed.data, updatedAt: Math.max(now, (current?.updatedAt ?? 0) + 1) };
      await browser.storage.local.set({ [key]: saved });
      return { ok: true, note: saved };
    });
  } catch (error) {
    return storageFailure(error);
  }
}

/** Soft-deletes the version of the note the caller has; a newer edit elsewhere makes it a conflict. */
export function deleteNote(note: Note, now = Date.now()): Promise<SaveResult> {
  return saveNote({ ...note, deletedAt: now }, { expectedUpdatedAt: note.updatedAt, now });
}

/**
 * Undoes a soft delete. `note` is the deleted version the caller has; if anyone changed the note
 * since, nothing is written, so an undo never brings back older words over newer ones.
 */
export function restoreNote(note: Note, now = Date.now()): Promise<SaveResult> {
  return saveNote({ ...note, deletedAt: null }, { expectedUpdatedAt: note.updatedAt, now });
}

/**
 * Removes for good the notes deleted more than DELETED_NOTE_RETENTION_MS ago, so "delete" really
 * deletes in the end. Only the exact version seen as deleted is removed: a restore or edit in
 * another view meanwhile wins. Returns how many were removed; rejects only if storage does.
 */
export async function purgeDeletedNotes(now = Date.now()): Promise<number> {
  const { notes } = await listNotes();
  const expired = notes.filter((note) => note.deletedAt !== null && now - note.deletedAt > DELETED_NOTE_RETENTION_MS);
  let purged = 0;
  for (const note of expired) {
    const key = noteKey(note.id);
    await withNoteLock(note.id, async () => {
      const stored: unknown = (await browser.storage.local.get(key))[key];
      const read = readStoredNote(key, stored);
      if (read.ok && read.note.updatedAt === note.updatedAt && read.note.deletedAt !== null) {
        await browser.storage.local.remove(key);
        purged += 1;
      }
    });
  }
  return purged;
}
