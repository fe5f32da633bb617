// The notes for the page on screen in the Coach: written on this page, or about a metric it shows.
import { useNotesStore } from '@/state/stores';
import { notePage, type NoteAbout } from '@/lib/model/note';
import type { TabContext } from '@/state/tab-contexts';
import { NoteEditor } from './NoteEditor';
import { NoteList } from './NoteList';
import { useI18n } from '@/components/ui/use-i18n';

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

export function PageNotes({
  context,
  composing,
  onCompose,
}: {
  context: TabContext;
  /** The metric a new note is about (a card's "Add a note"), '' for the page, or null when closed. */
  composing: string | null;
  onCompose(metric: string | null): void;
}) {
  const { t } = useI18n();
  const notes = useNotesStore((state) => state.items);
  const here = notes.filter(
    (note) =>
      note.about.page?.url === context.url ||
      (note.about.metric !== undefined &&
        note.about.platform === context.platform &&
        context.metrics.includes(note.about.metric)),
  );

  return (
    <section aria-labelledby="page-notes" data-testid="page-notes">
      <div className="section-head">
        <h2 id="page-notes">{t('pageNotesHeading')}</h2>
        {composing === null && (
          <button type="button" className="button small" onClick={() => onCompose('')}>
            {t('pageNotesAdd')}
          </button>
        )}
      </div>
      {composing !== null && (
        <NoteEditor about={aboutPage(context, composing || undefined)} onDone={() => onCompose(null)} />
      )}
      <NoteList notes={here} empty={t('pageNotesEmpty')} />
    </section>
  );
}
