// The onboarding checklist's state, live across every open view: the leader's ticks and the
// activity that ticks items by itself, each item's progress and why, the stage to open at, and a
// tick that shows at once (storage confirms it a moment later, in every view).
import { useMemo, useState } from 'react';
import type { ChecklistItem, ChecklistPhase, Platform } from '@/content';
import { checklistProgress, checklistStage, type ChecklistProgress, type ItemProgress } from '@/lib/auto-ticks';
import type { Message } from '@/lib/i18n';
import { activityItem, ticksItem } from '@/state/checklist';
import { useStorageItem } from '@/components/ui/use-storage-item';

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
  const stage = useMemo(() => (progress ? checklistStage(items, progress) : null), [items, progress]);
  const currentPhase = stage?.phase ?? 'first-week';
  const next = stage?.next ?? null;

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
