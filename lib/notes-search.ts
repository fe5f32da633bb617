// Full-text search over the notes, kept in memory and updated note by note: a keystroke runs a
// query against the index, never a rebuild. Folding case and diacritics, with prefix and light
// fuzzy matching, lets "jangkau" find "Jangkauan" and "cafe" find "café" in either language.
import MiniSearch from 'minisearch';
import type { Note, NoteAboutKey } from './model/note';
import { foldText } from './fold';

export interface NoteFilters extends Partial<Record<NoteAboutKey, string>> {
  tag?: string;
  /** Inclusive bounds on when the note was written (`createdAt`, ms). */
  from?: number;
  to?: number;
}

function matches(note: Note, filters: NoteFilters): boolean {
  const { tag, from, to, ...about } = filters;
  if (tag !== undefined && !note.tags.includes(tag)) return false;
  if (from !== undefined && note.createdAt < from) return false;
  if (to !== undefined && note.createdAt > to) return false;
  return Object.entries(about).every(
    ([key, value]) => value === undefined || note.about[key as NoteAboutKey] === value,
  );
}

/** Pinned first, then the most recently edited: the order when scores tie or there is no query. */
function byPinnedThenDate(a: Note, b: Note): number {
  return Number(b.pinned) - Number(a.pinned) || b.updatedAt - a.updatedAt;
}

/** The notes that pass the filters, pinned first, then newest: what an empty search shows. No index needed. */
export function filterNotes(notes: readonly Note[], filters: NoteFilters = {}): Note[] {
  return notes.filter((note) => matches(note, filters)).sort(byPinnedThenDate);
}

export class NotesSearch {
  /** The indexed notes by id: filters and results read them here, not from the index. */
  private readonly notes = new Map<string, Note>();
  private readonly index = new MiniSearch<Note>({
    fields: ['text', 'tags'],
    extractField: (note, field) => (field === 'tags' ? note.tags.join(' ') : String(note[field as keyof Note])),
    // The same folding for indexing and querying alike.
    processTerm: foldText,
    searchOptions: {
      boost: { tags: 2 },
      prefix: true,
      // Light: one typo from five letters, two from ten; short words must match exactly.
      fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
      combineWith: 'AND',
    },
  });

  constructor(notes: readonly Note[] = []) {
    this.sync(notes);
  }

  /** Adds or replaces one note; a deleted note leaves the index. */
  upsert(note: Note): void {
    if (note.deletedAt !== null) return this.remove(note.id);
    if (this.notes.has(note.id)) this.index.replace(note);
    else this.index.add(note);
    this.notes.set(note.id, note);
  }

  remove(id: string): void {
    if (!this.notes.delete(id)) return;
    // `discard` drops the note at once and cleans the index lazily, in the background.
    this.index.discard(id);
  }

  /**
   * Makes the index match a whole list (the store's `notes`), touching only the notes that were
   * added, edited or removed since the last call. With a `limit`, indexes at most that many and
   * returns false while some are left, so a large list can be indexed a slice at a time.
   */
  sync(notes: readonly Note[], limit = Infinity): boolean {
    const ids = new Set(notes.map((note) => note.id));
    for (const id of [...this.notes.keys()]) if (!ids.has(id)) this.remove(id);
    let indexed = 0;
    // `updatedAt` is the note's version: every save raises it.
    for (const note of notes) {
      if (this.notes.get(note.id)?.updatedAt === note.updatedAt) continue;
      if (indexed === limit) return false;
      this.upsert(note);
      indexed += 1;
    }
    return true;
  }

  /**
   * The notes matching every word of `query` (by prefix, with light fuzziness) and every filter,
   * best match first, then pinned, then newest. An empty query lists every note that passes the filters.
   */
  search(query: string, filters: NoteFilters = {}): Note[] {
    if (query.trim() === '') return filterNotes([...this.notes.values()], filters);
    return this.index
      .search(query, { filter: (result) => matches(this.notes.get(result.id)!, filters) })
      .map((result) => ({ score: result.score, note: this.notes.get(result.id)! }))
      .sort((a, b) => b.score - a.score || byPinnedThenDate(a.note, b.note))
      .map((result) => result.note);
  }
}
