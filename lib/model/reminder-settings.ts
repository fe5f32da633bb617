// The leader's reminder settings as stored: time zone, quiet hours, work days, the weekly retro
// and crisis mode. Apart from lib/schedule.ts (which decides what is due from them), so that a page
// that only needs to know whether crisis mode is on does not load the scheduler.
import { timestampSchema } from './record';
import { z } from '../zod';

/** A local clock time, 'HH:MM' on a 24-hour clock. */
const clockSchema = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time is HH:MM, 00:00 to 23:59'));
const weekdaySchema = z.int().check(z.minimum(0), z.maximum(6));

export const reminderSettingsSchema = z.object({
  /** An IANA zone such as 'Asia/Jakarta'; one Intl does not know is read as UTC. */
  timeZone: z.string().check(z.minLength(1), z.maxLength(64)),
  /** No nudges from quietStart until quietEnd; the span may cross midnight. Equal times: no quiet hours. */
  quietStart: clockSchema,
  quietEnd: clockSchema,
  /** Days that may carry a nudge, 0 = Sunday. */
  workDays: z.array(weekdaySchema).check(z.maxLength(7)),
  /** The weekly learning retro, or null for none. */
  retro: z.nullable(z.object({ day: weekdaySchema, time: clockSchema })),
  /**
   * Crisis mode, on until `until`. To end it early, set `until` to now rather than null, so the
   * debrief is still offered.
   */
  crisis: z.nullable(z.object({ until: timestampSchema })),
});
export type ReminderSettings = z.infer<typeof reminderSettingsSchema>;
