// The Team view: who is on the leader's social team (people first), what is saved for their 1:1s,
// and the workload map of the hats they wear; and each person's next 1:1. Names are shown as text
// in their own direction (`dir="auto"`), so any script, emoji or right-to-left name is safe. After
// every save, cancel, removal and undo, focus goes back to where the leader was.
import { useEffect, useId, useRef, useState } from 'react';
import { useAgendaStore, useNotesStore, useTeamStore } from '@/state/stores';
import { useFocusLater } from '@/components/ui/use-focus-later';
import { useI18n } from '@/components/ui/use-i18n';
import { useRemoveWithUndo } from '@/components/ui/use-undo';
import { AgendaView } from './AgendaView';
import { MemberForm, type FormOutcome } from './MemberForm';
import { People } from './People';
import { KeepLearning } from './KeepLearning';
import { MemberName } from './MemberName';
import { SavedTray } from './SavedTray';
import { WorkloadMap } from './WorkloadMap';
import './team.css';
import { ErrorLine, UnreadableRecords } from '@/components/ui/Alerts';

export interface TeamViewProps {
  /** Opens the add-person form at once: for "Add your first person" from another view. */
  startAdding?: boolean;
  /** The add-person form closed, saved or not (the panel's address stops saying `#team/new`). */
  onFormClosed?(): void;
}

export function TeamView({ startAdding = false, onFormClosed }: TeamViewProps) {
  const { t } = useI18n();
  const members = useTeamStore((state) => state.items);
  const problems = useTeamStore((state) => state.problems);
  const loaded = useTeamStore((state) => state.loaded);
  const loadError = useTeamStore((state) => state.loadError);
  const [adding, setAdding] = useState(startAdding);
  const [editing, setEditing] = useState<string | null>(null);
  const [agendaFor, setAgendaFor] = useState<string | null>(null);
  const [notice, setNotice] = useState('');
  const removal = useRemoveWithUndo(useTeamStore);
  const now = useMinuteClock();
  const focusLater = useFocusLater();
  const headingId = useId();
  const root = useRef<HTMLElement>(null);
  const find = (selector: string) => () => root.current?.querySelector<HTMLElement>(selector);
  const inRow = (id: string, selector: string) => find(`[data-member="${CSS.escape(id)}"] ${selector}`);

  useEffect(() => {
    for (const store of [useTeamStore, useAgendaStore, useNotesStore]) store.start();
  }, []);

  if (agendaFor !== null) {
    return (
      <AgendaView
        memberId={agendaFor}
        onBack={() => {
          focusLater(inRow(agendaFor, '.open-agenda'));
          setAgendaFor(null);
        }}
      />
    );
  }

  const empty = loaded && !loadError && members.length === 0;

  function openForm() {
    setNotice('');
    setAdding(true);
  }

  function added({ saved }: FormOutcome) {
    setAdding(false);
    onFormClosed?.();
    if (saved) setNotice(t('teamAdded', { name: saved.name }));
    focusLater(find(saved || members.length > 0 ? '.add-person' : '.add-first-person'));
  }

  function edited(id: string, { saved }: FormOutcome) {
    setEditing(null);
    if (saved) setNotice(t('teamSaved', { name: saved.name }));
    focusLater(inRow(id, '.edit-person'));
  }

  function remove(id: string) {
    setNotice('');
    removal.remove(id);
    // Back to the list's heading; with nobody left, to the undo.
    focusLater(
      find(members.length > 1 ? `#${CSS.escape(`${headingId}-people`)}` : '[data-testid="undo-remove"] button'),
    );
  }

  function undo() {
    const person = removal.removed;
    removal.undo();
    if (!person) return;
    setNotice(t('teamRestored', { name: person.name }));
    focusLater(inRow(person.id, '.edit-person'));
  }

  return (
    <section aria-labelledby={headingId} className="team" data-testid="team" ref={root}>
      <div className="section-head">
        <h1 id={headingId}>{t('teamHeading')}</h1>
        {!adding && !empty && (
          <button type="button" className="button primary small add-person" onClick={openForm}>
            {t('teamAdd')}
          </button>
        )}
      </div>

      <div role="status" className="team-status" data-testid="team-status">
        {removal.removed ? (
          <p className="card toast" data-testid="undo-remove">
            <MemberName>{t('teamRemoved', { name: removal.removed.name })}</MemberName>{' '}
            <button
              type="button"
              className="link-button"
              onClick={undo}
              aria-label={t('teamUndoRemovePerson', { name: removal.removed.name })}
            >
              {t('teamUndo')}
            </button>
          </p>
        ) : (
          notice && <p className="muted">{notice}</p>
        )}
      </div>
      <ErrorLine message={loadError} />
      <ErrorLine message={removal.error} />
      <UnreadableRecords
        problems={problems}
        summary={t('teamProblems', { count: problems.length })}
        testId="member-problems"
      />

      {adding && <MemberForm onDone={added} />}
      {!loaded && <p className="muted">{t('teamLoading')}</p>}

      {empty && !adding && (
        <div className="card team-empty" data-testid="team-empty">
          <h2>{t('teamEmptyTitle')}</h2>
          <p>{t('teamEmptyWhy')}</p>
          <p className="muted">{t('teamEmptyPrivate')}</p>
          <button type="button" className="button primary add-first-person" onClick={openForm}>
            {t('teamAddFirst')}
          </button>
        </div>
      )}

      {members.length > 0 && (
        <People
          members={members}
          now={now}
          editing={editing}
          headingId={`${headingId}-people`}
          onAgenda={setAgendaFor}
          onEdit={(id) => {
            setNotice('');
            setEditing(id);
          }}
          onEdited={edited}
          onRemove={remove}
        />
      )}

      {loaded && <SavedTray members={members} onAddPerson={empty && !adding ? openForm : undefined} />}
      {members.length > 0 && <WorkloadMap members={members} />}
      {loaded && <KeepLearning />}
    </section>
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
