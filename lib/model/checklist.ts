// Checklist progress: the leader's own ticks, and the activity that ticks items by itself.
// Read entry by entry: one damaged tick or visit costs only itself, never the rest.
import { noActivity, visitSchema, type Activity, type ManualTicks, type Visit } from '../auto-ticks';
import { z } from '../zod';
import { isObject } from './record';

export const tickSchema = z.object({ done: z.boolean(), at: z.number() });
export type Tick = z.infer<typeof tickSchema>;

const tickIdSchema = z.string().check(z.minLength(1), z.maxLength(64));
const countSchema = z.int().check(z.minimum(0));

/** Reads stored ticks: every readable entry, and whether that was all of them. Never throws. */
export function parseTicks(value: unknown): { value: ManualTicks; complete: boolean } {
  if (!isObject(value)) return { value: {}, complete: false };
  const entries: [string, Tick][] = [];
  let complete = true;
  for (const [id, entry] of Object.entries(value)) {
    const tick = tickSchema.safeParse(entry);
    if (tickIdSchema.safeParse(id).success && tick.success) entries.push([id, tick.data]);
    else complete = false;
  }
  // fromEntries defines own properties, so even an id like "__proto__" stays a plain entry.
  return { value: Object.fromEntries(entries), complete };
}

/** Reads stored activity: every readable visit and count, and whether that was all of it. Never throws. */
export function parseActivity(value: unknown): { value: Activity; complete: boolean } {
  if (!isObject(value)) return { value: noActivity, complete: false };
  let complete = true;
  const visits: Visit[] = [];
  if (Array.isArray(value.visits)) {
    for (const entry of value.visits) {
      const visit = visitSchema.safeParse(entry);
      if (visit.success) visits.push(visit.data);
      else complete = false;
    }
  } else complete = false;
  const count = (name: 'savedQuestions' | 'metricNotes' | 'teamMembers') => {
    const parsed = countSchema.safeParse(value[name]);
    if (!parsed.success) complete = false;
    return parsed.success ? parsed.data : 0;
  };
  return {
    value: {
      visits,
      savedQuestions: count('savedQuestions'),
      metricNotes: count('metricNotes'),
      teamMembers: count('teamMembers'),
    },
    complete,
  };
}
