// When Sidecoach nudges the leader: check-ins with each team member, the weekly learning retro,
// and the debrief after crisis mode. Pure: it takes the settings, the history and `now` and says
// what to do, so the background, the popup and the options page agree and the rules are tested
// in Node. Every clock rule (quiet hours, work days, the retro's time) is read in the leader's
// time zone through Intl, never the machine's, so a laptop set to UTC still nudges at 08:00 in
// Jakarta, and daylight-saving changes move nothing by an hour.
import { zonedDateFormat } from './date-format';
import { DAY_MS, recordIdSchema, timestampSchema } from './model/record';
import type { ReminderSettings } from './model/reminder-settings';
import { z } from './zod';

const MINUTE = 60_000;

export const cadenceSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('check-in'),
    memberId: recordIdSchema,
    everyDays: z.int().check(z.minimum(1), z.maximum(365)),
  }),
  z.object({ kind: z.literal('retro') }),
]);
export type Cadence = z.infer<typeof cadenceSchema>;

/** What the leader last did with one reminder. Every field is optional: a new reminder has none. */
export const nudgeHistorySchema = z.object({
  lastDoneAt: z.optional(timestampSchema),
  lastDismissedAt: z.optional(timestampSchema),
  snoozedUntil: z.optional(timestampSchema),
  lastShownAt: z.optional(timestampSchema),
});
export type NudgeHistory = z.infer<typeof nudgeHistorySchema>;

export interface ScheduleState {
  settings: ReminderSettings;
  cadences: readonly Cadence[];
  /** Keyed by reminderId; the crisis debrief's is CRISIS_DEBRIEF_ID. */
  history: Readonly<Record<string, NudgeHistory>>;
}

export type NudgeKind = 'check-in' | 'retro' | 'crisis-debrief';

export interface Nudge {
  id: string;
  kind: NudgeKind;
  /** The team member to check in with; null for the retro and the debrief. */
  memberId: string | null;
  /** When it became due; the smaller, the more overdue. */
  dueAt: number;
}

export const CRISIS_DEBRIEF_ID = 'crisis-debrief';

export function reminderId(cadence: Cadence): string {
  return cadence.kind === 'check-in' ? `check-in:${cadence.memberId}` : 'retro';
}

// ---------------------------------------------------------------------------------------------
// Time zones

export interface ZonedParts {
  year: number;
  /** 1–12. */
  month: number;
  day: number;
  /** 0–23. */
  hour: number;
  minute: number;
  /** 0 = Sunday. */
  weekday: number;
}

/** A local date and clock time, without a weekday: what a person means by "Monday at 08:30". */
export type WallTime = Omit<ZonedParts, 'weekday'>;

const zonedOptions: Intl.DateTimeFormatOptions = {
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  hourCycle: 'h23',
};

/** Every decision takes many readings: one formatter per zone (lib/date-format.ts). An unknown zone gets UTC's. */
const formatterFor = (timeZone: string) => zonedDateFormat('en-US', { ...zonedOptions, timeZone });

/** The local date and time of a moment in a time zone (UTC when the zone is unknown). */
export function zonedParts(ms: number, timeZone: string): ZonedParts {
  const values: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(ms)) {
    if (part.type !== 'literal') values[part.type] = Number(part.value);
  }
  const { year, month, day, hour, minute } = values;
  // The weekday follows from the date; reading it from the calendar avoids parsing day names.
  return { year, month, day, hour, minute, weekday: new Date(Date.UTC(year, month - 1, day)).getUTCDay() };
}

/** The zone's offset from UTC at a moment, in ms, to the minute. */
function offsetAt(ms: number, timeZone: string): number {
  const local = zonedParts(ms, timeZone);
  return Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute) - Math.floor(ms / MINUTE) * MINUTE;
}

function sameWallTime(a: WallTime, b: WallTime): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day && a.hour === b.hour && a.minute === b.minute;
}

/**
 * Every moment a local clock shows `wall`, earliest first: usually one, two in the hour repeated
 * when clocks go back. A time skipped when clocks go forward gives the moment as far past the
 * skip as the wall time was into it (01:30 on the London spring-forward night is 02:30 BST).
 */
function wallInstants(wall: WallTime, timeZone: string): number[] {
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute);
  // A real offset lies within 14 hours, so the offsets a day either side cover both sides of a change.
  const offsets = new Set([
    offsetAt(asUtc - DAY_MS, timeZone),
    offsetAt(asUtc, timeZone),
    offsetAt(asUtc + DAY_MS, timeZone),
  ]);
  const candidates = [...offsets].map((offset) => asUtc - offset).sort((a, b) => a - b);
  const matches = candidates.filter((ms) => sameWallTime(zonedParts(ms, timeZone), wall));
  return matches.length > 0 ? matches : [candidates[candidates.length - 1]];
}

/** The moment a local clock shows `wall`; the earlier one in a repeated hour. */
export function zonedToUtc(wall: WallTime, timeZone: string): number {
  return wallInstants(wall, timeZone)[0];
}

/** The same local clock time `days` calendar days later, so "every 7 days" keeps its hour across DST. */
function addLocalDays(ms: number, days: number, timeZone: string): number {
  const local = zonedParts(ms, timeZone);
  return zonedToUtc(shiftDate(local, days), timeZone);
}

/** A wall time `days` calendar days on, normalising month and year ends. */
function shiftDate(wall: WallTime, days: number): WallTime {
  const date = new Date(Date.UTC(wall.year, wall.month - 1, wall.day + days));
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: wall.hour,
    minute: wall.minute,
  };
}

function clockMinutes(clock: string): number {
  const [hours, minutes] = clock.split(':').map(Number);
  return hours * 60 + minutes;
}

function atClock(wall: WallTime, clock: string): WallTime {
  const minutes = clockMinutes(clock);
  return { ...wall, hour: Math.floor(minutes / 60), minute: minutes % 60 };
}

// ---------------------------------------------------------------------------------------------
// Quiet hours

/** Whether a moment is in quiet hours or on a day without work, in the leader's time zone. */
export function isQuiet(ms: number, settings: ReminderSettings): boolean {
  const local = zonedParts(ms, settings.timeZone);
  if (!settings.workDays.includes(local.weekday)) return true;
  const minutes = local.hour * 60 + local.minute;
  const start = clockMinutes(settings.quietStart);
  const end = clockMinutes(settings.quietEnd);
  if (start === end) return false;
  return start < end ? minutes >= start && minutes < end : minutes >= start || minutes < end;
}

/** The first moment the zone's offset changes in (from, to], found to the minute by halving. */
function offsetChangeBetween(from: number, to: number, timeZone: string): number | null {
  const before = offsetAt(from, timeZone);
  if (offsetAt(to, timeZone) === before) return null;
  let low = from;
  let high = to;
  while (high - low > MINUTE) {
    const middle = Math.floor((low + high) / 2 / MINUTE) * MINUTE;
    if (offsetAt(middle, timeZone) === before) low = middle;
    else high = middle;
  }
  return high;
}

/**
 * `ms` when it is not quiet, otherwise the first whole minute after it that is not; null when no
 * moment in the coming week is (no work days at all).
 *
 * Quiet can only end where the local clock reads quietEnd, where a new day starts, or where the
 * clocks change, so only those moments are tried. Each is found from the local calendar, which
 * keeps them right in zones with daylight saving and without.
 */
export function nextAllowedTime(ms: number, settings: ReminderSettings): number | null {
  if (!isQuiet(ms, settings)) return ms;
  const { timeZone } = settings;
  const from = Math.floor(ms / MINUTE) * MINUTE + MINUTE;
  const today = zonedParts(from, timeZone);
  const candidates: number[] = [];
  // Eight days: the weekly pattern repeats after seven, and the first day may be half gone.
  for (let days = 0; days <= 8; days += 1) {
    const date = shiftDate(today, days);
    candidates.push(...wallInstants(atClock(date, settings.quietEnd), timeZone));
    candidates.push(...wallInstants(atClock(date, '00:00'), timeZone));
    const change = offsetChangeBetween(from + (days - 1) * DAY_MS, from + days * DAY_MS, timeZone);
    if (change !== null) candidates.push(change);
  }
  return (
    candidates
      .filter((candidate) => candidate >= from)
      .sort((a, b) => a - b)
      .find((candidate) => !isQuiet(candidate, settings)) ?? null
  );
}

// ---------------------------------------------------------------------------------------------
// Reminders

/** How often to check in, in days: halved while crisis mode is on, but never more often than every 2 days. */
export function checkInEveryDays(everyDays: number, settings: ReminderSettings, now: number): number {
  return settings.crisis && now < settings.crisis.until ? Math.max(2, Math.ceil(everyDays / 2)) : everyDays;
}

/** The last time the leader did or dismissed the reminder, whichever is later. */
function lastHandledAt(history: NudgeHistory | undefined): number | undefined {
  const times = [history?.lastDoneAt, history?.lastDismissedAt].filter((time) => time !== undefined);
  return times.length > 0 ? Math.max(...times) : undefined;
}

/** The latest retro time at or before `now`, or with `after`, the first one after `now`. */
function retroOccurrence(retro: { day: number; time: string }, now: number, timeZone: string, after: boolean): number {
  const today = zonedParts(now, timeZone);
  const days = after ? (retro.day - today.weekday + 7) % 7 : -((today.weekday - retro.day + 7) % 7);
  const moment = zonedToUtc(atClock(shiftDate(today, days), retro.time), timeZone);
  // On the retro's own weekday, today's time may lie on the wrong side of now: take the next or last week's.
  if (after ? moment > now : moment <= now) return moment;
  return zonedToUtc(atClock(shiftDate(today, after ? days + 7 : days - 7), retro.time), timeZone);
}

/**
 * Every reminder with the moment it falls due, in the past or the future, ignoring snoozes and
 * quiet hours. A check-in that was never done is due at once: meeting each person is where a new
 * leader starts. A retro with no history is due from its latest time; to start fresh, record it
 * as done when turning it on.
 */
function schedule(state: ScheduleState, now: number): Nudge[] {
  const { settings, history } = state;
  const nudges: Nudge[] = [];
  for (const cadence of state.cadences) {
    const id = reminderId(cadence);
    const handledAt = lastHandledAt(history[id]);
    if (cadence.kind === 'check-in') {
      const days = checkInEveryDays(cadence.everyDays, settings, now);
      const dueAt = handledAt === undefined ? 0 : addLocalDays(handledAt, days, settings.timeZone);
      nudges.push({ id, kind: 'check-in', memberId: cadence.memberId, dueAt });
    } else if (settings.retro) {
      const latest = retroOccurrence(settings.retro, now, settings.timeZone, false);
      const dueAt =
        handledAt === undefined || handledAt < latest
          ? latest
          : retroOccurrence(settings.retro, now, settings.timeZone, true);
      nudges.push({ id, kind: 'retro', memberId: null, dueAt });
    }
  }
  const crisis = settings.crisis;
  const debriefHandledAt = lastHandledAt(history[CRISIS_DEBRIEF_ID]);
  // Due when crisis mode ends; until then its time also wakes the background to lengthen the
  // check-in cadences again.
  if (crisis && (debriefHandledAt === undefined || debriefHandledAt < crisis.until)) {
    nudges.push({ id: CRISIS_DEBRIEF_ID, kind: 'crisis-debrief', memberId: null, dueAt: crisis.until });
  }
  return nudges;
}

function isSnoozed(history: NudgeHistory | undefined, now: number): boolean {
  return history?.snoozedUntil !== undefined && history.snoozedUntil > now;
}

/**
 * The reminders due now (their cadence has run since they were last done or dismissed, and they
 * are not snoozed), most overdue first; ties keep the order of the cadences. Quiet hours do not
 * matter here: this is the list the leader sees on opening the Team view.
 */
export function dueReminders(state: ScheduleState, now: number): Nudge[] {
  return schedule(state, now)
    .filter((nudge) => nudge.dueAt <= now && !isSnoozed(state.history[nudge.id], now))
    .sort((a, b) => a.dueAt - b.dueAt);
}

/** The nudge on screen: shown after it was last done or dismissed, and not snoozed since. */
export function showingNudge(state: ScheduleState, now: number): Nudge | null {
  return (
    schedule(state, now).find((nudge) => {
      const history = state.history[nudge.id];
      const shownAt = history?.lastShownAt;
      if (shownAt === undefined) return false;
      const handledAt = lastHandledAt(history);
      const snoozedSince = history.snoozedUntil !== undefined && history.snoozedUntil > shownAt;
      return (handledAt === undefined || shownAt > handledAt) && !snoozedSince;
    }) ?? null
  );
}

/**
 * The one nudge to show now, or null: none in quiet hours, and none while another is on screen,
 * so the leader never faces two at once. The caller records `lastShownAt` when it shows it.
 */
export function nextNudge(state: ScheduleState, now: number): Nudge | null {
  if (isQuiet(now, state.settings) || showingNudge(state, now)) return null;
  return dueReminders(state, now)[0] ?? null;
}

/**
 * When the background should next wake (for `browser.alarms`): the first moment a reminder falls
 * due (the crisis debrief falls due when crisis mode ends) or a snooze runs out, moved out of quiet hours, and never sooner than a
 * minute from now. Null when nothing is waiting, or while a nudge is on screen: the leader's answer
 * to it changes the plan, and the caller plans again then.
 */
export function nextWakeTime(state: ScheduleState, now: number): number | null {
  if (showingNudge(state, now)) return null;
  const moments = schedule(state, now).map((nudge) =>
    Math.max(nudge.dueAt, state.history[nudge.id]?.snoozedUntil ?? nudge.dueAt),
  );
  if (moments.length === 0) return null;
  return nextAllowedTime(Math.max(Math.min(...moments), now + MINUTE), state.settings);
}

/**
 * Whether crisis mode has ended and its debrief is still to offer: true from `crisis.until` until
 * the leader does or dismisses the debrief (the CRISIS_DEBRIEF_ID reminder), once per crisis.
 */
export function crisisEnded(state: ScheduleState, now: number): boolean {
  const crisis = state.settings.crisis;
  if (!crisis || now < crisis.until) return false;
  const handledAt = lastHandledAt(state.history[CRISIS_DEBRIEF_ID]);
  return handledAt === undefined || handledAt < crisis.until;
}
