// The people on the leader's team: one row each with their role, platforms and when the next
// check-in is due, and the three things to do with them (their 1:1 agenda, edit, remove), each
// button naming the person. Long rosters get a filter box.
import { useId, useMemo, useState } from 'react';
import { nameOf } from '@/runtime/library';
import { checkInStatus, type Member } from '@/lib/model/member';
import { useI18n } from '@/components/ui/use-i18n';
import { MemberForm, type FormOutcome } from './MemberForm';

/** Above this many people the roster offers a filter box. */
const FILTER_FROM = 8;

export interface PeopleProps {
  members: readonly Member[];
  now: number;
  editing: string | null;
  headingId: string;
  onAgenda(id: string): void;
  onEdit(id: string): void;
  onEdited(id: string, outcome: FormOutcome): void;
  onRemove(id: string): void;
}

export function People({ members, now, editing, headingId, onAgenda, onEdit, onEdited, onRemove }: PeopleProps) {
  const { t } = useI18n();
  const [query, setQuery] = useState('');
  const filterId = useId();
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

  return (
    <section aria-labelledby={headingId} className="roster">
      <h2 id={headingId} tabIndex={-1}>
        {t('teamPeopleHeading', { count: members.length })}
      </h2>
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
        <ul className="member-list" data-testid="roster">
          {shown.map((member) =>
            editing === member.id ? (
              <li key={member.id} data-member={member.id}>
                <MemberForm member={member} onDone={(outcome) => onEdited(member.id, outcome)} />
              </li>
            ) : (
              <MemberRow
                key={member.id}
                member={member}
                now={now}
                onAgenda={() => onAgenda(member.id)}
                onEdit={() => onEdit(member.id)}
                onRemove={() => onRemove(member.id)}
              />
            ),
          )}
        </ul>
      )}
    </section>
  );
}

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
  const { t, pick, say } = useI18n();
  const platforms = member.platforms.map((id) => pick(nameOf('platforms', id)));
  const checkIn = checkInStatus(member, now);
  // Each button names the person: a screen reader lists many rows' buttons together.
  const actions = [
    {
      className: 'open-agenda',
      label: t('teamOpenAgenda'),
      name: t('teamOpenAgendaFor', { name: member.name }),
      onClick: onAgenda,
    },
    {
      className: 'edit-person',
      label: t('teamEdit'),
      name: t('teamEditPerson', { name: member.name }),
      onClick: onEdit,
    },
    {
      className: 'remove-person',
      label: t('teamRemove'),
      name: t('teamRemovePerson', { name: member.name }),
      onClick: onRemove,
    },
  ];
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
        <span className={checkIn.due ? 'check-in due' : 'check-in'}>{say(checkIn.message)}</span>
      </p>
      <div className="actions">
        {actions.map(({ className, label, name, onClick }) => (
          <button
            key={className}
            type="button"
            className={`button small ${className}`}
            onClick={onClick}
            aria-label={name}
          >
            {label}
          </button>
        ))}
      </div>
    </li>
  );
}
