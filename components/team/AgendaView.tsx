// The next 1:1 with one person: a check-in that fits them first, then what the leader saved for
// them (or for whoever fits), then the latest notes about them. Each item can be answered (the
// answer becomes a note tied to the person and the question) or marked discussed: discussed is per
// person, and an item for whoever fits becomes this person's when discussed here. What is not
// discussed stays and comes back next time. Opens at its own top, focus on its heading.
import { useEffect, useId, useMemo, useRef, useState, type RefObject } from 'react';
import { agendaSections, agendaToMarkdown, type AgendaLineKind } from '@/lib/agenda-builder';
import { withStatus, type AgendaItem } from '@/lib/model/agenda-item';
import { checkInStatus, type Member } from '@/lib/model/member';
import { DAY_MS } from '@/lib/model/record';
import { useAgendaStore, useTeamStore } from '@/state/stores';
import { NoteEditor } from '@/components/notes/NoteEditor';
import { useFocusLater } from '@/components/ui/use-focus-later';
import { useI18n } from '@/components/ui/use-i18n';
import { AddItem, CopyFallback, DiscussedList } from './AgendaExtras';
import { AgendaLineCard, type AnswerOutcome } from './AgendaLineCard';
import { useAgendaLines } from './use-agenda-lines';
import { MemberName } from './MemberName';

const situationKeys = { crisis: 'teamAgendaWhyCrisis', workload: 'teamAgendaWhyWorkload', routine: null } as const;

export function AgendaView({ memberId, onBack }: { memberId: string; onBack(): void }) {
  const { t } = useI18n();
  const member = useTeamStore((state) => state.byId.get(memberId));
  const heading = useRef<HTMLHeadingElement>(null);

  // Opens at its own top, "Back" in view, with the heading focused for screen readers.
  useEffect(() => {
    window.scrollTo?.(0, 0);
    heading.current?.focus({ preventScroll: true });
  }, []);

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
  const { t, say, word, language } = useI18n();
  const updateMember = useTeamStore((state) => state.update);
  const updateItem = useAgendaStore((state) => state.update);
  const [now, setNow] = useState(() => Date.now());
  const { items, lines, situation } = useAgendaLines(member, now);
  const [answering, setAnswering] = useState<string | null>(null);
  const [writingNote, setWritingNote] = useState(false);
  const [status, setStatus] = useState('');
  /** The check-in just recorded and the one before it, while its undo is offered. */
  const [checkInUndo, setCheckInUndo] = useState<{ at: number; before: number | null } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [copyFallback, setCopyFallback] = useState<string | null>(null);
  const headingId = useId();
  const root = useRef<HTMLElement>(null);
  const focusLater = useFocusLater();
  const find = (selector: string) => () => root.current?.querySelector<HTMLElement>(selector);

  const itemsById = useMemo(() => new Map(items.map((item) => [item.id, item])), [items]);
  // Discussed with this person since the last check-in: shown so a mistaken tick can be undone.
  const discussed = items.filter(
    (item) =>
      item.status === 'discussed' && item.memberId === member.id && item.updatedAt >= (member.lastCheckInAt ?? 0),
  );
  const saved = lines.some((line) => line.kind !== 'wellbeing');
  const date = (ms: number) => word({ date: ms, style: 'medium' });
  const nextCheckIn = checkInStatus(member, now);
  const why = situationKeys[situation];

  function report(text: string) {
    setError(null);
    setCheckInUndo(null);
    setStatus(text);
  }

  async function setItemStatus(item: AgendaItem, next: AgendaItem['status']): Promise<boolean> {
    const result = await updateItem(item.id, (current) => withStatus(current, next, member.id));
    if (!result.ok) {
      setStatus('');
      setError(t('teamAgendaSaveFailed', { error: say(result.message) }));
    }
    return result.ok;
  }

  async function markDiscussed(item: AgendaItem): Promise<boolean> {
    const done = await setItemStatus(item, 'discussed');
    if (done) {
      report(t('teamAgendaMarkedDiscussed'));
      focusLater(find(`[data-discussed="${CSS.escape(item.id)}"] button`));
    }
    return done;
  }

  async function reopen(item: AgendaItem) {
    if (!(await setItemStatus(item, 'open'))) return;
    report(t('teamAgendaReopened'));
    focusLater(find(`[data-item="${CSS.escape(item.id)}"] .mark-discussed`));
  }

  function answered(key: string, { saved: kept, discussed: gone }: AnswerOutcome) {
    setAnswering(null);
    if (kept) report(t('teamAgendaAnswerSaved'));
    if (!gone) focusLater(find(`[data-line="${CSS.escape(key)}"] .record-answer`));
  }

  async function copy() {
    const markdown = agendaToMarkdown(lines, { memberName: member.name, date: Date.now(), language });
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(markdown);
      setCopyFallback(null);
      report(t('teamAgendaCopied'));
    } catch {
      setStatus('');
      setCopyFallback(markdown);
    }
  }

  async function checkInDone() {
    const at = Date.now();
    let before: number | null = null;
    const result = await updateMember(member.id, (current) => {
      before = current.lastCheckInAt;
      return { ...current, lastCheckInAt: at };
    });
    if (!result.ok) return setError(say(result.message));
    setNow(Date.now());
    const next = at + result.record.checkInEveryDays * DAY_MS;
    report(t('teamAgendaCheckInDone', { date: date(next) }));
    setCheckInUndo({ at, before });
  }

  /** Takes a mistaken check-in back, unless another was recorded since (another window). */
  async function undoCheckIn() {
    if (!checkInUndo) return;
    const { at, before } = checkInUndo;
    const result = await updateMember(member.id, (current) =>
      current.lastCheckInAt === at ? { ...current, lastCheckInAt: before } : current,
    );
    if (!result.ok) return setError(say(result.message));
    report(t('teamAgendaCheckInUndone'));
    focusLater(find('.check-in-done'));
  }

  return (
    <section aria-labelledby={headingId} className="agenda" data-testid="agenda" data-member={member.id} ref={root}>
      <button type="button" className="link-button back" onClick={onBack}>
        {t('teamAgendaBack')}
      </button>
      <h1 id={headingId} ref={heading} tabIndex={-1}>
        {t('teamAgendaHeading')} <MemberName>{member.name}</MemberName>
      </h1>
      <p className="muted agenda-facts">
        {member.lastCheckInAt === null
          ? t('teamAgendaNoCheckInYet')
          : `${t('teamAgendaLastCheckIn', { date: date(member.lastCheckInAt) })} `}
        {member.lastCheckInAt !== null && (
          <span className={nextCheckIn.due ? 'check-in due' : 'check-in'}>{say(nextCheckIn.message)}</span>
        )}
      </p>
      <div className="actions agenda-actions">
        <button type="button" className="button primary small" onClick={() => void copy()}>
          {t('teamAgendaCopy')}
        </button>
        <button type="button" className="button small check-in-done" onClick={() => void checkInDone()}>
          {t('teamAgendaCheckIn')}
        </button>
      </div>
      <p className="muted hint" role="status" data-testid="agenda-status">
        {status}
        {checkInUndo && (
          <>
            {' '}
            <button type="button" className="link-button" onClick={() => void undoCheckIn()}>
              {t('teamAgendaCheckInUndo')}
            </button>
          </>
        )}
      </p>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {copyFallback !== null && <CopyFallback markdown={copyFallback} />}

      {(Object.keys(agendaSections) as AgendaLineKind[]).map((kind) => {
        const inSection = lines.filter((line) => line.kind === kind);
        if (inSection.length === 0) return null;
        return (
          <section key={kind} aria-labelledby={`${headingId}-${kind}`} className={`agenda-section section-${kind}`}>
            <h2 id={`${headingId}-${kind}`}>{t(agendaSections[kind])}</h2>
            {kind === 'wellbeing' && why && <p className="muted hint">{t(why, { name: member.name })}</p>}
            <ul className="cards">
              {inSection.map((line) => (
                <AgendaLineCard
                  key={line.key}
                  line={line}
                  item={line.source.agendaItemId ? itemsById.get(line.source.agendaItemId) : undefined}
                  member={member}
                  answering={answering === line.key}
                  onAnswer={() => setAnswering(line.key)}
                  onAnswered={(outcome) => answered(line.key, outcome)}
                  onDiscussed={markDiscussed}
                />
              ))}
            </ul>
          </section>
        );
      })}

      {!saved && (
        <p className="card muted" data-testid="agenda-empty">
          {t('teamAgendaEmpty', { button: t('askAtOneOnOne') })}
        </p>
      )}

      <AddItem
        member={member}
        onAdded={() => report(t('teamAgendaAdded'))}
        onError={(reason) => setError(t('teamAgendaSaveFailed', { error: reason }))}
      />

      <div className="section-head">
        <h2>{t('teamAgendaNoteHeading')}</h2>
        {!writingNote && (
          <button type="button" className="button small write-note" onClick={() => setWritingNote(true)}>
            {t('teamAgendaWriteNote')}
          </button>
        )}
      </div>
      {writingNote ? (
        <NoteEditor
          about={{ teamMember: member.id }}
          onDone={() => {
            setWritingNote(false);
            focusLater(find('.write-note'));
          }}
        />
      ) : (
        <p className="muted hint">{t('teamAgendaNoteHint')}</p>
      )}

      <DiscussedList items={discussed} onReopen={(item) => void reopen(item)} />
    </section>
  );
}
