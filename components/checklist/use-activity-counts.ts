// Keeps the checklist's activity counts in step with what the side panel holds: questions saved
// for a 1:1, notes on a metric, people in the roster. Written only when a count changes.
import { useEffect } from 'react';
import type { Note } from '@/lib/model/note';
import { recordActivityCounts } from '@/state/checklist';
import { useNotesStore, useTeamStore } from '@/state/stores';
import { useAgendaItems } from '@/components/team/use-agenda';

/** Notes about a metric, counted without a copy of the list: this runs at every change to any note. */
function notesOnAMetric(notes: readonly Note[]): number {
  let count = 0;
  for (const note of notes) if (note.about.metric !== undefined) count += 1;
  return count;
}

export function useActivityCounts(): void {
  const items = useAgendaItems();
  const notesLoaded = useNotesStore((state) => state.loaded);
  const metricNotes = useNotesStore((state) => notesOnAMetric(state.items));
  const teamLoaded = useTeamStore((state) => state.loaded);
  const teamMembers = useTeamStore((state) => state.items.length);
  // A question saved for three people is one question saved.
  const savedQuestions = new Set(
    items.filter((item) => item.kind !== 'praise').map((item) => `${item.kind}:${item.ref ?? item.text ?? ''}`),
  ).size;

  useEffect(() => {
    // Counts from a store still loading would look like zero and untick nothing, but would
    // write a wrong figure: wait for both.
    if (!notesLoaded || !teamLoaded) return;
    void recordActivityCounts({ savedQuestions, metricNotes, teamMembers });
  }, [notesLoaded, teamLoaded, savedQuestions, metricNotes, teamMembers]);
}
