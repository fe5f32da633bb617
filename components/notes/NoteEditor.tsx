// Writing or editing one note. The draft stays in the editor until it is saved: a refused save
// (full storage, an edit made meanwhile in another window) shows why and loses nothing, and a note
// deleted in another window while it is open here keeps the draft, to save as a new note or discard.
import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { Message } from '@/lib/i18n';
import { createNote, MAX_NOTE_TEXT, normalizeTags, type Note, type NoteAbout } from '@/lib/model/note';
import { useNotesStore } from '@/state/stores';
import { NoteAboutLine } from './NoteAboutLine';
import { ConflictChoice } from '@/components/ui/ConflictChoice';
import { useI18n } from '@/components/ui/use-i18n';

export interface NoteEditorProps {
  /** The note to edit, as it was when the editor opened; a new note when absent. */
  note?: Note;
  /** What a new note is tied to. */
  about?: NoteAbout;
  onDone(): void;
}

export function NoteEditor({ note, about = {}, onDone }: NoteEditorProps) {
  const { t, say } = useI18n();
  const add = useNotesStore((state) => state.add);
  const save = useNotesStore((state) => state.save);
  const stored = useNotesStore((state) => (note ? state.byId.get(note.id) : undefined));
  const loaded = useNotesStore((state) => state.loaded);
  const [text, setText] = useState(note?.text ?? '');
  const [tags, setTags] = useState(note?.tags.join(', ') ?? '');
  const [base, setBase] = useState(note);
  const [problem, setProblem] = useState<{ message: Message; conflict: Note | null } | null>(null);
  const [saving, setSaving] = useState(false);
  const textId = useId();
  const tagsId = useId();
  const textArea = useRef<HTMLTextAreaElement>(null);
  /** The note was deleted in another window while it was open here. */
  const deletedElsewhere = note !== undefined && loaded && (stored === undefined || stored.deletedAt !== null);

  useEffect(() => textArea.current?.focus(), []);

  const fields = () => ({ text, tags: normalizeTags(tags.split(',')) });

  function finish(result: Awaited<ReturnType<typeof save>>) {
    setSaving(false);
    if (result.ok) return onDone();
    setProblem({ message: result.message, conflict: result.reason === 'conflict' ? result.current : null });
  }

  async function submit(event?: FormEvent) {
    event?.preventDefault();
    if (text.trim() === '' || saving || deletedElsewhere) return;
    setSaving(true);
    finish(base ? await save({ ...base, ...fields() }) : await add(createNote({ ...fields(), about })));
  }

  /** After a conflict: save this draft over the other window's version. */
  function keepMine() {
    if (!problem?.conflict) return;
    setBase(problem.conflict);
    setProblem(null);
    setSaving(true);
    void save({ ...problem.conflict, ...fields() }).then(finish);
  }

  /** The note was deleted elsewhere: keep these words as a new note about the same things. */
  function saveAsNew() {
    setProblem(null);
    setSaving(true);
    void add(createNote({ ...fields(), about: note?.about ?? about, pinned: note?.pinned })).then(finish);
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) void (deletedElsewhere ? saveAsNew() : submit());
    if (event.key === 'Escape') onDone();
  }

  return (
    <form className="card note-editor" onSubmit={(event) => void submit(event)} onKeyDown={onKeyDown}>
      <NoteAboutLine about={note?.about ?? about} />
      <label htmlFor={textId}>{note ? t('noteEditLabel') : t('noteNewLabel')}</label>
      <textarea
        id={textId}
        ref={textArea}
        rows={4}
        value={text}
        maxLength={MAX_NOTE_TEXT}
        onChange={(event) => setText(event.target.value)}
        data-testid="note-text"
      />
      <label htmlFor={tagsId}>{t('noteTagsLabel')}</label>
      <input
        id={tagsId}
        type="text"
        value={tags}
        placeholder={t('noteTagsPlaceholder')}
        onChange={(event) => setTags(event.target.value)}
        data-testid="note-tags"
      />
      {deletedElsewhere ? (
        <div className="notice" role="alert" data-testid="note-deleted-elsewhere">
          <p>{t('noteDeletedElsewhere')}</p>
          <div className="actions">
            <button
              type="button"
              className="button primary small"
              onClick={saveAsNew}
              disabled={saving || text.trim() === ''}
            >
              {t('noteSaveAsNew')}
            </button>
            <button type="button" className="button small" onClick={onDone}>
              {t('noteDiscard')}
            </button>
          </div>
        </div>
      ) : (
        <>
          {problem && (
            <div className="error" role="alert">
              <p>{say(problem.message)}</p>
              {problem.conflict && (
                <ConflictChoice onKeepMine={keepMine} onUseTheirs={onDone}>
                  <p className="muted">{t('noteConflictTheirs', { text: problem.conflict.text.slice(0, 200) })}</p>
                </ConflictChoice>
              )}
            </div>
          )}
          <div className="actions">
            <button type="submit" className="button primary small" disabled={saving || text.trim() === ''}>
              {t('noteSave')}
            </button>
            <button type="button" className="button small" onClick={onDone}>
              {t('noteCancel')}
            </button>
            <span className="muted hint">{t('noteSaveHint')}</span>
          </div>
        </>
      )}
    </form>
  );
}
