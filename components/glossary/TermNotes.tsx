// Notes on words that mean different things on different platforms ("Tayangan"), shown wherever
// one of the metrics they name is on screen: a metric's page or a list of search results.
import type { TermNote } from '@/content';
import { library } from '@/runtime/library';
import { useI18n } from '@/components/ui/use-i18n';

export interface TermNotesProps {
  /** The metrics on screen; each note about any of them is shown once. */
  metricIds: readonly string[];
  /** The notes to choose from; the library's when left out. */
  notes?: readonly TermNote[];
}

export function TermNotes({ metricIds, notes = library.termNotes }: TermNotesProps) {
  const { t, pick } = useI18n();
  const shown = notes.filter((note) => note.metrics.some((metric) => metricIds.includes(metric)));
  if (shown.length === 0) return null;
  return (
    <>
      {shown.map((note) => (
        <p key={note.id} className="term-note" role="note" data-term-note={note.id}>
          <strong>{t('termNoteLabel')}:</strong> {pick(note.note)}
        </p>
      ))}
    </>
  );
}
