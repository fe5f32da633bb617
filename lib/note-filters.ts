// The notes' filters (platform, metric, question, tag, dates), apart from their search: an empty
// search shows every note that passes them, and needs no index, so the Notes view loads this
// without the search's code (components/notes/use-notes.ts).
import type { Note, NoteAboutKey } from './model/note';

export interface NoteFilters extends Partial<Record<NoteAboutKey, string>> {
  tag?: string;
  /** Inclusive bounds on when the note was written (`createdAt`, ms). */
  from?: number;
  to?: number;
}

/** The filters as one test, read once per search rather than once per note. */
export function passes(filters: NoteFilters): (note: Note) => boolean {
  const { tag, from, to, ...rest } = filters;
  const about = Object.entries(rest).filter((entry): entry is [NoteAboutKey, string] => entry[1] !== undefined);
  return (note) =>
    (tag === undefined || note.tags.includes(tag)) &&
    (from === undefined || note.createdAt >= from) &&
    (to === undefined || note.createdAt <= to) &&
    about.every(([key, value]) => note.about[key] === value);
}

/**
 * The notes that pass the filters, in the order given: what an empty search shows. No index
 * needed. The notes store keeps its list in the order notes are shown (`compareNotes`), so this
 * does not sort ten thousand notes again at every save.
 */
export function filterNotes(notes: readonly Note[], filters: NoteFilters = {}): Note[] {
  return notes.filter(passes(filters));
}
