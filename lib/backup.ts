// Backups: one JSON file the leader keeps, and the import that reads it back. A backup file may
// come from anywhere, so reading one never throws, refuses what it cannot fully check, and
// answers in a sentence a person understands, in both languages. An import writes nothing
// until every note in it has been checked.
import { browser } from 'wxt/browser';
import type { LocalizedText } from '../content/schema';
import {
  migrateNote,
  noteKey,
  noteSchema,
  readStoredNote,
  storageFailure,
  type Note,
  type NoteAbout,
  type StorageFailure,
} from '../state/notes';
import { settingsSchema, type Settings } from '../state/settings';
import { z } from './zod';

export const BACKUP_FORMAT = 'sidecoach-backup';
export const BACKUP_VERSION = 1;
/** Larger files are refused unread. The import view can check `File.size` against it first. */
export const MAX_BACKUP_BYTES = 50 * 1024 * 1024;
/** Far deeper than any real backup; deeper input is refused before parsing can overflow the stack. */
const MAX_DEPTH = 64;

const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  /** ISO 8601, UTC. */
  exportedAt: z.iso.datetime(),
  notes: z.array(z.preprocess(migrateNote, noteSchema)).superRefine((notes, context) => {
    const seen = new Map<string, number>();
    notes.forEach((note, index) => {
      const first = seen.get(note.id);
      if (first === undefined) seen.set(note.id, index);
      else context.addIssue({ code: 'custom', path: [index, 'id'], params: { duplicateOf: first } });
    });
  }),
  // Settings are easy to set again; unreadable ones must not cost the leader their notes.
  settings: settingsSchema.optional().catch(undefined),
  // These sections belong to the checklist and team modules, which check their own shapes on import.
  checklist: z.json().optional(),
  team: z.json().optional(),
});
export type Backup = z.infer<typeof backupSchema>;
/** Any JSON value: the shape of the checklist and team sections. */
export type Json = NonNullable<Backup['team']>;

/** A backup of everything given. Deleted notes stay out: the leader asked for them to go. */
export function buildBackup(
  data: { notes: readonly Note[]; settings?: Settings; checklist?: Json; team?: Json },
  now = Date.now(),
): Backup {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: new Date(now).toISOString(),
    notes: data.notes.filter((note) => note.deletedAt === null),
    ...(data.settings && { settings: data.settings }),
    ...(data.checklist !== undefined && { checklist: data.checklist }),
    ...(data.team !== undefined && { team: data.team }),
  };
}

/** The file's text: indented, so a person can read it in any editor. */
export function serializeBackup(backup: Backup): string {
  return `${JSON.stringify(backup, null, 2)}\n`;
}

export type ParsedBackup = { ok: true; backup: Backup } | { ok: false; error: LocalizedText };

const notABackup: LocalizedText = {
  en: 'This file is not a Sidecoach backup.',
  id: 'File ini bukan backup Sidecoach.',
};

/** The deepest nesting of arrays and objects in JSON text, counted without parsing it. */
function nestingDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (inString) {
      if (char === '\\') i++;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '{' || char === '[') deepest = Math.max(deepest, ++depth);
    else if (char === '}' || char === ']') depth--;
  }
  return deepest;
}

/** Keys that could reach an object's prototype if the data were ever copied key by key. */
function dropPrototypeKeys(key: string, value: unknown): unknown {
  return key === '__proto__' || key === 'constructor' || key === 'prototype' ? undefined : value;
}

const noteFields: Record<string, LocalizedText> = {
  id: { en: 'id', id: 'id' },
  v: { en: 'version number', id: 'nomor versi' },
  text: { en: 'text', id: 'teks' },
  tags: { en: 'tags', id: 'tag' },
  pinned: { en: 'pinned mark', id: 'tanda sematan' },
  createdAt: { en: 'creation date', id: 'tanggal dibuat' },
  updatedAt: { en: 'last-edit date', id: 'tanggal terakhir diedit' },
  deletedAt: { en: 'deletion date', id: 'tanggal dihapus' },
  about: { en: 'link to what it is about', id: 'keterangan topiknya' },
};

/** The first thing wrong with a backup that has the right format and version, as a sentence. */
function describeIssue(issue: z.core.$ZodIssue, data: object): LocalizedText {
  const [section, index, field] = issue.path;
  if (section === 'notes' && typeof index === 'number') {
    const n = index + 1;
    if (issue.code === 'custom' && field === 'id' && typeof issue.params?.duplicateOf === 'number') {
      const first = issue.params.duplicateOf + 1;
      return {
        en: `Notes ${first} and ${n} have the same id, so this backup is damaged.`,
        id: `Catatan ${first} dan ${n} punya id yang sama, jadi backup ini rusak.`,
      };
    }
    const name = typeof field === 'string' ? noteFields[field] : undefined;
    if (!name) return { en: `Note ${n} cannot be read.`, id: `Catatan ${n} tidak bisa dibaca.` };
    const raw: unknown = 'notes' in data && Array.isArray(data.notes) ? data.notes[index] : undefined;
    if (typeof raw === 'object' && raw !== null && !Object.hasOwn(raw, field as string)) {
      return { en: `Note ${n} is missing its ${name.en}.`, id: `Catatan ${n} tidak punya ${name.id}.` };
    }
    return {
      en: `The ${name.en} of note ${n} cannot be read.`,
      id: `Bagian ${name.id} pada catatan ${n} tidak bisa dibaca.`,
    };
  }
  if (section === 'notes')
    return { en: 'This backup has no list of notes.', id: 'Backup ini tidak berisi daftar catatan.' };
  if (section === 'exportedAt') {
    return { en: 'This backup has no readable export date.', id: 'Tanggal ekspor di backup ini tidak bisa dibaca.' };
  }
  return {
    en: `Part of this backup cannot be read (${issue.path.join('.')}).`,
    id: `Sebagian backup ini tidak bisa dibaca (${issue.path.join('.')}).`,
  };
}

/** Reads a backup file's text. Never throws; refuses anything it cannot fully check. */
export function parseBackup(text: string): ParsedBackup {
  const fail = (error: LocalizedText): ParsedBackup => ({ ok: false, error });
  try {
    if (typeof text !== 'string') return fail(notABackup);
    // A string's length never exceeds its size in UTF-8 bytes, so this refuses nothing under the cap.
    if (text.length > MAX_BACKUP_BYTES) {
      return fail({
        en: 'This file is larger than 50 MB, far larger than any Sidecoach backup, so it was not read.',
        id: 'File ini lebih dari 50 MB, jauh lebih besar dari backup Sidecoach mana pun, jadi tidak dibaca.',
      });
    }
    if (nestingDepth(text) > MAX_DEPTH) return fail(notABackup);
    let data: unknown;
    try {
      data = JSON.parse(text, dropPrototypeKeys);
    } catch {
      return fail({
        en: 'This file is cut off or is not valid JSON.',
        id: 'File ini terpotong atau bukan JSON yang valid.',
      });
    }
    if (typeof data !== 'object' || data === null || !('format' in data) || data.format !== BACKUP_FORMAT) {
      return fail(notABackup);
    }
    const version = 'version' in data ? data.version : undefined;
    if (typeof version === 'number' && Number.isInteger(version) && version > BACKUP_VERSION) {
      return fail({
        en: `This backup was made by a newer version of Sidecoach (version ${version}); update Sidecoach to import it.`,
        id: `Backup ini dibuat oleh Sidecoach versi yang lebih baru (versi ${version}); perbarui Sidecoach untuk mengimpornya.`,
      });
    }
    if (version !== BACKUP_VERSION) {
      return fail({
        en: 'This Sidecoach backup has no version Sidecoach knows, so it cannot be imported.',
        id: 'Backup Sidecoach ini tidak punya versi yang dikenali Sidecoach, jadi tidak bisa diimpor.',
      });
    }
    // zod builds fresh objects and drops keys it does not know.
    const parsed = backupSchema.safeParse(data);
    if (!parsed.success) return fail(describeIssue(parsed.error.issues[0]!, data));
    return { ok: true, backup: parsed.data };
  } catch {
    return fail({
      en: 'This file could not be read as a Sidecoach backup.',
      id: 'File ini tidak bisa dibaca sebagai backup Sidecoach.',
    });
  }
}

export interface ImportPlan {
  /** Notes this device does not have. */
  added: Note[];
  /** Notes this device has in an older version. */
  updated: Note[];
  /** Notes this device has in the same or a newer version, or has the same words of under another id. */
  unchanged: Note[];
}

/** What a note says and is about, for spotting the same note saved twice under two ids. */
function contentKey(text: string, about: NoteAbout): string {
  const { page, ...rest } = about;
  const sorted = (value: object) => Object.entries(value).sort(([a], [b]) => a.localeCompare(b));
  return JSON.stringify([text, sorted(rest), page && [page.url, page.title, page.dateRange]]);
}

/** Decides, note by note, what importing would do. Writes nothing. */
export function planImport(existing: readonly Note[], incoming: readonly Note[]): ImportPlan {
  const byId = new Map(existing.map((note) => [note.id, note]));
  const contents = new Set(existing.filter((note) => note.deletedAt === null).map((n) => contentKey(n.text, n.about)));
  const plan: ImportPlan = { added: [], updated: [], unchanged: [] };
  for (const note of incoming) {
    const current = byId.get(note.id);
    const content = contentKey(note.text, note.about);
    if (current) plan[note.updatedAt > current.updatedAt ? 'updated' : 'unchanged'].push(note);
    else if (contents.has(content)) plan.unchanged.push(note);
    else plan.added.push(note);
    contents.add(content);
  }
  return plan;
}

export type ImportResult =
  | { ok: true; written: number }
  | { ok: false; reason: 'invalid'; message: LocalizedText }
  | (StorageFailure & { restored: boolean });

/**
 * Writes the plan's added and updated notes in one storage call, all or nothing as far as the
 * browser allows: every note is checked before the first write, and if the write fails, every
 * key it changed gets its previous value back. A stored note that is newer than the one in the
 * backup, or unreadable, is left as it is.
 */
export async function applyImport(plan: ImportPlan): Promise<ImportResult> {
  const notes = [...plan.added, ...plan.updated];
  if (!notes.every((note) => noteSchema.safeParse(note).success)) {
    return {
      ok: false,
      reason: 'invalid',
      message: {
        en: 'One of the notes to import is not valid, so nothing was imported.',
        id: 'Salah satu catatan yang akan diimpor tidak valid, jadi tidak ada yang diimpor.',
      },
    };
  }
  let before: Record<string, unknown>;
  try {
    before = await browser.storage.local.get(notes.map((note) => noteKey(note.id)));
  } catch (error) {
    return { ...storageFailure(error), restored: true }; // nothing was written
  }
  const writes: Record<string, Note> = {};
  for (const note of notes) {
    const key = noteKey(note.id);
    const stored = before[key];
    // A note changed since the plan was made, or never readable, keeps its stored value.
    const read = stored === undefined ? null : readStoredNote(key, stored);
    if (read === null || (read.ok && read.note.updatedAt < note.updatedAt)) writes[key] = note;
  }
  try {
    if (Object.keys(writes).length > 0) await browser.storage.local.set(writes);
    return { ok: true, written: Object.keys(writes).length };
  } catch (error) {
    if (await undoPartialWrite(writes, before)) return { ...storageFailure(error), restored: true };
    return {
      ok: false,
      reason: 'error',
      restored: false,
      message: {
        en: 'The import stopped part way and Sidecoach could not undo it, so some notes from the backup may be in already. Importing the same file again is safe: notes you already have are skipped.',
        id: 'Impor berhenti di tengah jalan dan Sidecoach tidak bisa membatalkannya, jadi sebagian catatan dari backup mungkin sudah masuk. Mengimpor file yang sama sekali lagi aman: catatan yang sudah ada akan dilewati.',
      },
    };
  }
}

/**
 * After a failed write, puts back the previous value of every key that holds what the import
 * wrote (a key someone else saved to meanwhile is theirs). True when that worked.
 */
async function undoPartialWrite(writes: Record<string, Note>, before: Record<string, unknown>): Promise<boolean> {
  try {
    const keys = Object.keys(writes);
    const now: Record<string, unknown> = await browser.storage.local.get(keys);
    const ours = keys.filter((key) => JSON.stringify(now[key]) === JSON.stringify(writes[key]));
    const added = ours.filter((key) => before[key] === undefined);
    const replaced = ours.filter((key) => before[key] !== undefined);
    if (added.length > 0) await browser.storage.local.remove(added);
    if (replaced.length > 0)
      await browser.storage.local.set(Object.fromEntries(replaced.map((key) => [key, before[key]])));
    return true;
  } catch {
    return false;
  }
}
