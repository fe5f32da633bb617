// The notes for React views: a search index kept in step with the live store.
import { useCallback, useEffect, useMemo } from 'react';
import { library } from '@/runtime/library';
import { labelsByMetric } from '@/components/glossary/glossary-index';
import { filterNotes, NotesSearch, noteSubjects, type NoteFilters, type NoteMatch } from '@/lib/notes-search';
import type { NameIndex } from '@/lib/word-search';
import { useNotesStore } from '@/state/stores';

/** Notes indexed per idle moment: about ten milliseconds of work each on a slow machine. */
const indexSlice = 250;

// The names of every metric, platform and question, in both languages: built once per page,
// in the first idle moment after the Notes view opens (or at the first search).
let subjects: NameIndex | undefined;
const librarySubjects = () => (subjects ??= noteSubjects({ ...library, labels: labelsByMetric() }));

export interface NotesSearchHook {
  /** The notes matching a query and filters, best first; every note that passes the filters for no query. */
  search(query: string, filters: NoteFilters): NoteMatch[];
  /** What a found note matched. */
  explain: NotesSearch['explain'];
}

/**
 * A search index that follows the store, updating only the notes that changed. It is built in
 * idle time after the view opens, so ten thousand notes never hold up the first render; a
 * search before it is done finishes the rest at once. Notes are found by their own words and
 * by the names of what they are about, in either language.
 */
export function useNotesSearch(): NotesSearchHook {
  const notes = useNotesStore((state) => state.items);
  const index = useMemo(() => new NotesSearch([], librarySubjects), []);

  useEffect(() => {
    let handle = 0;
    const step = () => {
      librarySubjects();
      if (!index.sync(notes, indexSlice)) handle = requestIdleCallback(step);
    };
    handle = requestIdleCallback(step);
    return () => cancelIdleCallback(handle);
  }, [index, notes]);

  const search = useCallback(
    (query: string, filters: NoteFilters) => {
      if (query.trim() === '') return filterNotes(notes, filters).map((note) => ({ note }));
      index.sync(notes);
      return index.search(query, filters);
    },
    [index, notes],
  );
  const explain = useCallback((match: NoteMatch) => index.explain(match), [index]);
  return useMemo(() => ({ search, explain }), [search, explain]);
}
