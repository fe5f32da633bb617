// The onboarding checklist's state, live across every open view: the leader's ticks and the
// activity that ticks items by itself, each item's progress and why, the stage to open at, and a
// tick that shows at once (storage confirms it a moment later, in every view).
import { useMemo, useState } from 'react';
import type { ChecklistItem, ChecklistPhase, Platform } from '@/content';
import { checklistProgress, type ChecklistProgress, type ItemProgress } from '@/lib/auto-ticks';
import type { Message, MessageKey } from '@/lib/i18n';
import { activityItem, ticksItem } from '@/state/checklist';
import { useStorageItem } from '@/components/ui/use-storage-item';

export const phases: { id: ChecklistPhase; label: MessageKey }[] = [
  { id: 'first-week', label: 'phaseFirstWeek' },
  { id: 'first-30-days', label: 'phaseFirst30Days' },
  { id: 'first-60-days', label: 'phaseFirst60Days' },
  { id: 'first-90-days', label: 'phaseFirst90Days' },
];

export interface Checklist {
  /** Null until both parts are read. */
  progress: ChecklistProgress | null;
  byId: ReadonlyMap<string, ItemProgress>;
  /** The first stage with something left to do (the last stage when all is done). */
  currentPhase: ChecklistPhase;
  /** The next item to do: the first one not done in the current stage; null when all is done. */
  next: ChecklistItem | null;
  /** Part of what was stored could not be read; it is kept aside, never lost. */
  unreadable: boolean;
  /** Why the last tick was not saved. */
  error: Message | null;
  toggle(itemId: string, done: boolean): void;
}

/** `platforms` names them in the reasons; a view that shows no reason leaves it out (AutoTickOptions). */
export function useChecklist(items: readonly ChecklistItem[], platforms?: readonly Platform[]): Checklist {
  const ticks = useStorageItem(ticksItem);
  const activity = useStorageItem(activityItem);
  const [error, setError] = useState<Message | null>(null);
  const loaded = ticks.loaded && activity.loaded;
  const progress = useMemo(
    () => (loaded ? checklistProgress(items, ticks.value, activity.value, { platforms }) : null),
    [loaded, items, platforms, ticks.value, activity.value],
  );
  const byId = useMemo(() => new Map(progress?.items.map((item) => [item.id, item])), [progress]);
  const left = (phase: ChecklistPhase) =>
    progress !== null && progress.phases[phase].done < progress.phases[phase].total;
  const currentPhase = phases.find((phase) => left(phase.id))?.id ?? (progress ? 'first-90-days' : 'first-week');
  const next = progress
    ? (items.find((item) => item.phase === currentPhase && !byId.get(item.id)?.done) ?? null)
    : null;

  function toggle(itemId: string, done: boolean) {
    setError(null);
    void ticks
      .write((current) => ({ ...current, [itemId]: { done, at: Date.now() } }))
      .then((result) => {
        if (!result.ok) setError(result.message);
      });
  }

  const unreadable = [ticks.problem, activity.problem].some((problem) => problem !== null && problem !== 'storage');
  return { progress, byId, currentPhase, next, unreadable, error, toggle };
}
