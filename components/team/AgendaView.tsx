// The next 1:1 with one person: a wellbeing check-in first, then what the leader saved for them
// (or for "whoever I meet next"), then the latest notes about them. Each item can be marked as
// discussed or answered (the answer becomes a note tied to the person and the question); what is
// not discussed simply stays open and comes back next time. Copy the whole agenda as Markdown
// for a meeting invite, and mark the check-in done to restart the reminder.
import { useEffect, useId, useMemo, useRef, useState, type FormEvent, type RefObject } from 'react';
import { library } from '@/content';
import { agendaToMarkdown, buildAgenda, type AgendaLine, type AgendaLineKind } from '@/lib/agenda-builder';
import { newAgendaItem, type AgendaItem } from '@/lib/model/agenda-item';
import { createNote, type NoteAbout } from '@/lib/model/note';
import type { Member } from '@/lib/model/member';
import { DAY_MS } from '@/lib/model/record';
import { useAgendaStore, useNotesStore, useTeamStore } from '@/state/stores';
import { NoteEditor } from '@/components/notes/NoteEditor';
import { useAgenda } from './use-agenda';
import { useI18n, type I18n } from '@/components/ui/use-i18n';

/** Tag on every answer recorded here, so they are easy to find in Notes. */
const ANSWER_TAG = '1:1';

const sectionKeys = {
  wellbeing: 'teamAgendaWellbeing',
  praise: 'teamAgendaPraise',
  question: 'teamAgendaQuestions',
  note: 'teamAgendaNotes',
} as const satisfies Record<AgendaLineKind, string>;

/** The time now, for event handlers. */
const stamp = () => Date.now();

/** When the next check-in is due, in words, and whether it is due now. */
export function checkInStatus(member: Member, now: number, t: I18n['t']): { text: string; due: boolean } {
  if (member.lastCheckInAt === null) return { text: t('teamCheckInNever'), due: true };
  const days = Math.ceil((member.lastCheckInAt + member.checkInEveryDays * DAY_MS - now) / DAY_MS);
  if (days <= 0) return { text: t('teamCheckInDue'), due: true };
  return { text: days === 1 ? t('teamCheckInTomorrow') : t('teamCheckInInDays', { days }), due: false };
}

const sections: readonly AgendaLineKind[] = ['wellbeing', 'praise', 'question', 'note'];

export function AgendaView({ memberId, onBack }: { memberId: string; onBack(): void }) {
  const { t } = useI18n();
  const member = useTeamStore((state) => state.byId.get(memberId));
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => heading.current?.focus(), []);

  if (!member || member.deletedAt !== null) {
    return (
      <section className="card" data-testid="agenda-missing">
        <h1 ref={heading} tabIndex={-1}>
          {t('teamAgendaMissingTitle')}
        </h1>
        <p>{t('teamAgendaMissingBody')}</p>
        <button type="button" className="button small" onClick={onBack}>
          {t('teamAgendaBack')}
        </button>
      </section>
    );
  }
  return <Agenda member={member} onBack={onBack} heading={heading} />;
}

function Agenda({
  member,
  onBack,
  heading,
}: {
  member: Member;
  onBack(): void;
  heading: RefObject<HTMLHeadingElement | null>;
}) {
  const { t, pick, say, language } = useI18n();
  const agenda = useAgenda();
  const notes = useNotesStore((state) => state.items);
  const updateMember = useTeamStore((state) => state.update);
  const updateItem = useAgendaStore((state) => state.update);
  const [now, setNow] = useState(() => Date.now());
  const [answering, setAnswering] = useState<string | null>(null);
  const [writingNote, setWritingNote] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [copyFallback, setCopyFallback] = useState<string | null>(null);
  const headingId = useId();

  const lines = useMemo(
    () =>
      buildAgenda({
        memberId: member.id,
        items: agenda.items,
        notes,
        questions: library.questions,
        metrics: library.metrics,
        wellbeing: library.wellbeing,
        now,
        lastMeetingAt: member.lastCheckInAt,
      }),
    [member.id, member.lastCheckInAt, agenda.items, notes, now],
  );
  const itemsById = useMemo(() => new Map(agenda.items.map((item) => [item.id, item])), [agenda.items]);
  // Discussed with this person since the last check-in: shown so a mistaken tick can be undone.
  const discussed = agenda.items.filter(
    (item) =>
      item.status === 'discussed' && item.memberId === member.id && item.updatedAt >= (member.lastCheckInAt ?? 0),
  );
  const saved = lines.some((line) => line.kind !== 'wellbeing');
  const date = (ms: number) => new Intl.DateTimeFormat(language, { dateStyle: 'medium' }).format(ms);
  const nextCheckIn = checkInStatus(member, now, t);

  function report(message: string) {
    setError(null);
    setStatus(message);
  }

  function fail(reason: string) {
    setStatus(null);
    setError(t('teamAgendaSaveFailed', { error: reason }));
  }

  async function setItemStatus(item: AgendaItem, next: AgendaItem['status']): Promise<boolean> {
    // Discussed with this person: it is theirs now, even if it was saved for "whoever I meet next".
    const result = await updateItem(item.id, (current) => ({ ...current, status: next, memberId: member.id }));
    if (!result.ok) fail(say(result.message));
    return result.ok;
  }

  async function markDiscussed(item: AgendaItem) {
    if (await setItemStatus(item, 'discussed')) report(t('teamAgendaMarkedDiscussed'));
  }

  async function reopen(item: AgendaItem) {
    if (await setItemStatus(item, 'open')) report(t('teamAgendaReopened'));
  }

  async function copy() {
    const markdown = agendaToMarkdown(lines, { memberName: member.name, date: stamp(), language });
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(markdown);
      setCopyFallback(null);
      report(t('teamAgendaCopied'));
    } catch {
      setStatus(null);
      setCopyFallback(markdown);
    }
  }

  async function checkInDone() {
    const result = await updateMember(member.id, (current) => ({ ...current, lastCheckInAt: stamp() }));
    if (result.ok) {
      setNow(stamp());
      const next = (result.record.lastCheckInAt ?? stamp()) + result.record.checkInEveryDays * DAY_MS;
      report(t('teamAgendaCheckInDone', { date: date(next) }));
    } else {
      setStatus(null);
      setError(say(result.message));
    }
  }

  return (
    <section aria-labelledby={headingId} className="agenda" data-testid="agenda" data-member={member.id}>
      <button type="button" className="link-button back" onClick={onBack}>
        {t('teamAgendaBack')}
      </button>
      <h1 id={headingId} ref={heading} tabIndex={-1}>
        {t('teamAgendaHeading')}{' '}
        <span dir="auto" className="member-name-inline">
          {member.name}
        </span>
      </h1>
      <p className="muted agenda-facts">
        {member.lastCheckInAt === null ? (
          t('teamAgendaNoCheckInYet')
        ) : (
          <>
            {t('teamAgendaLastCheckIn', { date: date(member.lastCheckInAt) })}{' '}
            <span className={nextCheckIn.due ? 'check-in due' : 'check-in'}>{nextCheckIn.text}</span>
          </>
        )}
      </p>

      <div className="actions agenda-actions">
        <button type="button" className="button primary small" onClick={() => void copy()}>
          {t('teamAgendaCopy')}
        </button>
        <button type="button" className="button small" onClick={() => void checkInDone()}>
          {t('teamAgendaCheckIn')}
        </button>
      </div>
      <p className="muted hint" role="status" data-testid="agenda-status">
        {status}
      </p>
      {(error || agenda.error) && (
        <p className="error" role="alert">
          {error ?? t('teamAgendaLoadFailed', { error: agenda.error ? say(agenda.error) : '' })}
        </p>
      )}
      {copyFallback !== null && <CopyFallback markdown={copyFallback} />}

      {sections.map((kind) => {
        const inSection = lines.filter((line) => line.kind === kind);
        if (inSection.length === 0) return null;
        return (
          <section key={kind} aria-label={t(sectionKeys[kind])} className={`agenda-section section-${kind}`}>
            <h2>{t(sectionKeys[kind])}</h2>
            <ul className="cards">
              {inSection.map((line) => (
                <AgendaLineCard
                  key={line.key}
                  line={line}
                  item={line.source.agendaItemId ? itemsById.get(line.source.agendaItemId) : undefined}
                  member={member}
                  answering={answering === line.key}
                  onAnswer={() => setAnswering(line.key)}
                  onAnswered={(message) => {
                    setAnswering(null);
                    if (message) report(message);
                  }}
                  onDiscussed={(item) => void markDiscussed(item)}
                  onDiscussedAfterAnswer={(item) => setItemStatus(item, 'discussed')}
                />
              ))}
            </ul>
          </section>
        );
      })}

      {!saved && (
        <p className="card muted" data-testid="agenda-empty">
          {t('teamAgendaEmpty', { button: t('cardAskAtOneOnOne') })}
        </p>
      )}

      <AddItem member={member} onAdded={() => report(t('teamAgendaAdded'))} onError={fail} />

      <div className="section-head">
        <h2>{t('teamAgendaNoteHeading')}</h2>
        {!writingNote && (
          <button type="button" className="button small" onClick={() => setWritingNote(true)}>
            {t('teamAgendaWriteNote')}
          </button>
        )}
      </div>
      {writingNote ? (
        <NoteEditor about={{ teamMember: member.id }} onDone={() => setWritingNote(false)} />
      ) : (
        <p className="muted hint">{t('teamAgendaNoteHint')}</p>
      )}

      {discussed.length > 0 && (
        <section aria-label={t('teamAgendaDiscussedHeading')} className="agenda-section section-discussed">
          <h2>{t('teamAgendaDiscussedHeading')}</h2>
          <ul className="cards" data-testid="agenda-discussed">
            {discussed.map((item) => (
              <li key={item.id} className="card agenda-line done">
                <p className="agenda-text">{itemText(item, pick) ?? t('teamAgendaUnknownItem')}</p>
                <button type="button" className="button small" onClick={() => void reopen(item)}>
                  {t('teamAgendaReopen')}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}

/** The words of a saved item, as the agenda shows them. */
function itemText(item: AgendaItem, pick: I18n['pick']): string | null {
  if (item.text?.trim()) return item.text;
  if (item.kind === 'question') {
    const question = library.questions.find((entry) => entry.id === item.ref);
    return question ? pick(question.text) : null;
  }
  if (item.kind === 'metric') {
    const metric = library.metrics.find((entry) => entry.id === item.ref);
    return metric ? pick(metric.question) : null;
  }
  return null;
}

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

function AgendaLineCard({
  line,
  item,
  member,
  answering,
  onAnswer,
  onAnswered,
  onDiscussed,
  onDiscussedAfterAnswer,
}: {
  line: AgendaLine;
  item: AgendaItem | undefined;
  member: Member;
  answering: boolean;
  onAnswer(): void;
  onAnswered(message: string | null): void;
  onDiscussed(item: AgendaItem): void;
  onDiscussedAfterAnswer(item: AgendaItem): Promise<boolean>;
}) {
  const { t, word } = useI18n();
  return (
    <li
      className={line.kind === 'wellbeing' ? 'card agenda-line wellbeing' : 'card agenda-line'}
      data-testid="agenda-line"
      data-kind={line.kind}
      data-item={item?.id}
    >
      <p className="agenda-text">
        {word(line.text)}
        {line.detail !== undefined && ` ${word(line.detail)}`}
      </p>
      {line.carriedForward && <p className="carried hint">{t('teamAgendaCarried')}</p>}
      {answering ? (
        <AnswerForm
          about={answerAbout(member, item)}
          canMarkDiscussed={item !== undefined}
          onDone={async (saved, markDiscussed) => {
            if (saved && markDiscussed && item) await onDiscussedAfterAnswer(item);
            onAnswered(saved ? t('teamAgendaAnswerSaved') : null);
          }}
        />
      ) : (
        line.kind !== 'note' && (
          <div className="actions">
            <button type="button" className="button small" onClick={onAnswer}>
              {t('teamAgendaRecordAnswer')}
            </button>
            {item && (
              <button type="button" className="button small" onClick={() => onDiscussed(item)}>
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
        if (event.key === 'Escape') void onDone(false, false);
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

/** Add praise or a question of the leader's own to this person's next 1:1. */
function AddItem({ member, onAdded, onError }: { member: Member; onAdded(): void; onError(reason: string): void }) {
  const { t, say } = useI18n();
  const add = useAgendaStore((state) => state.add);
  const [kind, setKind] = useState<'question' | 'praise'>('question');
  const [text, setText] = useState('');
  const id = useId();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (text.trim() === '') return;
    const result = await add(newAgendaItem({ kind, ref: null, text: text.trim(), memberId: member.id }));
    if (!result.ok) return onError(say(result.message));
    setText('');
    onAdded();
  }

  return (
    <details className="card add-item">
      <summary>{t('teamAgendaAddSummary')}</summary>
      <form onSubmit={(event) => void submit(event)}>
        <label htmlFor={`${id}-kind`}>{t('teamAgendaAddKind')}</label>
        <select id={`${id}-kind`} value={kind} onChange={(event) => setKind(event.target.value as typeof kind)}>
          <option value="question">{t('teamAgendaAddQuestion')}</option>
          <option value="praise">{t('teamAgendaAddPraise')}</option>
        </select>
        <label htmlFor={`${id}-text`}>{t('teamAgendaAddText')}</label>
        <textarea
          id={`${id}-text`}
          rows={2}
          dir="auto"
          maxLength={2000}
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
        <div className="actions">
          <button type="submit" className="button small" disabled={text.trim() === ''}>
            {t('teamAgendaAddSubmit')}
          </button>
        </div>
      </form>
    </details>
  );
}

/** When the clipboard is refused: the agenda in a box, selected, to copy by hand. */
function CopyFallback({ markdown }: { markdown: string }) {
  const { t } = useI18n();
  const id = useId();
  const box = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    box.current?.focus();
    box.current?.select();
  }, [markdown]);
  return (
    <div className="card copy-fallback" role="alert" data-testid="copy-fallback">
      <p>{t('teamAgendaCopyFailed')}</p>
      <label htmlFor={id}>{t('teamAgendaCopyBox')}</label>
      <textarea id={id} ref={box} readOnly rows={8} value={markdown} onFocus={(event) => event.target.select()} />
    </div>
  );
}
