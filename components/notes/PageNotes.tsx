// The notes for the page on screen in the Coach: written on this page, or about a metric it shows.
// Folded under a heading that counts them, so the Coach stays short; a new one is written in place.
import { memo, useRef, useState } from 'react';
import { notePage, type NoteAbout } from '@/lib/model/note';
import { useNotesStore } from '@/state/stores';
import type { TabContext } from '@/state/tab-contexts';
import { useI18n } from '@/components/ui/use-i18n';
import { NoteEditor } from './NoteEditor';
import { NoteList } from './NoteList';

/** What a note written here is tied to: the platform, page and, when given, one metric. */
export function aboutPage(context: TabContext, metric?: string): NoteAbout {
  const page = notePage(context.url, context.title, context.dateRange);
  return {
    ...(context.platform && { platform: context.platform }),
    ...(context.surface && { surface: context.surface }),
    ...(metric && { metric }),
    ...(page && { page }),
  };
}

export const PageNotes = memo(function PageNotes({ context }: { context: TabContext }) {
  const { t } = useI18n();
  const [writing, setWriting] = useState(false);
  const add = useRef<HTMLButtonElement>(null);
  const notes = useNotesStore((state) => state.items);
  const loaded = useNotesStore((state) => state.loaded);
  const here = notes.filter(
    (note) =>
      note.about.page?.url === context.url ||
      (note.about.metric !== undefined &&
        note.about.platform === context.platform &&
        context.metrics.includes(note.about.metric)),
  );

  return (
    <details className="page-notes" data-testid="page-notes" open={here.length > 0 && here.length <= 2}>
      <summary>
        <h2>{loaded ? t('pageNotesHeadingCount', { count: here.length }) : t('pageNotesHeading')}</h2>
      </summary>
      {writing ? (
        <NoteEditor
          about={aboutPage(context)}
          onDone={() => {
            setWriting(false);
            requestAnimationFrame(() => add.current?.focus());
          }}
        />
      ) : (
        <button ref={add} type="button" className="button small" onClick={() => setWriting(true)}>
          {t('pageNotesAdd')}
        </button>
      )}
      {loaded ? (
        <NoteList notes={here} empty={t('pageNotesEmpty')} />
      ) : (
        <p className="muted" role="status">
          {t('notesLoading')}
        </p>
      )}
    </details>
  );
});
