// The onboarding checklist by stage: the leader's ticks, the items that ticked themselves and
// why, and progress. The popup shows it compactly; the side panel shows it in full.
import { useMemo, useState } from 'react';
import type { ChecklistItem, ChecklistPhase, Platform } from '@/content';
import { checklistProgress, type Activity, type ItemProgress, type ManualTicks } from '@/lib/auto-ticks';
import type { MessageKey } from '@/lib/i18n';
import { activityItem, setTick, ticksItem } from '@/state/checklist';
import { Tabs } from '@/components/ui/Tabs';
import { useI18n } from '@/components/ui/use-i18n';
import { useStorageItem } from '@/components/ui/use-storage-item';

export const phases: { id: ChecklistPhase; label: MessageKey }[] = [
  { id: 'first-week', label: 'phaseFirstWeek' },
  { id: 'first-30-days', label: 'phaseFirst30Days' },
  { id: 'first-60-days', label: 'phaseFirst60Days' },
  { id: 'first-90-days', label: 'phaseFirst90Days' },
];

export interface ChecklistState {
  ticks: ManualTicks;
  activity: Activity;
}

/**
 * The checklist state, live across every open view; null until both parts are read. `unreadable`
 * says part of what was stored could not be read (it is kept aside, never lost).
 */
export function useChecklistState(): { state: ChecklistState | null; unreadable: boolean } {
  const ticks = useStorageItem(ticksItem);
  const activity = useStorageItem(activityItem);
  const state = useMemo(
    () => (ticks.loaded && activity.loaded ? { ticks: ticks.value, activity: activity.value } : null),
    [ticks.loaded, ticks.value, activity.loaded, activity.value],
  );
  const unreadable = [ticks.problem, activity.problem].some((problem) => problem !== null && problem !== 'storage');
  return { state, unreadable };
}

export function ChecklistView({
  items,
  platforms,
  compact = false,
}: {
  items: readonly ChecklistItem[];
  platforms: readonly Platform[];
  compact?: boolean;
}) {
  const { t, pick, say } = useI18n();
  const { state, unreadable } = useChecklistState();
  const [saveError, setSaveError] = useState<string | null>(null);
  // A tick shows at once; storage confirms it a moment later with a new state, which replaces it.
  const [optimistic, setOptimistic] = useState<{ base: ChecklistState | null; ticks: Record<string, boolean> }>({
    base: null,
    ticks: {},
  });
  const pendingTicks = optimistic.base === state ? optimistic.ticks : {};
  const progress = useMemo(
    () => (state ? checklistProgress(items, state.ticks, state.activity, { platforms }) : null),
    [items, platforms, state],
  );
  // Open at the first stage with something left to do.
  const firstOpen = progress
    ? (phases.find((phase) => progress.phases[phase.id].done < progress.phases[phase.id].total)?.id ?? 'first-week')
    : 'first-week';
  const [chosen, setChosen] = useState<ChecklistPhase | null>(null);
  const phase = chosen ?? firstOpen;
  const byId = new Map(progress?.items.map((item) => [item.id, item]));
  const shown = items.filter((item) => item.phase === phase);
  const next = shown.find((item) => !byId.get(item.id)?.done);

  function toggle(item: ChecklistItem, done: boolean) {
    setSaveError(null);
    setOptimistic({ base: state, ticks: { ...pendingTicks, [item.id]: done } });
    void setTick(item.id, done).then((result) => {
      if (result.ok) return;
      setOptimistic({ base: null, ticks: {} });
      setSaveError(say(result.message));
    });
  }

  return (
    <div className={compact ? 'checklist-view compact' : 'checklist-view'}>
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
      {saveError && (
        <p className="error" role="alert">
          {t('checklistSaveFailed', { error: saveError })}
        </p>
      )}
      {unreadable && (
        <p className="notice" role="status" data-testid="checklist-unreadable">
          {t('storageKeptAside')}
        </p>
      )}
      {next && (
        <p className="nudge" data-testid="nudge">
          <strong>{t('checklistNext')}</strong> {pick(next.text)}
        </p>
      )}
      <ul
        className="checklist"
        data-testid="checklist"
        id={`view-${phase}`}
        role="tabpanel"
        aria-labelledby={`tab-${phase}`}
      >
        {shown.map((item) => (
          <ChecklistRow
            key={item.id}
            item={item}
            progress={byId.get(item.id)}
            pending={pendingTicks[item.id]}
            onToggle={toggle}
          />
        ))}
      </ul>
    </div>
  );
}

function ChecklistRow({
  item,
  progress,
  pending,
  onToggle,
}: {
  item: ChecklistItem;
  progress: ItemProgress | undefined;
  /** The leader's tick while it is being saved. */
  pending: boolean | undefined;
  onToggle(item: ChecklistItem, done: boolean): void;
}) {
  const { pick, say } = useI18n();
  const done = pending ?? progress?.done ?? false;
  return (
    <li className={done ? 'done' : undefined} data-item={item.id} data-done={done} data-source={progress?.source ?? ''}>
      <label className="check">
        <input type="checkbox" checked={done} onChange={(event) => onToggle(item, event.target.checked)} />
        <span>{pick(item.text)}</span>
      </label>
      {progress?.because && <p className="muted because">{say(progress.because)}</p>}
    </li>
  );
}
