// "Saved for 1:1s": everything the leader saved for a one-to-one and has not discussed yet, by
// person and for whoever fits, shown even before anyone is on the team. Each item can be given to
// someone else or unsaved (with undo); focus stays where the leader was.
import { useId, useRef } from 'react';
import { library } from '@/runtime/library';
import { agendaItemText } from '@/lib/agenda-builder';
import { groupByPerson, type AgendaItem } from '@/lib/model/agenda-item';
import type { Member } from '@/lib/model/member';
import { useAgendaStore, useTeamStore } from '@/state/stores';
import { useFocusLater } from '@/components/ui/use-focus-later';
import { useI18n } from '@/components/ui/use-i18n';
import { useRemoveWithUndo } from '@/components/ui/use-undo';
import { reassign, useAgendaItems } from './use-agenda';
import { ErrorLine } from '@/components/ui/Alerts';

export function SavedTray({ members, onAddPerson }: { members: readonly Member[]; onAddPerson?(): void }) {
  const { t, word } = useI18n();
  const items = useAgendaItems();
  const everyone = useTeamStore((state) => state.byId);
  const removal = useRemoveWithUndo(useAgendaStore);
  const focusLater = useFocusLater();
  const headingId = useId();
  const root = useRef<HTMLElement>(null);
  const groups = groupByPerson(
    items,
    members.map((member) => member.id),
  );
  const count = groups.reduce((sum, group) => sum + group.items.length, 0);
  const textOf = (item: AgendaItem) => {
    const text = agendaItemText(item, library.questions, library.metrics);
    return text === null ? t('teamAgendaUnknownItem') : word(text);
  };
  const inItem = (id: string, selector: string) => () =>
    root.current?.querySelector<HTMLElement>(`[data-item="${CSS.escape(id)}"] ${selector}`);

  function unsave(item: AgendaItem) {
    removal.remove(item.id);
    focusLater(() => root.current?.querySelector<HTMLElement>(`#${CSS.escape(headingId)}`));
  }

  function undo() {
    const item = removal.removed;
    removal.undo();
    if (item) focusLater(inItem(item.id, '.unsave'));
  }

  function move(item: AgendaItem, memberId: string | null) {
    void reassign(item, memberId).then((result) => {
      if (result.ok) focusLater(inItem(result.record.id, 'select'));
    });
  }

  return (
    <section aria-labelledby={headingId} className="card saved-tray" data-testid="saved-tray" ref={root}>
      <h2 id={headingId} tabIndex={-1}>
        {t('trayHeading', { count })}
      </h2>
      <div role="status" data-testid="tray-status">
        {removal.removed && (
          <p className="toast">
            {t('trayUnsaved', { text: textOf(removal.removed) })}{' '}
            <button type="button" className="link-button" onClick={undo}>
              {t('teamUndo')}
            </button>
          </p>
        )}
      </div>
      <ErrorLine message={removal.error} />
      {count === 0 && <p className="muted">{t('trayEmpty', { button: t('askAtOneOnOne') })}</p>}
      {groups.map(({ memberId, items: saved }) => {
        const name = memberId === null ? t('askWhoeverFits') : (everyone.get(memberId)?.name ?? t('trayGone'));
        return (
          <section key={memberId ?? 'whoever-fits'} aria-label={name} className="tray-group">
            <h3 dir="auto">{name}</h3>
            <ul className="tray-items">
              {saved.map((item) => (
                <li key={item.id} data-item={item.id} className="tray-item">
                  <p className="agenda-text">{textOf(item)}</p>
                  <div className="tray-actions">
                    <label className="tray-who">
                      <span>{t('trayFor')}</span>
                      <select
                        value={item.memberId ?? ''}
                        onChange={(event) => move(item, event.target.value || null)}
                        aria-label={t('trayReassign', { text: textOf(item) })}
                      >
                        {members.map((member) => (
                          <option key={member.id} value={member.id}>
                            {member.name}
                          </option>
                        ))}
                        {item.memberId !== null && !members.some((member) => member.id === item.memberId) && (
                          <option value={item.memberId}>{name}</option>
                        )}
                        <option value="">{t('askWhoeverFits')}</option>
                      </select>
                    </label>
                    <button
                      type="button"
                      className="button small unsave"
                      onClick={() => unsave(item)}
                      aria-label={t('namedAction', { action: t('trayUnsaveShort'), subject: textOf(item) })}
                    >
                      {t('trayUnsaveShort')}
                    </button>
                  </div>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
      {/* With nothing saved, the empty roster just above offers the same button. */}
      {onAddPerson && count > 0 && (
        <p className="tray-add">
          {t('trayNobody')}{' '}
          <button type="button" className="button small" onClick={onAddPerson}>
            {t('askAddFirstPerson')}
          </button>
        </p>
      )}
    </section>
  );
}
