// Checklist progress: the leader's own ticks, and the activity that ticks items by itself (pages
// opened with Sidecoach, questions saved, notes on metrics, people in the roster). Two small items,
// so the popup reads them at once without touching notes or the team.
import { noActivity, recordVisit, type Activity, type ManualTicks, type Visit } from '../lib/auto-ticks';
import { parseActivity, parseTicks } from '../lib/model/checklist';
import { defineItem } from './item';

export const ticksItem = defineItem<ManualTicks>({
  area: 'local',
  key: 'checklist-ticks',
  fallback: () => ({}),
  parse: parseTicks,
});

export const activityItem = defineItem<Activity>({
  area: 'local',
  key: 'activity',
  fallback: () => noActivity,
  parse: parseActivity,
});

/** The leader ticks or unticks an item; their word wins over any automatic tick. */
export function setTick(itemId: string, done: boolean, now = Date.now()) {
  return ticksItem.write((ticks) => ({ ...ticks, [itemId]: { done, at: now } }), now);
}

/** Notes a page the leader opened with Sidecoach; writes only the first visit of each page kind. */
export function recordActivityVisit(visit: Visit) {
  return activityItem.write((activity) => {
    const next = recordVisit(activity, visit);
    return next === activity ? null : next;
  });
}

/**
 * Updates the counts the side panel knows from its stores, writing only when one rose. Counts
 * only go up: what the leader did stays done when a question is later unsaved.
 */
export function recordActivityCounts(counts: Pick<Activity, 'savedQuestions' | 'metricNotes' | 'teamMembers'>) {
  return activityItem.write((activity) => {
    const keys = Object.keys(counts) as (keyof typeof counts)[];
    if (keys.every((key) => activity[key] >= counts[key])) return null;
    const next = { ...activity };
    for (const key of keys) next[key] = Math.max(activity[key], counts[key]);
    return next;
  });
}
