// A list of notes with pin, edit and delete (with undo). Note text is shown as text, never HTML.
import { useState } from 'react';
import type { Note } from '@/state/notes';
import { useNotesStore } from '@/state/notes-store';
import { NoteAboutLine } from './NoteAboutLine';
import { NoteEditor } from './NoteEditor';
import { useDeleteWithUndo } from './use-notes';
import { useI18n } from './use-i18n';

/** Notes drawn at first; more on request, so ten thousand notes open as fast as ten. */
const pageSize = 50;

export function NoteList({ notes, empty }: { notes: Note[]; empty: string }) {
  const { t, pick, language } = useI18n();
  const [limit, setLimit] = useState(pageSize);
  const togglePin = useNotesStore((state) => state.togglePin);
  const [editing, setEditing] = useState<string | null>(null);
  const deletion = useDeleteWithUndo();
  const date = (ms: number) =>
    new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(ms);

  return (
    <>
      {deletion.deleted && (
        <div className="card toast" role="status" data-testid="undo-delete">
          {t('noteDeleted')}{' '}
          <button type="button" className="link-button" onClick={deletion.undo}>
            {t('noteUndo')}
          </button>
        </div>
      )}
      {deletion.error && (
        <p className="error" role="alert">
          {pick(deletion.error)}
        </p>
      )}
      {notes.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ul className="cards" data-testid="note-list">
          {notes.slice(0, limit).map((note) =>
            editing === note.id ? (
              <li key={note.id}>
                <NoteEditor note={note} onDone={() => setEditing(null)} />
              </li>
            ) : (
              <li key={note.id} className="card note" data-note={note.id}>
                <NoteAboutLine about={note.about} />
                <p className="note-text">{note.text}</p>
                {note.tags.length > 0 && (
                  <ul className="tag-list">
                    {note.tags.map((tag) => (
                      <li key={tag}>#{tag}</li>
                    ))}
                  </ul>
                )}
                <div className="actions">
                  <span className="muted hint">{date(note.updatedAt)}</span>
                  <button
                    type="button"
                    className="button small"
                    aria-pressed={note.pinned}
                    onClick={() => void togglePin(note.id)}
                  >
                    {note.pinned ? t('noteUnpin') : t('notePin')}
                  </button>
                  <button type="button" className="button small" onClick={() => setEditing(note.id)}>
                    {t('noteEdit')}
                  </button>
                  <button type="button" className="button small" onClick={() => deletion.remove(note.id)}>
                    {t('noteDelete')}
                  </button>
                </div>
              </li>
            ),
          )}
        </ul>
      )}
      {notes.length > limit && (
        <button type="button" className="button small" onClick={() => setLimit(limit + pageSize)}>
          {t('notesShowMore', { count: Math.min(pageSize, notes.length - limit), left: notes.length - limit })}
        </button>
      )}
    </>
  );
}
