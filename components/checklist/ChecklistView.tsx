// The onboarding checklist in full, by stage (first week, 30, 60 and 90 days): the leader's ticks,
// the items that ticked themselves and why, and progress. The stage tabs wrap onto two rows in a
// narrow panel rather than cut a label off; the next step is marked in the list, never repeated
// above it.
import { useState } from 'react';
import type { ChecklistItem, ChecklistPhase, Platform } from '@/content';
import type { ItemProgress } from '@/lib/auto-ticks';
import { Tabs } from '@/components/ui/Tabs';
import { useI18n } from '@/components/ui/use-i18n';
import { checklistPhases as phases } from '@/lib/auto-ticks';
import { useChecklist } from './use-checklist';
import './checklist.css';

export function ChecklistView({
  items,
  platforms,
}: {
  items: readonly ChecklistItem[];
  platforms: readonly Platform[];
}) {
  const { t, say } = useI18n();
  const checklist = useChecklist(items, platforms);
  const { progress, byId } = checklist;
  const [chosen, setChosen] = useState<ChecklistPhase | null>(null);
  const phase = chosen ?? checklist.currentPhase;
  const shown = items.filter((item) => item.phase === phase);
  const next = shown.find((item) => !byId.get(item.id)?.done);

  return (
    <div className="checklist-view">
      <div className="stage-tabs">
        <Tabs<ChecklistPhase>
          label={t('popupPhases')}
          current={phase}
          onSelect={setChosen}
          tabs={phases.map((entry) => ({
            id: entry.id,
            label: progress
              ? t('checklistPhaseProgress', {
                  phase: t(entry.label),
                  done: progress.phases[entry.id].done,
                  total: progress.phases[entry.id].total,
                })
              : t(entry.label),
          }))}
        />
      </div>
      <div role="status">
        {checklist.error && <p className="error">{t('checklistSaveFailed', { error: say(checklist.error) })}</p>}
      </div>
      {checklist.unreadable && (
        <p className="notice" data-testid="checklist-unreadable">
          {t('storageKeptAside')}
        </p>
      )}
      <div id={`view-${phase}`} role="tabpanel" aria-labelledby={`tab-${phase}`}>
        <ul className="checklist" data-testid="checklist">
          {shown.map((item) => (
            <ChecklistRow
              key={item.id}
              item={item}
              progress={byId.get(item.id)}
              next={item === next}
              onToggle={checklist.toggle}
            />
          ))}
        </ul>
      </div>
    </div>
  );
}

/** One item: its tick, its words, why it counts as done, and a "Next" mark on the next step. */
export function ChecklistRow({
  item,
  progress,
  next = false,
  onToggle,
}: {
  item: ChecklistItem;
  progress: ItemProgress | undefined;
  next?: boolean;
  onToggle(itemId: string, done: boolean): void;
}) {
  const { t, pick, say } = useI18n();
  const done = progress?.done ?? false;
  return (
    <li
      className={done ? 'done' : next ? 'next' : undefined}
      data-item={item.id}
      data-done={done}
      data-source={progress?.source ?? ''}
      aria-current={next ? 'step' : undefined}
    >
      <label className="check">
        <input type="checkbox" checked={done} onChange={(event) => onToggle(item.id, event.target.checked)} />
        <span>
          {/* Said by aria-current on the row; shown for the eye. */}
          {next && (
            <span className="next-tag" aria-hidden="true">
              {t('checklistNextTag')}
            </span>
          )}{' '}
          {pick(item.text)}
        </span>
      </label>
      {progress?.because && <p className="muted because">{say(progress.because)}</p>}
    </li>
  );
}
