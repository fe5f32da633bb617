// The notes for React views: a search index kept in step with the live store.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { library } from '@/runtime/library';
import { labelsByMetric } from '@/components/glossary/glossary-index';
import { filterNotes, NotesSearch, noteSubjectNames, type NoteFilters, type NoteMatch } from '@/lib/notes-search';
import type { Note } from '@/lib/model/note';
import { NameIndex, type Named } from '@/lib/word-search';
import { useNotesStore } from '@/state/stores';

/**
 * The most the index takes at once. The browser grants one idle callback per idle period (50 ms
 * when nothing else happens), and 100 notes a callback took 5 s to index 10,000; slices of 8 ms
 * each kept the first saves after opening waiting (40–60 ms instead of 15–20). So the index works
 * through each idle period in slices this short, letting whatever is waiting (a key press, an
 * answer from storage) run between two.
 */
const sliceMs = 3;
/** How long a keystroke may spend indexing notes not yet indexed before it searches. */
const searchBudgetMs = 5;
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

function whenIdle(callback: IdleRequestCallback): () => void {
  const handle = requestIdleCallback(callback);
  return () => cancelIdleCallback(handle);
}

/** Runs `callback` in a task of its own, after the tasks already waiting (no timer's 4 ms floor). */
function afterWaitingTasks(callback: () => void): () => void {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    callback();
  };
  channel.port2.postMessage(null);
  return () => channel.port1.close();
}

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

export interface NotesSearchHook {
  /**
   * The notes matching a query and filters, best first; every note that passes the filters for no
   * query. `pending` while some notes are not indexed yet: the search covered the others, and runs
   * again by itself once they are.
   */
  search(query: string, filters: NoteFilters): { matches: NoteMatch[]; pending: boolean };
  /** What a found note matched. */
  explain: NotesSearch['explain'];
}

/**
 * A search index that follows the store, updating only the notes that changed. It is built in
 * idle time after the view opens, so ten thousand notes never hold up the first render. A search
 * before it is done indexes what it can in `searchBudgetMs`, answers from that, and is answered
 * again in full once idle time has indexed the rest: a keystroke never waits for all of them
 * (the whole of ten thousand takes 300–450 ms in the panel). Notes are found by their own words
 * and by the names of what they are about, in either language.
 */
export function useNotesSearch(): NotesSearchHook {
  const notes = useNotesStore((state) => state.items);
  const index = useMemo(() => new NotesSearch([], librarySubjects), []);
  // The list the index last finished: a search of any other list may be partial.
  const [indexed, setIndexed] = useState<readonly Note[] | null>(null);

  useEffect(() => {
    let cancel = () => {};
    const step = (deadline: IdleDeadline) => {
      const until = performance.now() + sliceMs;
      const stop = () => performance.now() > until;
      const done = buildSubjects(stop) !== null && warmUp(index, stop) && index.sync(notes, Infinity, stop);
      if (done) setIndexed(notes);
      // The rest of this idle period, after the tasks waiting; or the next idle period.
      else if (deadline.timeRemaining() > 0) cancel = afterWaitingTasks(() => step(deadline));
      else cancel = whenIdle(step);
    };
    cancel = whenIdle(step);
    return () => cancel();
  }, [index, notes]);

  const search = useCallback(
    (query: string, filters: NoteFilters) => {
      if (query.trim() === '')
        return { matches: filterNotes(notes, filters).map((note) => ({ note })), pending: false };
      const until = performance.now() + searchBudgetMs;
      const complete = indexed === notes || index.sync(notes, Infinity, () => performance.now() > until);
      return { matches: index.search(query, filters), pending: !complete };
    },
    [index, notes, indexed],
  );
  const explain = useCallback((match: NoteMatch) => index.explain(match), [index]);
  return useMemo(() => ({ search, explain }), [search, explain]);
}
