// A list of notes with pin, edit and delete (with undo). Note text is shown as text, never HTML.
import { memo, useCallback, useRef, useState } from 'react';
import type { Note } from '@/lib/model/note';
import { notesHead, useNotesStore } from '@/state/stores';
import { NoteAboutLine } from './NoteAboutLine';
import { NoteEditor } from './NoteEditor';
import { useRemoveWithUndo } from '@/components/ui/use-undo';
import { useFocusLater } from '@/components/ui/use-focus-later';
import { useI18n } from '@/components/ui/use-i18n';
import { dateFormat } from '@/lib/date-format';
import { ErrorLine } from '@/components/ui/Alerts';

/**
 * Notes drawn at first; more on request, so ten thousand notes open as fast as ten. As many as the
 * store keeps the ids of, for the next page to draw before it has read every note.
 */
const pageSize = notesHead.size;

export function NoteList({
  notes,
  empty,
  matched,
}: {
  notes: readonly Note[];
  empty: string;
  /** For search results: what a note matched, in words, shown under it. */
  matched?: (note: Note) => string;
}) {
  const { t } = useI18n();
  const [limit, setLimit] = useState(pageSize);
  const update = useNotesStore((state) => state.update);
  // The note being edited, as it was when its editor opened: the editor stays open even if the
  // note leaves this list (deleted in another window), so the draft is never lost.
  const [editing, setEditing] = useState<Note | null>(null);
  // Once the editor closes, the focus goes back to its note's Edit button.
  const list = useRef<HTMLUListElement>(null);
  const focusLater = useFocusLater();
  const closeEditor = useCallback(() => {
    const id = editing?.id ?? '';
    setEditing(null);
    focusLater(() => editButtonOf(list.current, id));
  }, [editing, focusLater]);
  const editingGone = editing !== null && !notes.some((note) => note.id === editing.id);
  // Same list, same key: the open editor keeps its draft when its note leaves the list.
  const rows = editing && editingGone ? [editing, ...notes] : notes;
  const deletion = useRemoveWithUndo(useNotesStore);
  const undoButton = useRef<HTMLButtonElement>(null);
  // A deleted note takes the focus with it: it goes to the note that took its place (the one
  // after it, or before it at the end of the list), or to Undo when none is left. Found in the
  // list as drawn, so the rows, which are memoised, keep one handler.
  const { remove: removeNote } = deletion;
  const remove = useCallback(
    (id: string) => {
      const row = list.current?.querySelector(`[data-note="${CSS.escape(id)}"]`);
      const neighbour = (row?.nextElementSibling ?? row?.previousElementSibling)?.getAttribute('data-note');
      removeNote(id);
      focusLater(() => (neighbour ? editButtonOf(list.current, neighbour) : undoButton.current));
    },
    [removeNote, focusLater],
  );
  function undo() {
    const id = deletion.removed?.id;
    deletion.undo();
    if (id) focusLater(() => editButtonOf(list.current, id));
  }
  // The keyboard goes on to the first note the button showed, rather than staying below them all
  // (or, on the last page, falling to the page's body as the button goes).
  function showMore() {
    const first = rows[limit]?.id;
    setLimit(limit + pageSize);
    if (first) focusLater(() => editButtonOf(list.current, first));
  }
  const togglePin = useCallback(
    (id: string) => void update(id, (current) => ({ ...current, pinned: !current.pinned })),
    [update],
  );

  return (
    <>
      {deletion.removed && (
        <div className="card toast" role="status" data-testid="undo-delete">
          {t('noteDeleted')}{' '}
          <button ref={undoButton} type="button" className="link-button" onClick={undo}>
            {t('noteUndo')}
          </button>
        </div>
      )}
      <ErrorLine message={deletion.error} />
      {rows.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ul ref={list} className="cards" data-testid="note-list">
          {rows.slice(0, limit).map((note) =>
            editing?.id === note.id ? (
              <li key={note.id}>
                <NoteEditor note={editing} onDone={closeEditor} />
              </li>
            ) : (
              <NoteRow
                key={note.id}
                note={note}
                why={matched?.(note)}
                onEdit={setEditing}
                onDelete={remove}
                onTogglePin={togglePin}
              />
            ),
          )}
        </ul>
      )}
      {notes.length > limit && (
        <button type="button" className="button small" onClick={showMore}>
          {t('notesShowMore', { count: Math.min(pageSize, notes.length - limit), left: notes.length - limit })}
        </button>
      )}
    </>
  );
}

/** A note's Edit button in the list as drawn. */
function editButtonOf(list: HTMLElement | null, id: string): HTMLElement | null | undefined {
  return list?.querySelector<HTMLElement>(`[data-note="${CSS.escape(id)}"] [data-edit]`);
}

/**
 * One note with its actions. Drawn again only when its note, or what it matched, changes: a save
 * or a pin redraws one row of the fifty shown, and a search redraws only the rows it brings.
 */
const NoteRow = memo(function NoteRow({
  note,
  why,
  onEdit,
  onDelete,
  onTogglePin,
}: {
  note: Note;
  /** What the note matched, for search results. */
  why: string | undefined;
  onEdit(note: Note): void;
  onDelete(id: string): void;
  onTogglePin(id: string): void;
}) {
  const { t, language } = useI18n();
  return (
    <li className="card note" data-note={note.id}>
      <NoteAboutLine about={note.about} />
      <p className="note-text">{note.text}</p>
      {why !== undefined && (
        <p className="muted hint" data-testid="match-why">
          {why}
        </p>
      )}
      {note.tags.length > 0 && (
        <ul className="tag-list">
          {note.tags.map((tag) => (
            <li key={tag}>#{tag}</li>
          ))}
        </ul>
      )}
      <div className="actions">
        <span className="muted hint">
          {dateFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(note.updatedAt)}
        </span>
        {/* One group, so that in a narrow panel the buttons move under the date together. */}
        <span className="note-buttons">
          <button
            type="button"
            className="button small"
            aria-pressed={note.pinned}
            onClick={() => onTogglePin(note.id)}
          >
            {note.pinned ? t('noteUnpin') : t('notePin')}
          </button>
          <button type="button" className="button small" data-edit onClick={() => onEdit(note)}>
            {t('noteEdit')}
          </button>
          <button type="button" className="button small" onClick={() => onDelete(note.id)}>
            {t('noteDelete')}
          </button>
        </span>
      </div>
    </li>
  );
});
