// Reminders, on the device: the leader's reminder settings (time zone, quiet hours, work days, the
// weekly retro, crisis mode) and what they last did with each reminder (done, dismissed, snoozed,
// shown). Two storage items, read field by field and entry by entry: what cannot be read falls
// back alone and is kept aside at the next write. lib/schedule.ts decides what is due; this module
// feeds it and records the leader's answers, so the background, the options page and the side
// panel agree.
import { browser, type Browser } from 'wxt/browser';
import { message, type Message } from '../lib/i18n';
import { sortMembers, type Member } from '../lib/model/member';
import {
  nudgeHistorySchema,
  reminderId,
  showingNudge,
  type Cadence,
  type Nudge,
  type NudgeHistory,
  type ScheduleState,
} from '../lib/schedule';
import { reminderSettingsSchema, type ReminderSettings } from '../lib/model/reminder-settings';
import { z } from '../lib/zod';
import { defineItem, type ItemProblem, type ItemWriteResult } from './item';
import { readStored } from './read-stored';
import { crisisActive, normalizeWorkDays, REMINDER_SETTINGS_KEY, reminderSettingsItem } from './reminder-settings';
import { recordCheckIn, team } from './team';

export const NUDGE_HISTORY_KEY = 'nudgeHistory';
/** What "Snooze" means everywhere: one hour. */
export const SNOOZE_MS = 60 * 60 * 1000;

export type NudgeHistoryMap = Readonly<Record<string, NudgeHistory>>;

const reminderIdPattern = /^(retro|crisis-debrief|check-in:[A-Za-z0-9_-]{1,64})$/;

/** Reads the stored history entry by entry: what cannot be read is left out. Never throws. */
export function parseNudgeHistory(value: unknown): { value: NudgeHistoryMap; complete: boolean } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { value: {}, complete: false };
  const entries: [string, NudgeHistory][] = [];
  let complete = true;
  for (const [id, entry] of Object.entries(value)) {
    const parsed = nudgeHistorySchema.safeParse(entry);
    if (reminderIdPattern.test(id) && parsed.success) entries.push([id, parsed.data]);
    else complete = false;
  }
  // fromEntries defines own properties, so even an id like "__proto__" could not reach the prototype.
  return { value: Object.fromEntries(entries), complete };
}

export const nudgeHistoryItem = defineItem<NudgeHistoryMap>({
  area: 'local',
  key: NUDGE_HISTORY_KEY,
  fallback: () => ({}),
  parse: parseNudgeHistory,
});

/**
 * The schedule's input: a check-in cadence per person still on the team (by name, so ties come
 * out in a stable order), the retro, and the history. A check-in recorded on the person (from the
 * Team view) counts as the reminder done, whichever was later.
 */
export function buildScheduleState(
  settings: ReminderSettings,
  members: readonly Member[],
  history: NudgeHistoryMap,
): ScheduleState {
  const active = sortMembers(members.filter((member) => member.deletedAt === null));
  const cadences: Cadence[] = active.map((member) => ({
    kind: 'check-in',
    memberId: member.id,
    everyDays: member.checkInEveryDays,
  }));
  cadences.push({ kind: 'retro' });
  const merged = new Map(Object.entries(history));
  for (const member of active) {
    if (member.lastCheckInAt === null) continue;
    const id = reminderId({ kind: 'check-in', memberId: member.id, everyDays: member.checkInEveryDays });
    const entry = merged.get(id) ?? {};
    merged.set(id, { ...entry, lastDoneAt: Math.max(entry.lastDoneAt ?? 0, member.lastCheckInAt) });
  }
  return { settings, cadences, history: Object.fromEntries(merged) };
}

export interface ReminderData {
  settings: ReminderSettings;
  /** Set when the stored settings could not be read as they were. */
  settingsProblem: ItemProblem | null;
  /** Everyone stored, removed people included (their names stay readable). */
  members: Member[];
  history: NudgeHistoryMap;
  state: ScheduleState;
}

/** The stored keys the schedule reads: its settings, what it already sent, and the team. */
const scheduleKeys = new Set([...reminderSettingsItem.keys, ...nudgeHistoryItem.keys]);
const isScheduleKey = (name: string) => scheduleKeys.has(name) || team.isKey(name);

/**
 * Everything the schedule needs, read from storage at once (and only that where the browser lists
 * keys: the notes are not read). Rejects only if storage does.
 */
export async function loadReminderData(): Promise<ReminderData> {
  const all = await readStored('local', isScheduleKey);
  const settings = reminderSettingsItem.fromSnapshot(all);
  const history = nudgeHistoryItem.fromSnapshot(all).value;
  const { records: members } = team.fromSnapshot(all);
  return {
    settings: settings.value,
    settingsProblem: settings.problem,
    members,
    history,
    state: buildScheduleState(settings.value, members, history),
  };
}

// ---------------------------------------------------------------------------------------------
// Writing

export type ReminderWriteResult = ItemWriteResult<unknown>;

function invalid(key: Parameters<typeof message>[0]): ReminderWriteResult {
  return { ok: false, reason: 'invalid', message: message(key) };
}

function invalidSettingsMessage(error: z.core.$ZodError): Message {
  const field = error.issues[0]?.path[0];
  if (field === 'quietStart' || field === 'quietEnd') return message('remindersInvalidQuietHours');
  if (field === 'retro') return message('remindersInvalidRetro');
  if (field === 'timeZone') return message('remindersInvalidTimeZone');
  return message('remindersInvalidSettings');
}

export type ReminderSettingsPatch = Partial<ReminderSettings>;

/**
 * Changes some reminder settings, on top of what is stored now (so a change made elsewhere, such
 * as crisis mode, is kept). Turning the retro on or moving it starts it afresh from now, so it is
 * not due at once for a week that went by before. Never throws; on failure nothing is written.
 */
export async function updateReminderSettings(
  patch: ReminderSettingsPatch,
  now = Date.now(),
): Promise<ReminderWriteResult> {
  let refused: Message | null = null;
  let retroMoved = false;
  const result = await reminderSettingsItem.write((previous) => {
    const next = { ...previous, ...patch };
    const parsed = reminderSettingsSchema.safeParse({ ...next, workDays: normalizeWorkDays(next.workDays ?? []) });
    if (!parsed.success) {
      refused = invalidSettingsMessage(parsed.error);
      return null;
    }
    const retro = parsed.data.retro;
    retroMoved = retro !== null && (previous.retro?.day !== retro.day || previous.retro?.time !== retro.time);
    return parsed.data;
  }, now);
  if (refused) return { ok: false, reason: 'invalid', message: refused };
  if (result.ok && retroMoved) return updateHistory('retro', (entry) => ({ ...entry, lastDoneAt: now }), now);
  return result;
}

/** Turns crisis mode on until `until` (or moves its end). */
export function startCrisis(until: number, now = Date.now()): Promise<ReminderWriteResult> {
  if (!Number.isSafeInteger(until) || until <= now) return Promise.resolve(invalid('remindersInvalidCrisisEnd'));
  return updateReminderSettings({ crisis: { until } }, now);
}

/**
 * Ends crisis mode now. It is kept as ended rather than removed, so the debrief is still offered
 * once (lib/schedule.ts). Does nothing when crisis mode is not on.
 */
export async function endCrisis(now = Date.now()): Promise<ReminderWriteResult> {
  const { value } = await reminderSettingsItem.read();
  if (!crisisActive(value, now)) return { ok: true, value };
  return updateReminderSettings({ crisis: { until: now } }, now);
}

/** Changes one reminder's history, keeping every other entry as stored. Never throws. */
function updateHistory(
  id: string,
  change: (entry: NudgeHistory) => NudgeHistory,
  now = Date.now(),
): Promise<ReminderWriteResult> {
  if (!reminderIdPattern.test(id)) return Promise.resolve(invalid('remindersUnknown'));
  return nudgeHistoryItem.write((history) => {
    const entries = new Map(Object.entries(history));
    entries.set(id, change(entries.get(id) ?? {}));
    return Object.fromEntries(entries);
  }, now);
}

function without(entry: NudgeHistory, field: keyof NudgeHistory): NudgeHistory {
  const copy = { ...entry };
  delete copy[field];
  return copy;
}

/** Hides a reminder until `until`; it comes back then. */
export function snoozeReminder(id: string, until: number): Promise<ReminderWriteResult> {
  return updateHistory(id, (entry) => ({ ...entry, snoozedUntil: until }));
}

/** "Not this time": the reminder's cadence starts again from now. */
export function dismissReminder(id: string, now = Date.now()): Promise<ReminderWriteResult> {
  return updateHistory(id, (entry) => ({ ...without(entry, 'snoozedUntil'), lastDismissedAt: now }), now);
}

/**
 * The leader did it. A check-in is also recorded on the person, as the Team view does, when
 * they are still on the team; if that write loses to an edit elsewhere, the history still counts.
 */
export async function markReminderDone(id: string, now = Date.now()): Promise<ReminderWriteResult> {
  const result = await updateHistory(id, (entry) => ({ ...without(entry, 'snoozedUntil'), lastDoneAt: now }), now);
  if (result.ok && id.startsWith('check-in:')) {
    try {
      const key = team.key(id.slice('check-in:'.length));
      const read = team.read(key, (await browser.storage.local.get(key))[key]);
      if (read.ok && read.record.deletedAt === null) await recordCheckIn(read.record, now);
    } catch {
      // The reminder is done either way; the person's own record catches up at the next check-in.
    }
  }
  return result;
}

/** Records that the reminder was put on screen. */
export function recordShown(id: string, now = Date.now()): Promise<ReminderWriteResult> {
  return updateHistory(id, (entry) => ({ ...entry, lastShownAt: now }), now);
}

/**
 * Starts the retro afresh from now when it is on and has no history yet (a new install), so the
 * first reminder is the next retro, not last week's. Does nothing otherwise.
 */
export async function startRetroIfNew(now = Date.now()): Promise<ReminderWriteResult> {
  const { value: settings } = await reminderSettingsItem.read();
  if (!settings.retro) return { ok: true, value: settings };
  return nudgeHistoryItem.write((history) => {
    if (Object.hasOwn(history, 'retro')) return null;
    return { ...history, retro: { lastDoneAt: now } };
  }, now);
}

export type NudgeAnswer = 'snooze' | 'dismiss' | 'done';

/** Answers a reminder: snooze for SNOOZE_MS, dismiss, or done. */
export function answerReminder(id: string, answer: NudgeAnswer, now = Date.now()): Promise<ReminderWriteResult> {
  if (answer === 'snooze') return snoozeReminder(id, now + SNOOZE_MS);
  if (answer === 'dismiss') return dismissReminder(id, now);
  return markReminderDone(id, now);
}

/**
 * Answers the reminder on screen (what a notification's buttons do); given `only`, only if that is
 * the one on screen (the popup answers the reminder it showed, which may have been answered since).
 * Resolves to the reminder answered, or null when none was answered.
 */
export async function answerShowingNudge(answer: NudgeAnswer, now = Date.now(), only?: string): Promise<Nudge | null> {
  const { state } = await loadReminderData();
  const nudge = showingNudge(state, now);
  if (!nudge || (only !== undefined && nudge.id !== only)) return null;
  const result = await answerReminder(nudge.id, answer, now);
  if (!result.ok) throw new Error(`Sidecoach could not answer a reminder: ${result.message.key}`);
  return nudge;
}

// ---------------------------------------------------------------------------------------------
// Following changes

/** Whether a storage key is one the schedule reads: reminder settings, history, or a team member. */
export function isReminderInputKey(key: string): boolean {
  return key === REMINDER_SETTINGS_KEY || key === NUDGE_HISTORY_KEY || team.isKey(key);
}

/** Calls back whenever anything the schedule reads changes in local storage. Returns the unwatch function. */
export function watchReminderInputs(callback: () => void): () => void {
  const listener = (changes: Record<string, Browser.storage.StorageChange>, area: string) => {
    if (area === 'local' && Object.keys(changes).some(isReminderInputKey)) callback();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
