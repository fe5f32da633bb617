// Adding a person, or editing one. Adding asks for a name and the platforms they run; the role,
// the hats and hours, and the check-in rhythm are optional and folded away. A refused save shows
// why and keeps the draft; Escape on a changed form asks before anything is thrown away.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { createMember, DEFAULT_CHECK_IN_EVERY_DAYS, MAX_NAME_LENGTH, type Member } from '@/lib/model/member';
import { useTeamStore } from '@/state/stores';
import { ConflictChoice } from '@/components/ui/ConflictChoice';
import { useI18n } from '@/components/ui/use-i18n';
import { useDiscardAsk } from './DiscardAsk';
import { HatHoursFields, PlatformFields, totalHours } from './HatHoursFields';
import { draftChanged, draftOf, fieldsOf, type Draft } from './member-draft';

/** Code points, as the store counts them: an emoji is one character. */
const characters = (text: string) => [...text].length;

/** How the form closed: with the saved person, or cancelled. */
export type FormOutcome = { saved: Member } | { saved: null };

export function MemberForm({ member, onDone }: { member?: Member; onDone(outcome: FormOutcome): void }) {
  const { t, say } = useI18n();
  const add = useTeamStore((state) => state.add);
  const save = useTeamStore((state) => state.save);
  const [start, setStart] = useState(() => draftOf(member));
  const [draft, setDraft] = useState(start);
  const [base, setBase] = useState(member);
  const [problem, setProblem] = useState<{ message: string; conflict: Member | null } | null>(null);
  const [saving, setSaving] = useState(false);
  const id = useId();
  const nameInput = useRef<HTMLInputElement>(null);
  const discard = useDiscardAsk(
    () => draftChanged(draft, start),
    () => onDone({ saved: null }),
  );

  useEffect(() => nameInput.current?.focus(), []);

  const nameLength = characters(draft.name.trim());
  const hasDetails = member !== undefined && (member.role !== '' || member.hats.length > 0);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((current) => ({ ...current, [key]: value }));

  async function finish(task: Promise<Awaited<ReturnType<typeof save>>>) {
    setSaving(true);
    const result = await task;
    setSaving(false);
    if (result.ok) return onDone({ saved: result.record });
    setProblem({ message: say(result.message), conflict: result.reason === 'conflict' ? result.current : null });
  }

  function submit(event?: FormEvent) {
    event?.preventDefault();
    if (saving) return;
    if (draft.name.trim() === '') {
      setProblem({ message: t('teamNameRequired'), conflict: null });
      nameInput.current?.focus();
      return;
    }
    void finish(base ? save({ ...base, ...fieldsOf(draft) }) : add(createMember(fieldsOf(draft))));
  }

  function keepMine() {
    if (!problem?.conflict) return;
    const conflict = problem.conflict;
    setBase(conflict);
    setProblem(null);
    void finish(save({ ...conflict, ...fieldsOf(draft) }));
  }

  function takeTheirs() {
    if (!problem?.conflict) return;
    const theirs = draftOf(problem.conflict);
    setBase(problem.conflict);
    setStart(theirs);
    setDraft(theirs);
    setProblem(null);
  }

  return (
    <form
      className="card member-form"
      onSubmit={submit}
      onKeyDown={discard.onKeyDown}
      aria-label={member ? t('teamEditFormLabel', { name: member.name }) : t('teamAddFormLabel')}
      data-testid="member-form"
    >
      <h2>{member ? t('teamEditHeading') : t('teamAddHeading')}</h2>
      <label htmlFor={`${id}-name`}>{t('teamNameLabel')}</label>
      <input
        id={`${id}-name`}
        ref={nameInput}
        type="text"
        dir="auto"
        autoComplete="off"
        value={draft.name}
        onChange={(event) => set('name', event.target.value)}
        aria-describedby={nameLength > MAX_NAME_LENGTH - 20 ? `${id}-name-count` : undefined}
        aria-invalid={nameLength > MAX_NAME_LENGTH || undefined}
        data-testid="member-name"
      />
      {nameLength > MAX_NAME_LENGTH - 20 && (
        <p id={`${id}-name-count`} className={nameLength > MAX_NAME_LENGTH ? 'hint error' : 'hint muted'}>
          {t('teamNameCount', { count: nameLength, max: MAX_NAME_LENGTH })}
        </p>
      )}
      <PlatformFields draft={draft} onChange={(platforms) => set('platforms', platforms)} />

      <details className="member-more" open={hasDetails || totalHours(draft) === null}>
        <summary>{t('teamMoreDetails')}</summary>
        <label htmlFor={`${id}-role`}>{t('teamRoleLabel')}</label>
        <input
          id={`${id}-role`}
          type="text"
          dir="auto"
          autoComplete="off"
          value={draft.role}
          onChange={(event) => set('role', event.target.value)}
          aria-describedby={`${id}-role-hint`}
          data-testid="member-role"
        />
        <p id={`${id}-role-hint`} className="muted hint">
          {t('teamRoleHint')}
        </p>
        <HatHoursFields draft={draft} onChange={(hours) => set('hours', hours)} />
        <label htmlFor={`${id}-cadence`}>{t('teamCadenceLabel')}</label>
        <div className="cadence">
          <input
            id={`${id}-cadence`}
            type="number"
            min={1}
            max={90}
            step={1}
            value={draft.checkInEveryDays}
            onChange={(event) => set('checkInEveryDays', event.target.value)}
            aria-describedby={`${id}-cadence-hint`}
            data-testid="member-cadence"
          />
          <span className="muted">{t('teamCadenceUnit')}</span>
        </div>
        <p id={`${id}-cadence-hint`} className="muted hint">
          {t('teamCadenceHint', { days: DEFAULT_CHECK_IN_EVERY_DAYS })}
        </p>
      </details>

      {problem && (
        <div className="error" role="alert" data-testid="member-form-error">
          <p>{problem.message}</p>
          {problem.conflict && problem.conflict.deletedAt === null && (
            <ConflictChoice onKeepMine={keepMine} onUseTheirs={takeTheirs} />
          )}
        </div>
      )}
      {discard.question}
      <div className="actions">
        <button type="submit" className="button primary small" disabled={saving}>
          {member ? t('teamSave') : t('teamAddSubmit')}
        </button>
        <button type="button" className="button small" onClick={() => onDone({ saved: null })}>
          {t('teamCancel')}
        </button>
      </div>
    </form>
  );
}
