// The Team view: who is on the leader's social team, what hats each person wears and how many
// hours those take (the workload map), and the next 1:1 with each of them. Names are shown as
// text in their own direction (`dir="auto"`), so any script, emoji or right-to-left name is safe.
import { useEffect, useId, useMemo, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { library } from '@/content';
import {
  createMember,
  DEFAULT_CHECK_IN_EVERY_DAYS,
  hatNameKeys,
  hats,
  MAX_HOURS_PER_HAT,
  MAX_NAME_LENGTH,
  type Hat,
  type Member,
} from '@/lib/model/member';
import { useTeamStore } from '@/state/stores';
import { AgendaView, checkInStatus } from './AgendaView';
import { useI18n } from '@/components/ui/use-i18n';
import { useRemoveWithUndo } from '@/components/ui/use-undo';
import { WorkloadMap } from './WorkloadMap';

/** Above this many people the roster offers a filter box. */
const FILTER_FROM = 8;

export function TeamView() {
  const { t, say } = useI18n();
  const members = useTeamStore((state) => state.items);
  const problems = useTeamStore((state) => state.problems);
  const loaded = useTeamStore((state) => state.loaded);
  const loadError = useTeamStore((state) => state.loadError);
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  const [agendaFor, setAgendaFor] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  const removal = useRemoveWithUndo(useTeamStore);
  const now = useMinuteClock();
  const headingId = useId();
  const filterId = useId();
  const roster = useRef<HTMLUListElement>(null);
  const returnTo = useRef<string | null>(null);

  // Back from an agenda: focus returns to the button that opened it.
  useEffect(() => {
    if (agendaFor !== null || returnTo.current === null) return;
    const id = returnTo.current;
    returnTo.current = null;
    roster.current?.querySelector<HTMLButtonElement>(`[data-member="${CSS.escape(id)}"] .open-agenda`)?.focus();
  }, [agendaFor]);

  const needle = query.trim().toLocaleLowerCase();
  const shown = useMemo(
    () =>
      needle === ''
        ? members
        : members.filter(
            (member) =>
              member.name.toLocaleLowerCase().includes(needle) || member.role.toLocaleLowerCase().includes(needle),
          ),
    [members, needle],
  );

  if (agendaFor !== null) {
    return (
      <AgendaView
        memberId={agendaFor}
        onBack={() => {
          returnTo.current = agendaFor;
          setAgendaFor(null);
        }}
      />
    );
  }

  const empty = loaded && !loadError && members.length === 0;

  return (
    <section aria-labelledby={headingId} className="team" data-testid="team">
      <div className="section-head">
        <h1 id={headingId}>{t('teamHeading')}</h1>
        {!adding && !empty && (
          <button type="button" className="button primary small" onClick={() => setAdding(true)}>
            {t('teamAdd')}
          </button>
        )}
      </div>

      {loadError && (
        <p className="error" role="alert">
          {say(loadError)}
        </p>
      )}
      {problems.length > 0 && (
        <details className="card error" data-testid="member-problems">
          <summary>{t('teamProblems', { count: problems.length })}</summary>
          <ul>
            {problems.map((problem) => (
              <li key={problem.key} className="problem">
                <code>{problem.key}</code>: {say(problem.reason)}
              </li>
            ))}
          </ul>
        </details>
      )}
      {removal.removed && (
        <div className="card toast" role="status" data-testid="undo-remove">
          <span dir="auto" className="member-name-inline">
            {t('teamRemoved', { name: removal.removed.name })}
          </span>{' '}
          <button type="button" className="link-button" onClick={removal.undo}>
            {t('teamUndo')}
          </button>
        </div>
      )}
      {removal.error && (
        <p className="error" role="alert">
          {say(removal.error)}
        </p>
      )}

      {adding && <MemberForm onDone={() => setAdding(false)} />}

      {!loaded && <p className="muted">{t('teamLoading')}</p>}

      {empty && !adding && (
        <div className="card team-empty" data-testid="team-empty">
          <h2>{t('teamEmptyTitle')}</h2>
          <p>{t('teamEmptyWhy')}</p>
          <p className="muted">{t('teamEmptyPrivate')}</p>
          <button type="button" className="button primary" onClick={() => setAdding(true)}>
            {t('teamAddFirst')}
          </button>
        </div>
      )}

      {members.length > 0 && (
        <>
          <WorkloadMap members={members} />

          <section aria-labelledby={`${headingId}-people`} className="roster">
            <h2 id={`${headingId}-people`}>{t('teamPeopleHeading', { count: members.length })}</h2>
            {members.length > FILTER_FROM && (
              <>
                <label htmlFor={filterId}>{t('teamFilterLabel')}</label>
                <input
                  id={filterId}
                  type="search"
                  value={query}
                  onChange={(event) => setQuery(event.target.value)}
                  data-testid="team-filter"
                />
                <p className="muted hint" aria-live="polite">
                  {needle !== '' && t('teamFilterCount', { shown: shown.length, total: members.length })}
                </p>
              </>
            )}
            {shown.length === 0 ? (
              <p className="muted">{t('teamFilterNone')}</p>
            ) : (
              <ul className="member-list" data-testid="roster" ref={roster}>
                {shown.map((member) =>
                  editing === member.id ? (
                    <li key={member.id} data-member={member.id}>
                      <MemberForm member={member} onDone={() => setEditing(null)} />
                    </li>
                  ) : (
                    <MemberRow
                      key={member.id}
                      member={member}
                      now={now}
                      onAgenda={() => setAgendaFor(member.id)}
                      onEdit={() => setEditing(member.id)}
                      onRemove={() => removal.remove(member.id)}
                    />
                  ),
                )}
              </ul>
            )}
          </section>
        </>
      )}
    </section>
  );
}

const platformNames = new Map(library.platforms.map((platform) => [platform.id, platform.name]));

function MemberRow({
  member,
  now,
  onAgenda,
  onEdit,
  onRemove,
}: {
  member: Member;
  now: number;
  onAgenda(): void;
  onEdit(): void;
  onRemove(): void;
}) {
  const { t, pick } = useI18n();
  const platforms = member.platforms.map((id) => {
    const name = platformNames.get(id);
    return name ? pick(name) : id;
  });
  const checkIn = checkInStatus(member, now, t);
  return (
    <li className="member" data-member={member.id} data-testid="member">
      <div className="member-head">
        <span className="member-name" dir="auto">
          {member.name}
        </span>
        {member.role && (
          <span className="member-role muted" dir="auto">
            {member.role}
          </span>
        )}
      </div>
      <p className="member-facts muted">
        {platforms.length > 0 ? platforms.join(' · ') : t('teamNoPlatforms')}
        {' — '}
        <span className={checkIn.due ? 'check-in due' : 'check-in'}>{checkIn.text}</span>
      </p>
      <div className="actions">
        <button
          type="button"
          className="button small open-agenda"
          onClick={onAgenda}
          aria-label={t('teamOpenAgendaFor', { name: member.name })}
        >
          {t('teamOpenAgenda')}
        </button>
        <button
          type="button"
          className="button small"
          onClick={onEdit}
          aria-label={t('teamEditPerson', { name: member.name })}
        >
          {t('teamEdit')}
        </button>
        <button
          type="button"
          className="button small"
          onClick={onRemove}
          aria-label={t('teamRemovePerson', { name: member.name })}
        >
          {t('teamRemove')}
        </button>
      </div>
    </li>
  );
}

/** The time, updated every minute, so "check-in due" turns up without a reload. */
function useMinuteClock(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 60_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

/** Code points, as the store counts them: an emoji is one character. */
const characters = (text: string) => [...text].length;

/** Hours as typed: '' is none; anything else must be a number the store accepts. */
function parseHours(text: string): number {
  if (text.trim() === '') return 0;
  return Number(text.replace(',', '.'));
}

type Draft = {
  name: string;
  role: string;
  platforms: string[];
  hours: Record<Hat, string>;
  checkInEveryDays: string;
};

function draftOf(member?: Member): Draft {
  const hours = Object.fromEntries(hats.map((hat) => [hat, ''])) as Record<Hat, string>;
  for (const entry of member?.hats ?? []) hours[entry.hat] = String(entry.hoursPerWeek);
  return {
    name: member?.name ?? '',
    role: member?.role ?? '',
    platforms: member?.platforms ?? [],
    hours,
    checkInEveryDays: String(member?.checkInEveryDays ?? DEFAULT_CHECK_IN_EVERY_DAYS),
  };
}

/** Adding a person, or editing one. A refused save shows why and keeps the draft. */
function MemberForm({ member, onDone }: { member?: Member; onDone(): void }) {
  const { t, pick, say, language } = useI18n();
  const add = useTeamStore((state) => state.add);
  const save = useTeamStore((state) => state.save);
  const [draft, setDraft] = useState(() => draftOf(member));
  const [base, setBase] = useState(member);
  const [problem, setProblem] = useState<{ message: string; conflict: Member | null } | null>(null);
  const [saving, setSaving] = useState(false);
  const id = useId();
  const nameInput = useRef<HTMLInputElement>(null);

  useEffect(() => nameInput.current?.focus(), []);

  const hoursList = hats.map((hat) => ({ hat, hoursPerWeek: parseHours(draft.hours[hat]) }));
  const badHours = hoursList.some(
    ({ hoursPerWeek }) => !Number.isFinite(hoursPerWeek) || hoursPerWeek < 0 || hoursPerWeek > MAX_HOURS_PER_HAT,
  );
  const total = badHours ? null : hoursList.reduce((sum, entry) => sum + entry.hoursPerWeek, 0);
  const nameLength = characters(draft.name.trim());
  const format = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });

  function fields() {
    return {
      name: draft.name.normalize('NFC').trim(),
      role: draft.role.normalize('NFC').trim(),
      platforms: draft.platforms,
      hats: hoursList.filter((entry) => entry.hoursPerWeek !== 0),
      checkInEveryDays: Number(draft.checkInEveryDays),
    };
  }

  async function submit(event?: FormEvent) {
    event?.preventDefault();
    if (saving) return;
    if (draft.name.trim() === '') {
      setProblem({ message: t('teamNameRequired'), conflict: null });
      nameInput.current?.focus();
      return;
    }
    setSaving(true);
    const result = base ? await save({ ...base, ...fields() }) : await add(createMember(fields()));
    setSaving(false);
    if (result.ok) return onDone();
    setProblem({ message: say(result.message), conflict: result.reason === 'conflict' ? result.current : null });
  }

  function keepMine() {
    if (!problem?.conflict) return;
    setBase(problem.conflict);
    setProblem(null);
    setSaving(true);
    void save({ ...problem.conflict, ...fields() }).then((result) => {
      setSaving(false);
      if (result.ok) onDone();
      else setProblem({ message: say(result.message), conflict: result.reason === 'conflict' ? result.current : null });
    });
  }

  function useTheirs() {
    if (!problem?.conflict) return;
    setBase(problem.conflict);
    setDraft(draftOf(problem.conflict));
    setProblem(null);
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Escape') onDone();
  }

  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((current) => ({ ...current, [key]: value }));

  return (
    <form
      className="card member-form"
      onSubmit={(event) => void submit(event)}
      onKeyDown={onKeyDown}
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

      <label htmlFor={`${id}-role`}>{t('teamRoleLabel')}</label>
      <input
        id={`${id}-role`}
        type="text"
        dir="auto"
        autoComplete="off"
        value={draft.role}
        placeholder={t('teamRolePlaceholder')}
        onChange={(event) => set('role', event.target.value)}
        data-testid="member-role"
      />

      <fieldset className="team-fieldset">
        <legend>{t('teamPlatformsLabel')}</legend>
        <div className="team-checks">
          {library.platforms.map((platform) => (
            <label key={platform.id} className="check">
              <input
                type="checkbox"
                checked={draft.platforms.includes(platform.id)}
                onChange={(event) =>
                  set(
                    'platforms',
                    event.target.checked
                      ? [...draft.platforms, platform.id]
                      : draft.platforms.filter((entry) => entry !== platform.id),
                  )
                }
              />
              {pick(platform.name)}
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset className="team-fieldset">
        <legend>{t('teamHatsLabel')}</legend>
        <p className="muted hint">{t('teamHatsHint', { max: MAX_HOURS_PER_HAT })}</p>
        <div className="hat-inputs">
          {hats.map((hat) => (
            <label key={hat} className="hat-input">
              <span className={`hat-swatch hat-${hat}`} aria-hidden="true" />
              <span className="hat-input-name">{t(hatNameKeys[hat])}</span>
              <input
                type="number"
                inputMode="decimal"
                min={0}
                max={MAX_HOURS_PER_HAT}
                step={0.5}
                value={draft.hours[hat]}
                placeholder="0"
                onChange={(event) => set('hours', { ...draft.hours, [hat]: event.target.value })}
                data-hat={hat}
              />
              <span className="muted hat-unit">{t('teamHoursUnit')}</span>
            </label>
          ))}
        </div>
        <p className="hint" aria-live="polite">
          {total === null ? (
            <span className="error">{t('teamHoursInvalid', { max: MAX_HOURS_PER_HAT })}</span>
          ) : (
            <span className="muted">{t('teamHoursTotal', { hours: format.format(total) })}</span>
          )}
        </p>
      </fieldset>

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
        {t('teamCadenceHint')}
      </p>

      {problem && (
        <div className="error" role="alert" data-testid="member-form-error">
          <p>{problem.message}</p>
          {problem.conflict && problem.conflict.deletedAt === null && (
            <div className="actions">
              <button type="button" className="button small" onClick={keepMine}>
                {t('teamConflictKeepMine')}
              </button>
              <button type="button" className="button small" onClick={useTheirs}>
                {t('teamConflictUseTheirs')}
              </button>
            </div>
          )}
        </div>
      )}
      <div className="actions">
        <button type="submit" className="button primary small" disabled={saving}>
          {member ? t('teamSave') : t('teamAddSubmit')}
        </button>
        <button type="button" className="button small" onClick={onDone}>
          {t('teamCancel')}
        </button>
      </div>
    </form>
  );
}
