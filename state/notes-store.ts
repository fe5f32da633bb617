// A zustand store over the notes. Each page (popup, side panel, options) has its own copy, and
// each follows `storage.onChanged`, applying only the keys that changed, so a note saved, pinned
// or deleted in one view shows in the others at once without re-reading every note.
import { browser, type Browser } from 'wxt/browser';
import { create } from 'zustand';
import type { LocalizedText } from '../content/schema';
import {
  createNote,
  deleteNote,
  isNoteKey,
  listNotes,
  NOTE_KEY_PREFIX,
  noteKey,
  purgeDeletedNotes,
  readStoredNote,
  restoreNote,
  saveNote,
  sortNotes,
  type Note,
  type NoteInput,
  type NoteProblem,
  type SaveResult,
} from './notes';

export type RemoveResult =
  | { ok: true; note: Note; /** Restores the note, unless someone changed it since. */ undo: () => Promise<SaveResult> }
  | Exclude<SaveResult, { ok: true }>;

export interface NotesState {
  /** Every readable stored note by id, deleted ones too: restore and undo need them. */
  byId: Record<string, Note>;
  /** The notes to show: not deleted, pinned first, then the most recently edited. */
  notes: Note[];
  /** Stored values that are not readable notes; they are left untouched in storage. */
  problems: NoteProblem[];
  loaded: boolean;
  /** Set when storage itself could not be read. */
  loadError: LocalizedText | null;
  load(): Promise<void>;
  /** Creates and saves a new note. */
  create(input: NoteInput): Promise<SaveResult>;
  /**
   * Saves an edited note. Its `updatedAt` must be the one it had when the editor opened it, so
   * a save made meanwhile in another view comes back as a conflict instead of being overwritten.
   */
  save(note: Note): Promise<SaveResult>;
  /** Soft-deletes; the result carries `undo`. */
  remove(id: string): Promise<RemoveResult>;
  /** Brings back a deleted note (what `undo` does). */
  restore(id: string): Promise<SaveResult>;
  togglePin(id: string): Promise<SaveResult>;
  /** Applies new stored values by key (`undefined` = removed); other notes are not touched. */
  applyChanges(values: ReadonlyMap<string, unknown>): void;
}

const missing: Extract<SaveResult, { reason: 'conflict' }> = {
  ok: false,
  reason: 'conflict',
  current: null,
  message: {
    en: 'This note no longer exists. It may have been deleted in another Sidecoach window.',
    id: 'Catatan ini sudah tidak ada. Mungkin sudah dihapus di jendela Sidecoach lain.',
  },
};

function visible(byId: Record<string, Note>): Note[] {
  return sortNotes(Object.values(byId).filter((note) => note.deletedAt === null));
}

/** A new, independent store; the app uses `useNotesStore`, tests make several to act as several views. */
export function createNotesStore() {
  return create<NotesState>()((set, get) => {
    /** Shows what storage now holds for a note after a save, whatever the outcome. */
    function applyResult(result: SaveResult): SaveResult {
      if (result.ok) get().applyChanges(new Map([[noteKey(result.note.id), result.note]]));
      else if (result.reason === 'conflict' && result.current) {
        get().applyChanges(new Map([[noteKey(result.current.id), result.current]]));
      }
      return result;
    }

    return {
      byId: {},
      notes: [],
      problems: [],
      loaded: false,
      loadError: null,
      async load() {
        try {
          const { notes, problems } = await listNotes();
          const byId = Object.fromEntries(notes.map((note) => [note.id, note]));
          set({ byId, notes: visible(byId), problems, loaded: true, loadError: null });
        } catch (error) {
          set({
            loaded: true,
            loadError: {
              en: `Sidecoach could not read your notes (${String(error)}). They are still stored; try reopening this view.`,
              id: `Sidecoach tidak bisa membaca catatan Anda (${String(error)}). Catatan masih tersimpan; coba buka ulang tampilan ini.`,
            },
          });
        }
      },
      async create(input) {
        return applyResult(await saveNote(createNote(input), { expectedUpdatedAt: null }));
      },
      async save(note) {
        return applyResult(await saveNote(note, { expectedUpdatedAt: note.updatedAt }));
      },
      async remove(id) {
        const note = get().byId[id];
        if (!note) return missing;
        const result = applyResult(await deleteNote(note));
        return result.ok ? { ok: true, note: result.note, undo: () => get().restore(id) } : result;
      },
      async restore(id) {
        const note = get().byId[id];
        if (!note) return missing;
        if (note.deletedAt === null) return { ok: true, note };
        return applyResult(await restoreNote(note));
      },
      async togglePin(id) {
        const note = get().byId[id];
        if (!note) return missing;
        return applyResult(await saveNote({ ...note, pinned: !note.pinned }, { expectedUpdatedAt: note.updatedAt }));
      },
      applyChanges(values) {
        const byId = { ...get().byId };
        const problems = get().problems.filter((problem) => !values.has(problem.key));
        for (const [key, value] of values) {
          delete byId[key.slice(NOTE_KEY_PREFIX.length)];
          if (value === undefined || value === null) continue; // removed
          const read = readStoredNote(key, value);
          if (read.ok) byId[read.note.id] = read.note;
          else problems.push(read.problem);
        }
        set({ byId, notes: visible(byId), problems });
      },
    };
  });
}

export const useNotesStore = createNotesStore();
export type NotesStore = typeof useNotesStore;

/**
 * Loads the notes and follows changes made in other views. Also removes notes deleted long ago
 * (a failure there only delays it to the next start). Returns the stop function.
 */
export function startNotesStore(store: NotesStore = useNotesStore): () => void {
  // Listen before loading, and hold the changes that arrive during the load: applying them after
  // it means a change is never lost to, or undone by, a snapshot read a moment earlier.
  let heldDuringLoad: Map<string, unknown>[] | null = [];
  const listener = (changes: Record<string, Browser.storage.StorageChange>, area: string) => {
    if (area !== 'local') return;
    const values = new Map<string, unknown>();
    for (const [key, change] of Object.entries(changes)) {
      if (isNoteKey(key)) values.set(key, change.newValue);
    }
    if (values.size === 0) return;
    if (heldDuringLoad) heldDuringLoad.push(values);
    else store.getState().applyChanges(values);
  };
  browser.storage.onChanged.addListener(listener);
  void store
    .getState()
    .load()
    .then(() => {
      const held = heldDuringLoad ?? [];
      heldDuringLoad = null;
      for (const values of held) store.getState().applyChanges(values);
    });
  void purgeDeletedNotes().catch(() => undefined);
  return () => browser.storage.onChanged.removeListener(listener);
}
