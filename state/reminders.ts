// Reminders, on the device: the leader's reminder settings (time zone, quiet hours, work days, the
// weekly retro, crisis mode) and what they last did with each reminder (done, dismissed, snoozed,
// shown). Two `local:` keys, validated on every read: a bad value falls back to defaults and
// reading never throws. lib/schedule.ts decides what is due; this module feeds it and records the
// leader's answers, so the background, the options page and the side panel agree.
import { storage } from 'wxt/utils/storage';
import { browser, type Browser } from 'wxt/browser';
import type { Learning, LocalizedText, WellbeingPrompt } from '../content/schema';
import type { Language } from '../lib/i18n';
import { reminders } from '../locales/reminders';
import {
  CRISIS_DEBRIEF_ID,
  nudgeHistorySchema,
  reminderId,
  reminderSettingsSchema,
  showingNudge,
  type Cadence,
  type Nudge,
  type NudgeHistory,
  type ReminderSettings,
  type ScheduleState,
} from '../lib/schedule';
import { z } from '../lib/zod';
import { storageFailure, type StorageFailure } from './notes';
import { isMemberKey, listMembers, memberKey, readStoredMember, recordCheckIn, sortMembers, type Member } from './team';

export const REMINDER_SETTINGS_KEY = 'reminderSettings';
export const NUDGE_HISTORY_KEY = 'nudgeHistory';
/** What "Snooze" means everywhere: one hour. */
export const SNOOZE_MS = 60 * 60 * 1000;

const settingsItem = storage.defineItem<unknown>(`local:${REMINDER_SETTINGS_KEY}`);
const historyItem = storage.defineItem<unknown>(`local:${NUDGE_HISTORY_KEY}`);

/** The browser's own time zone, or UTC when it cannot say. */
export function browserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

/** Quiet from 19:00 to 08:00, Monday to Friday, the retro on Friday at 15:00, no crisis. */
export function defaultReminderSettings(): ReminderSettings {
  return {
    timeZone: browserTimeZone(),
    quietStart: '19:00',
    quietEnd: '08:00',
    workDays: [1, 2, 3, 4, 5],
    retro: { day: 5, time: '15:00' },
    crisis: null,
  };
}

export interface ReminderSettingsRead {
  settings: ReminderSettings;
  /** Set when the stored value could not be read as it was; defaults fill the gaps. */
  problem: string | null;
}

/** One value per work day, in week order. */
function normalizeWorkDays(days: readonly number[]): number[] {
  return [...new Set(days)].sort((a, b) => a - b);
}

/** Reads any stored value as reminder settings, field by field: one bad field costs only itself. Never throws. */
export function parseReminderSettings(value: unknown): ReminderSettingsRead {
  const defaults = defaultReminderSettings();
  if (value === undefined || value === null) return { settings: defaults, problem: null };
  const strict = reminderSettingsSchema.safeParse(value);
  if (strict.success) {
    return { settings: { ...strict.data, workDays: normalizeWorkDays(strict.data.workDays) }, problem: null };
  }
  const shape = reminderSettingsSchema.shape;
  const lenient = z
    .object({
      timeZone: shape.timeZone.catch(defaults.timeZone),
      quietStart: shape.quietStart.catch(defaults.quietStart),
      quietEnd: shape.quietEnd.catch(defaults.quietEnd),
      workDays: shape.workDays.catch(defaults.workDays),
      retro: shape.retro.catch(defaults.retro),
      crisis: shape.crisis.catch(defaults.crisis),
    })
    .safeParse(value);
  const settings = lenient.success ? lenient.data : defaults;
  return {
    settings: { ...settings, workDays: normalizeWorkDays(settings.workDays) },
    problem: z.prettifyError(strict.error),
  };
}

/** The stored reminder settings, or the defaults (with a problem when storage could not be read). */
export async function readReminderSettings(): Promise<ReminderSettingsRead> {
  try {
    return parseReminderSettings(await settingsItem.getValue());
  } catch (error) {
    return { settings: defaultReminderSettings(), problem: String(error) };
  }
}

export type NudgeHistoryMap = Readonly<Record<string, NudgeHistory>>;

const reminderIdPattern = /^(retro|crisis-debrief|check-in:[A-Za-z0-9_-]{1,64})$/;

/** Reads the stored history; an entry that is not readable is left out (and left in storage). Never throws. */
export function parseNudgeHistory(value: unknown): NudgeHistoryMap {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  const entries: [string, NudgeHistory][] = [];
  for (const [id, entry] of Object.entries(value)) {
    if (!reminderIdPattern.test(id)) continue;
    const parsed = nudgeHistorySchema.safeParse(entry);
    if (parsed.success) entries.push([id, parsed.data]);
  }
  // fromEntries defines own properties, so even an id like "__proto__" could not reach the prototype.
  return Object.fromEntries(entries);
}

export async function readNudgeHistory(): Promise<NudgeHistoryMap> {
  try {
    return parseNudgeHistory(await historyItem.getValue());
  } catch {
    return {};
  }
}

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
  const merged: Record<string, NudgeHistory> = { ...history };
  for (const member of active) {
    if (member.lastCheckInAt === null) continue;
    const id = reminderId({ kind: 'check-in', memberId: member.id, everyDays: member.checkInEveryDays });
    const entry = merged[id] ?? {};
    merged[id] = { ...entry, lastDoneAt: Math.max(entry.lastDoneAt ?? 0, member.lastCheckInAt) };
  }
  return { settings, cadences, history: merged };
}

export interface ReminderData {
  settings: ReminderSettings;
  /** Set when the stored settings could not be read as they were (see parseReminderSettings). */
  settingsProblem: string | null;
  /** Everyone stored, removed people included (their names stay readable). */
  members: Member[];
  history: NudgeHistoryMap;
  state: ScheduleState;
}

/** Everything the schedule needs, read from storage. Rejects only if storage does. */
export async function loadReminderData(): Promise<ReminderData> {
  const [{ settings, problem }, { members }, history] = await Promise.all([
    readReminderSettings(),
    listMembers(),
    readNudgeHistory(),
  ]);
  return {
    settings,
    settingsProblem: problem,
    members,
    history,
    state: buildScheduleState(settings, members, history),
  };
}

/** Whether crisis mode is on at `now`. */
export function crisisActive(settings: ReminderSettings, now = Date.now()): boolean {
  return settings.crisis !== null && now < settings.crisis.until;
}

// ---------------------------------------------------------------------------------------------
// Writing

export type ReminderWriteResult =
  | { ok: true }
  /** The change itself is not valid; nothing was written. */
  | { ok: false; reason: 'invalid'; message: LocalizedText }
  | StorageFailure;

/** Runs `task` holding a lock shared by every open view and the background (Web Locks); Node has none. */
function withLock<T>(name: string, task: () => Promise<T>): Promise<T> {
  const locks = globalThis.navigator?.locks;
  return locks ? locks.request(name, task) : task();
}

function invalid(en: string, id: string): ReminderWriteResult {
  return { ok: false, reason: 'invalid', message: { en, id } };
}

function invalidSettingsMessage(error: z.ZodError): ReminderWriteResult {
  const field = error.issues[0]?.path[0];
  if (field === 'quietStart' || field === 'quietEnd') {
    return invalid(
      'Choose both ends of the quiet hours as times, such as 19:00 and 08:00.',
      'Isi awal dan akhir jam tenang dengan format jam, misalnya 19:00 dan 08:00.',
    );
  }
  if (field === 'retro') {
    return invalid('Choose a day and a time for the retro, or turn it off.', 'Pilih hari dan jam retro, atau matikan.');
  }
  if (field === 'timeZone') return invalid('Choose a time zone.', 'Pilih zona waktu.');
  const detail = z.prettifyError(error);
  return invalid(
    `These reminder settings cannot be saved because part of them is not valid. Details: ${detail}`,
    `Pengaturan pengingat ini tidak bisa disimpan karena ada bagian yang tidak valid. Detail: ${detail}`,
  );
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
  try {
    return await withLock('sidecoach-reminder-settings', async () => {
      const previous = (await readReminderSettings()).settings;
      const next = { ...previous, ...patch };
      const parsed = reminderSettingsSchema.safeParse({ ...next, workDays: normalizeWorkDays(next.workDays ?? []) });
      if (!parsed.success) return invalidSettingsMessage(parsed.error);
      await settingsItem.setValue(parsed.data);
      const retro = parsed.data.retro;
      if (retro && (previous.retro?.day !== retro.day || previous.retro?.time !== retro.time)) {
        return updateHistory('retro', (entry) => ({ ...entry, lastDoneAt: now }));
      }
      return { ok: true };
    });
  } catch (error) {
    return storageFailure(error);
  }
}

/** Turns crisis mode on until `until` (or moves its end). */
export function startCrisis(until: number, now = Date.now()): Promise<ReminderWriteResult> {
  if (!Number.isSafeInteger(until) || until <= now) {
    return Promise.resolve(
      invalid('Choose an end date after today for crisis mode.', 'Pilih tanggal selesai mode krisis setelah hari ini.'),
    );
  }
  return updateReminderSettings({ crisis: { until } }, now);
}

/**
 * Ends crisis mode now. It is kept as ended rather than removed, so the debrief is still offered
 * once (lib/schedule.ts). Does nothing when crisis mode is not on.
 */
export async function endCrisis(now = Date.now()): Promise<ReminderWriteResult> {
  const { settings } = await readReminderSettings();
  if (!crisisActive(settings, now)) return { ok: true };
  return updateReminderSettings({ crisis: { until: now } }, now);
}

/**
 * Changes one reminder's history under a lock, keeping every other entry as stored, unreadable
 * ones included. Never throws.
 */
async function updateHistory(id: string, change: (entry: NudgeHistory) => NudgeHistory): Promise<ReminderWriteResult> {
  if (!reminderIdPattern.test(id)) return invalid(`No reminder is called ${id}.`, `Tidak ada pengingat bernama ${id}.`);
  try {
    return await withLock('sidecoach-nudge-history', async () => {
      const raw: unknown = await historyItem.getValue();
      const stored = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? raw : {};
      const next = nudgeHistorySchema.safeParse(change(parseNudgeHistory(raw)[id] ?? {}));
      if (!next.success) return invalid(z.prettifyError(next.error), z.prettifyError(next.error));
      await historyItem.setValue({ ...stored, [id]: next.data });
      return { ok: true };
    });
  } catch (error) {
    return storageFailure(error);
  }
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
  return updateHistory(id, (entry) => ({ ...without(entry, 'snoozedUntil'), lastDismissedAt: now }));
}

/**
 * The leader did it. A check-in is also recorded on the person, as the Team view does, when
 * they are still on the team; if that write loses to an edit elsewhere, the history still counts.
 */
export async function markReminderDone(id: string, now = Date.now()): Promise<ReminderWriteResult> {
  const result = await updateHistory(id, (entry) => ({ ...without(entry, 'snoozedUntil'), lastDoneAt: now }));
  if (result.ok && id.startsWith('check-in:')) {
    try {
      const key = memberKey(id.slice('check-in:'.length));
      const read = readStoredMember(key, (await browser.storage.local.get(key))[key]);
      if (read.ok && read.member.deletedAt === null) await recordCheckIn(read.member, now);
    } catch {
      // The reminder is done either way; the person's own record catches up at the next check-in.
    }
  }
  return result;
}

/** Records that the reminder was put on screen. */
export function recordShown(id: string, now = Date.now()): Promise<ReminderWriteResult> {
  return updateHistory(id, (entry) => ({ ...entry, lastShownAt: now }));
}

/**
 * Starts the retro afresh from now when it is on and has no history yet (a new install), so the
 * first reminder is the next retro, not last week's. Does nothing otherwise.
 */
export async function startRetroIfNew(now = Date.now()): Promise<ReminderWriteResult> {
  const { settings } = await readReminderSettings();
  if (!settings.retro) return { ok: true };
  const history = await readNudgeHistory();
  if (history.retro) return { ok: true };
  return updateHistory('retro', (entry) =>
    entry.lastDoneAt === undefined && entry.lastDismissedAt === undefined ? { ...entry, lastDoneAt: now } : entry,
  );
}

export type NudgeAnswer = 'snooze' | 'dismiss' | 'done';

/** Answers a reminder: snooze for SNOOZE_MS, dismiss, or done. */
export function answerReminder(id: string, answer: NudgeAnswer, now = Date.now()): Promise<ReminderWriteResult> {
  if (answer === 'snooze') return snoozeReminder(id, now + SNOOZE_MS);
  if (answer === 'dismiss') return dismissReminder(id, now);
  return markReminderDone(id, now);
}

/**
 * Answers the reminder on screen (what a notification's buttons do). Resolves to the reminder
 * answered, or null when none was on screen.
 */
export async function answerShowingNudge(answer: NudgeAnswer, now = Date.now()): Promise<Nudge | null> {
  const { state } = await loadReminderData();
  const nudge = showingNudge(state, now);
  if (!nudge) return null;
  const result = await answerReminder(nudge.id, answer, now);
  if (!result.ok) throw new Error(result.message.en);
  return nudge;
}

// ---------------------------------------------------------------------------------------------
// Following changes

/** Whether a storage key is one the schedule reads: reminder settings, history, or a team member. */
export function isReminderInputKey(key: string): boolean {
  return key === REMINDER_SETTINGS_KEY || key === NUDGE_HISTORY_KEY || isMemberKey(key);
}

/** Calls back whenever anything the schedule reads changes in local storage. Returns the unwatch function. */
export function watchReminderInputs(callback: () => void): () => void {
  const listener = (changes: Record<string, Browser.storage.StorageChange>, area: string) => {
    if (area === 'local' && Object.keys(changes).some(isReminderInputKey)) callback();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** Calls back with the reminder settings whenever they change. Returns the unwatch function. */
export function watchReminderSettings(callback: (read: ReminderSettingsRead) => void): () => void {
  return settingsItem.watch((value) => callback(parseReminderSettings(value)));
}

// ---------------------------------------------------------------------------------------------
// Words

export interface NudgeText {
  title: string;
  message: string;
}

const DAY = 24 * 60 * 60 * 1000;

type ReminderKey = keyof (typeof reminders)['en'];

/**
 * A reminders string with `{name}` placeholders filled. Reads only this view's strings, so the
 * background, which words the notifications, does not carry the whole interface catalogue.
 */
export function reminderText(language: Language, key: ReminderKey, params: Record<string, string> = {}): string {
  return reminders[language][key].replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
}

/** A small, stable number from a string, to vary prompts by person without randomness. */
function hash(text: string): number {
  let value = 0;
  for (const char of text) value = (value * 31 + char.codePointAt(0)!) % 1_000_003;
  return value;
}

/**
 * The library texts a reminder quotes: the team-care prompts and the retro. Passed in rather than
 * imported, so a page loads them only when it shows a reminder.
 */
export interface NudgeLibrary {
  wellbeing: readonly WellbeingPrompt[];
  retro: Pick<Learning['retro'], 'name' | 'intro'>;
}

/**
 * The team-care prompt to go with a check-in: a weekly check-in prompt, or a crisis one while
 * crisis mode is on. It changes from day to day and person to person, and stays the same within a day.
 */
export function checkInPrompt(
  memberId: string,
  settings: ReminderSettings,
  now: number,
  prompts: readonly WellbeingPrompt[],
): WellbeingPrompt | null {
  const situation = crisisActive(settings, now) ? 'crisis' : 'weekly-check-in';
  const fitting = prompts.filter((prompt) => prompt.situations.includes(situation));
  if (fitting.length === 0) return null;
  return fitting[(hash(memberId) + Math.floor(now / DAY)) % fitting.length];
}

/** The lines of the debrief after crisis mode, in order. */
export const debriefSteps = [
  'remindersDebriefHappened',
  'remindersDebriefAbsorbed',
  'remindersDebriefChange',
  'remindersDebriefRest',
] as const;

/** The title and the message of a reminder, as a notification or a card shows them. */
export function describeNudge(
  nudge: Nudge,
  {
    names,
    settings,
    language,
    now,
    library,
  }: {
    names: ReadonlyMap<string, string>;
    settings: ReminderSettings;
    language: Language;
    now: number;
    library: NudgeLibrary;
  },
): NudgeText {
  if (nudge.kind === 'check-in') {
    const name = (nudge.memberId && names.get(nudge.memberId)) || reminderText(language, 'remindersSomeone');
    const prompt = checkInPrompt(nudge.memberId ?? '', settings, now, library.wellbeing);
    return {
      title: reminderText(language, 'remindersCheckInTitle', { name }),
      message: prompt ? prompt.action[language] : reminderText(language, 'remindersCheckInBody'),
    };
  }
  if (nudge.kind === 'retro') {
    return { title: library.retro.name[language], message: library.retro.intro[language] };
  }
  return {
    title: reminderText(language, 'remindersDebriefTitle'),
    message: [
      reminderText(language, 'remindersDebriefBody'),
      ...debriefSteps.map((key) => `• ${reminderText(language, key)}`),
    ].join('\n'),
  };
}

export { CRISIS_DEBRIEF_ID };
