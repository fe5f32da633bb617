// The notes for React views: a search index kept in step with the live store.
import { useCallback, useEffect, useMemo } from 'react';
import { filterNotes, NotesSearch, type NoteFilters } from '@/lib/notes-search';
import type { Note } from '@/lib/model/note';
import { useNotesStore } from '@/state/stores';

/** Notes indexed per idle moment: a few milliseconds of work each. */
const indexSlice = 250;

/**
 * A search index that follows the store, updating only the notes that changed. It is built in
 * idle time after the view opens, so ten thousand notes never hold up the first render; a
 * search before it is done finishes the rest at once.
 */
export function useNotesSearch(): (query: string, filters: NoteFilters) => Note[] {
  const notes = useNotesStore((state) => state.items);
  const index = useMemo(() => new NotesSearch(), []);

  useEffect(() => {
    let handle = 0;
    const step = () => {
      if (!index.sync(notes, indexSlice)) handle = requestIdleCallback(step);
    };
    handle = requestIdleCallback(step);
    return () => cancelIdleCallback(handle);
  }, [index, notes]);

  return useCallback(
    (query: string, filters: NoteFilters) => {
      if (query.trim() === '') return filterNotes(notes, filters);
      index.sync(notes);
      return index.search(query, filters);
    },
    [index, notes],
  );
}
