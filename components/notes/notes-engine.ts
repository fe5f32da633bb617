// The notes' search engine: the index of their words, the names of what they can be about, and
// MiniSearch under those names. Loaded by `useNotesSearch` when the Notes view opens, not with the
// panel: it is a fifth of the panel's own code, and only a search needs it.
import { library } from '@/runtime/library';
import { labelsByMetric } from '@/components/glossary/glossary-index';
import { NotesSearch, noteSubjectNames } from '@/lib/notes-search';
import type { Note } from '@/lib/model/note';
import { NameIndex, type Named } from '@/lib/word-search';

/** Names indexed between two looks at the clock. */
const namesAtOnce = 20;

// The names of every metric, platform and question, in both languages: built once per page, a
// few at a time in idle moments once the Notes view opens (whole, they took one task of about
// 40 ms), and finished at once by a search that comes first.
let subjects: { index: NameIndex; left: Named[] } | undefined;

/** Indexes names until `stop` says so; the index once it has them all, else null. */
function buildSubjects(stop: () => boolean): NameIndex | null {
  subjects ??= { index: new NameIndex(), left: noteSubjectNames({ ...library, labels: labelsByMetric() }) };
  while (subjects.left.length > 0) {
    if (stop()) return null;
    subjects.index.add(subjects.left.splice(0, namesAtOnce));
  }
  return subjects.index;
}
const librarySubjects = () => buildSubjects(() => false)!;

let warm = false;

/**
 * Runs one search and says what it matched, once per page, in idle time: the first search of a
 * page runs its code for the first time, which made the first keystroke the slowest (about twice
 * the others with 10,000 notes). False when there was no time left for it.
 */
function warmUp(index: NotesSearch, stop: () => boolean): boolean {
  if (warm) return true;
  if (stop()) return false;
  warm = true;
  const [first] = index.search('reach');
  if (first) index.explain(first);
  return true;
}

export interface NotesEngine {
  index: NotesSearch;
  /** Indexes names, warms the search up and indexes `notes` until `stop`; true once all is done. */
  prepare(notes: readonly Note[], stop: () => boolean): boolean;
}

/** A search over no notes yet, found also by the library's names once a search asks for them. */
export function createNotesEngine(): NotesEngine {
  const index = new NotesSearch([], librarySubjects);
  return {
    index,
    prepare: (notes, stop) => buildSubjects(stop) !== null && warmUp(index, stop) && index.sync(notes, Infinity, stop),
  };
}
