// Writing or editing one note. The draft stays in the editor until it is saved: a refused save
// (full storage, an edit made meanwhile in another window) shows why and loses nothing.
import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { LocalizedText } from '@/content';
import { MAX_NOTE_TEXT, normalizeTags, type Note, type NoteAbout } from '@/state/notes';
import { useNotesStore } from '@/state/notes-store';
import { NoteAboutLine } from './NoteAboutLine';
import { useI18n } from './use-i18n';

export interface NoteEditorProps {
  /** The note to edit; a new note when absent. */
  note?: Note;
  /** What a new note is tied to. */
  about?: NoteAbout;
  onDone(): void;
}

export function NoteEditor({ note, about = {}, onDone }: NoteEditorProps) {
  const { t, pick } = useI18n();
  const create = useNotesStore((state) => state.create);
  const save = useNotesStore((state) => state.save);
  const [text, setText] = useState(note?.text ?? '');
  const [tags, setTags] = useState(note?.tags.join(', ') ?? '');
  const [base, setBase] = useState(note);
  const [problem, setProblem] = useState<{ message: LocalizedText; conflict: Note | null } | null>(null);
  const [saving, setSaving] = useState(false);
  const textId = useId();
  const tagsId = useId();
  const textArea = useRef<HTMLTextAreaElement>(null);

  useEffect(() => textArea.current?.focus(), []);

  async function submit(event?: FormEvent) {
    event?.preventDefault();
    if (text.trim() === '' || saving) return;
    setSaving(true);
    const fields = { text, tags: normalizeTags(tags.split(',')) };
    const result = base ? await save({ ...base, ...fields }) : await create({ ...fields, about });
    setSaving(false);
    if (result.ok) return onDone();
    setProblem({ message: result.message, conflict: result.reason === 'conflict' ? result.current : null });
  }

  /** After a conflict: save this draft over the other window's version. */
  function keepMine() {
    if (!problem?.conflict) return;
    setBase(problem.conflict);
    setProblem(null);
    const fields = { text, tags: normalizeTags(tags.split(',')) };
    setSaving(true);
    void save({ ...problem.conflict, ...fields }).then((result) => {
      setSaving(false);
      if (result.ok) onDone();
      else setProblem({ message: result.message, conflict: result.reason === 'conflict' ? result.current : null });
    });
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) void submit();
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
      {problem && (
        <div className="error" role="alert">
          <p>{pick(problem.message)}</p>
          {problem.conflict && (
            <div className="actions">
              <p className="muted">{t('noteConflictTheirs', { text: problem.conflict.text.slice(0, 200) })}</p>
              <button type="button" className="button small" onClick={keepMine}>
                {t('noteConflictKeepMine')}
              </button>
              <button type="button" className="button small" onClick={onDone}>
                {t('noteConflictUseTheirs')}
              </button>
            </div>
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
    </form>
  );
}
