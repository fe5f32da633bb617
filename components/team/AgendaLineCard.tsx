// One line of a 1:1 agenda: the check-in, praise, a question or a note; and, for what was saved,
// the answer in the leader's words (kept as a note tied to the person and the question) and
// "Mark discussed". Every button names the line it acts on.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { library } from '@/runtime/library';
import type { AgendaLine } from '@/lib/agenda-builder';
import type { AgendaItem } from '@/lib/model/agenda-item';
import type { Member } from '@/lib/model/member';
import { createNote, type NoteAbout } from '@/lib/model/note';
import { useNotesStore } from '@/state/stores';
import { useI18n } from '@/components/ui/use-i18n';
import { useDiscardAsk } from './DiscardAsk';

/** Tag on every answer recorded here, so they are easy to find in Notes. */
const ANSWER_TAG = '1:1';

/** What an answer note is about: the person, and the library question or metric it answers. */
function answerAbout(member: Member, item: AgendaItem | undefined): NoteAbout {
  const about: NoteAbout = { teamMember: member.id };
  if (item?.kind === 'question' && library.questions.some((entry) => entry.id === item.ref)) {
    about.question = item.ref!;
  }
  if (item?.kind === 'metric' && library.metrics.some((entry) => entry.id === item.ref)) {
    about.metric = item.ref!;
  }
  return about;
}

/** How answering ended: saved or not, and whether the item is now discussed. */
export interface AnswerOutcome {
  saved: boolean;
  discussed: boolean;
}

export function AgendaLineCard({
  line,
  item,
  member,
  answering,
  onAnswer,
  onAnswered,
  onDiscussed,
}: {
  line: AgendaLine;
  item: AgendaItem | undefined;
  member: Member;
  answering: boolean;
  onAnswer(): void;
  onAnswered(outcome: AnswerOutcome): void;
  onDiscussed(item: AgendaItem): Promise<boolean>;
}) {
  const { t, word } = useI18n();
  const text = word(line.text);
  return (
    <li
      className={line.kind === 'wellbeing' ? 'card agenda-line wellbeing' : 'card agenda-line'}
      data-testid="agenda-line"
      data-kind={line.kind}
      data-item={item?.id}
      data-line={line.key}
    >
      <p className="agenda-text">{text}</p>
      {line.detail !== undefined && (
        <p className="agenda-detail">
          <strong>{t('wellbeingToday')}</strong> {word(line.detail)}
        </p>
      )}
      {item?.memberId === null && <p className="hint muted">{t('teamAgendaWhoeverFits', { name: member.name })}</p>}
      {line.carriedForward && <p className="carried hint">{t('teamAgendaCarried')}</p>}
      {answering ? (
        <AnswerForm
          about={answerAbout(member, item)}
          canMarkDiscussed={item !== undefined}
          onDone={async (saved, markDiscussed) => {
            const discussed = saved && markDiscussed && item !== undefined && (await onDiscussed(item));
            onAnswered({ saved, discussed });
          }}
        />
      ) : (
        line.kind !== 'note' && (
          <div className="actions">
            <button
              type="button"
              className="button small record-answer"
              onClick={onAnswer}
              aria-label={t('namedAction', { action: t('teamAgendaRecordAnswer'), subject: text })}
            >
              {t('teamAgendaRecordAnswer')}
            </button>
            {item && (
              <button
                type="button"
                className="button small mark-discussed"
                onClick={() => void onDiscussed(item)}
                aria-label={t('namedAction', { action: t('teamAgendaMarkDiscussed'), subject: text })}
              >
                {t('teamAgendaMarkDiscussed')}
              </button>
            )}
          </div>
        )
      )}
    </li>
  );
}

/** The person's answer, in the leader's words, saved as a note tied to them (and the question). */
function AnswerForm({
  about,
  canMarkDiscussed,
  onDone,
}: {
  about: NoteAbout;
  canMarkDiscussed: boolean;
  onDone(saved: boolean, markDiscussed: boolean): void | Promise<void>;
}) {
  const { t, say } = useI18n();
  const add = useNotesStore((state) => state.add);
  const [text, setText] = useState('');
  const [alsoDiscussed, setAlsoDiscussed] = useState(true);
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const id = useId();
  const area = useRef<HTMLTextAreaElement>(null);
  const discard = useDiscardAsk(
    () => text.trim() !== '',
    () => void onDone(false, false),
  );

  useEffect(() => area.current?.focus(), []);

  async function submit(event?: FormEvent) {
    event?.preventDefault();
    if (text.trim() === '' || saving) return;
    setSaving(true);
    const result = await add(createNote({ text, tags: [ANSWER_TAG], about }));
    setSaving(false);
    if (!result.ok) return setProblem(say(result.message));
    await onDone(true, canMarkDiscussed && alsoDiscussed);
  }

  return (
    <form
      className="answer-form"
      onSubmit={(event) => void submit(event)}
      onKeyDown={(event) => {
        if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) void submit();
        else discard.onKeyDown(event);
      }}
    >
      <label htmlFor={id}>{t('teamAgendaAnswerLabel')}</label>
      <textarea
        id={id}
        ref={area}
        rows={3}
        dir="auto"
        value={text}
        onChange={(event) => setText(event.target.value)}
        data-testid="answer-text"
      />
      {canMarkDiscussed && (
        <label className="check">
          <input type="checkbox" checked={alsoDiscussed} onChange={(event) => setAlsoDiscussed(event.target.checked)} />
          {t('teamAgendaAnswerAlsoDiscussed')}
        </label>
      )}
      {problem && (
        <p className="error" role="alert">
          {problem}
        </p>
      )}
      {discard.question}
      <div className="actions">
        <button type="submit" className="button primary small" disabled={saving || text.trim() === ''}>
          {t('teamAgendaAnswerSave')}
        </button>
        <button type="button" className="button small" onClick={() => void onDone(false, false)}>
          {t('teamCancel')}
        </button>
      </div>
    </form>
  );
}
