// Checklist progress: the leader's own ticks, and the activity that ticks items by itself
// (pages opened with Sidecoach, questions saved, notes on metrics, people in the roster). Two
// small keys, so the popup reads them at once without touching notes or the team.
import { browser } from 'wxt/browser';
import { noActivity, recordVisit, visitSchema, type Activity, type ManualTicks, type Visit } from '../lib/auto-ticks';
import { z } from '../lib/zod';

export const ticksKey = 'checklist-ticks';
export const activityKey = 'activity';

export const manualTicksSchema = z.record(z.string().max(64), z.object({ done: z.boolean(), at: z.number() }));

export const activitySchema = z.object({
  visits: z.array(visitSchema).max(500),
  savedQuestions: z.int().min(0),
  metricNotes: z.int().min(0),
  teamMembers: z.int().min(0),
});

export interface ChecklistState {
  ticks: ManualTicks;
  activity: Activity;
}

/** Reads both keys; anything unreadable reads as nothing yet, and is left in storage as it is. */
export function parseChecklistState(values: Record<string, unknown>): ChecklistState {
  const ticks = manualTicksSchema.safeParse(values[ticksKey]);
  const activity = activitySchema.safeParse(values[activityKey]);
  return { ticks: ticks.success ? ticks.data : {}, activity: activity.success ? activity.data : noActivity };
}

export async function readChecklistState(): Promise<ChecklistState> {
  return parseChecklistState(await browser.storage.local.get([ticksKey, activityKey]));
}

/** The leader ticks or unticks an item; their word wins over any automatic tick. */
export async function setTick(itemId: string, done: boolean, now = Date.now()): Promise<void> {
  const { ticks } = await readChecklistState();
  await browser.storage.local.set({ [ticksKey]: { ...ticks, [itemId]: { done, at: now } } });
}

/** Notes a page the leader opened with Sidecoach; writes only the first visit of each page kind. */
export async function recordActivityVisit(visit: Visit): Promise<void> {
  const { activity } = await readChecklistState();
  const next = recordVisit(activity, visit);
  if (next !== activity) await browser.storage.local.set({ [activityKey]: next });
}

/**
 * Updates the counts the side panel knows from its stores, writing only when one rose. Counts
 * only go up: what the leader did stays done when a question is later unsaved.
 */
export async function recordActivityCounts(
  counts: Pick<Activity, 'savedQuestions' | 'metricNotes' | 'teamMembers'>,
): Promise<void> {
  const { activity } = await readChecklistState();
  const keys = Object.keys(counts) as (keyof typeof counts)[];
  if (keys.every((key) => activity[key] >= counts[key])) return;
  const next = { ...activity };
  for (const key of keys) next[key] = Math.max(activity[key], counts[key]);
  await browser.storage.local.set({ [activityKey]: next });
}

/** Calls back whenever ticks or activity change. Returns the unwatch function. */
export function watchChecklistState(callback: (state: ChecklistState) => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && (ticksKey in changes || activityKey in changes)) void readChecklistState().then(callback);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
