// Reminders in the background: one alarm wakes the service worker when the next reminder falls
// due, and one notification shows it. lib/schedule.ts decides what and when (never two at once,
// never in quiet hours); this module plans the alarm again whenever the settings, the team or the
// history change, and records what the leader answers.
//
// Chrome's notifications have buttons (Snooze 1 hour, Dismiss); Firefox's have none, so there a
// click opens the options page, whose Reminders section answers the reminder on screen. The
// reminder on screen is also kept, worded, in session storage, where the popup shows it with its
// answers (`answerNudge`).
import { browser } from 'wxt/browser';
import { message, resolveLanguage, say, type Language } from '@/lib/i18n';
import { describeNudge } from '@/lib/reminder-words';
import { isQuiet, nextNudge, nextWakeTime, showingNudge, type Nudge } from '@/lib/schedule';
import {
  answerShowingNudge,
  loadReminderData,
  recordShown,
  startRetroIfNew,
  watchReminderInputs,
  type NudgeAnswer,
  type ReminderData,
} from '@/state/reminders';
import type { NudgeAnswerReply } from '@/lib/messages';
import { library, loadLibrary } from '@/runtime/library';
import { loadLanguage } from '@/runtime/load-language';
import { readSettings } from '@/state/settings';
import { forgetShownNudge, keepShownNudge, shownNudgeItem, type ShownNudge } from '@/state/shown-nudge';

export const REMINDER_ALARM = 'sidecoach-reminder';
export const NUDGE_NOTIFICATION = 'sidecoach-nudge';

/** Notification buttons, in the order Chrome reports their index. */
const buttonAnswers: readonly NudgeAnswer[] = ['snooze', 'dismiss'];

/** A close that follows our own answer within this long is the answer's, not the leader's. */
const ANSWER_SETTLE_MS = 5000;

/**
 * Before showing a reminder, the alarm is set again this far ahead: if the worker stops before
 * the work is done, the alarm comes back and the reminder is not lost. A finished wake sets the
 * real next time.
 */
const RETRY_MS = 60_000;

let queue: Promise<void> = Promise.resolve();
let planQueued = false;
let lastAnsweredAt = 0;

/** Runs reminder work one task at a time, so a plan never reads history half-written by a wake. */
function inTurn<T>(task: () => Promise<T>): Promise<T> {
  const result = queue.then(task);
  queue = result.then(
    () => undefined,
    () => undefined,
  );
  return result;
}

/** The same, for work nobody waits for: a failure is logged. */
function serially(what: string, task: () => Promise<unknown>): void {
  inTurn(task).catch((error: unknown) => console.warn(`Sidecoach could not ${what}:`, error));
}

/** The notification's language: the settings' choice, or the browser's. */
async function notificationLanguage(): Promise<Language> {
  const { value } = await readSettings();
  return resolveLanguage(value.language, [browser.i18n.getUILanguage()]);
}

/**
 * Sets the one alarm to the next moment worth waking for, or clears it when there is none. A
 * notification whose reminder was answered elsewhere (the options page, the Team view) goes.
 */
export async function planReminders(now = Date.now()): Promise<void> {
  const { state } = await loadReminderData();
  if (!showingNudge(state, now)) {
    await browser.notifications.clear(NUDGE_NOTIFICATION);
    await forgetShownNudge();
  }
  const when = nextWakeTime(state, now);
  const existing = await browser.alarms.get(REMINDER_ALARM);
  if (when === null) {
    if (existing) await browser.alarms.clear(REMINDER_ALARM);
    return;
  }
  if (existing?.scheduledTime === when) return;
  await browser.alarms.create(REMINDER_ALARM, { when });
}

function queuePlan(): void {
  if (planQueued) return;
  planQueued = true;
  serially('plan the next reminder', () => {
    planQueued = false;
    return planReminders();
  });
}

async function isOnScreen(): Promise<boolean> {
  const open = await browser.notifications.getAll();
  return Object.hasOwn(open, NUDGE_NOTIFICATION);
}

/** A reminder in words, in the notification's language. */
async function word(nudge: Nudge, data: ReminderData, now: number): Promise<ShownNudge & { language: Language }> {
  const language = await notificationLanguage();
  // The prompts' texts come from the library file of that language, read when a reminder shows:
  // bundled, they were a sixth of the service worker.
  await Promise.all([loadLanguage(language), loadLibrary(language)]);
  const names = new Map(data.members.map((member) => [member.id, member.name]));
  const words = describeNudge(nudge, {
    names,
    settings: data.settings,
    now,
    library: { wellbeing: library.wellbeing, retro: library.learning.retro },
  });
  return {
    id: nudge.id,
    language,
    title: say(language, words.title),
    lines: words.lines.map((line) => say(language, line)),
    steps: words.steps.map((step) => say(language, step)),
  };
}

/**
 * Keeps the reminder, worded, for the popup, which shows it with the buttons Firefox's
 * notifications lack. Without that copy the reminder still waits in the notification and on the
 * options page: a failure is only logged.
 */
async function keepForPopup(worded: ShownNudge): Promise<void> {
  await keepShownNudge(worded).catch((error: unknown) =>
    console.warn('Sidecoach could not keep the reminder for the popup:', error),
  );
}

/** Puts one reminder on screen, replacing any notification of ours, and records it as shown. */
async function show(nudge: Nudge, data: ReminderData, now: number): Promise<void> {
  const worded = await word(nudge, data, now);
  const { language } = worded;
  const body = [...worded.lines, ...worded.steps.map((step) => `• ${step}`)];
  // Firefox's notifications have no buttons: the leader answers on the page a click opens.
  if (import.meta.env.FIREFOX) body.push(say(language, message('remindersClickToAnswer')));
  await browser.notifications.clear(NUDGE_NOTIFICATION);
  await browser.notifications.create(NUDGE_NOTIFICATION, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: worded.title,
    message: body.join('\n'),
    ...(!import.meta.env.FIREFOX && {
      buttons: [
        { title: say(language, message('remindersSnooze')) },
        { title: say(language, message('remindersDismiss')) },
      ],
    }),
  });
  const recorded = await recordShown(nudge.id, now);
  if (!recorded.ok) throw new Error(`Sidecoach could not record a reminder as shown: ${recorded.message.key}`);
  await keepForPopup(worded);
}

/**
 * What the alarm does: shows the reminder that is due, if any. A reminder still waiting for an
 * answer whose notification is gone (closed by the system, or a browser restart) is shown again,
 * outside quiet hours, and is in the popup in any case.
 */
export async function wake(now = Date.now()): Promise<void> {
  await browser.alarms.create(REMINDER_ALARM, { when: now + RETRY_MS });
  const data = await loadReminderData();
  const waiting = showingNudge(data.state, now);
  if (waiting) {
    if (!isQuiet(now, data.settings) && !(await isOnScreen())) await show(waiting, data, now);
    // Not shown again (quiet hours, or still on screen), it still waits in the popup: session
    // storage is emptied when the browser or the extension restarts.
    else if ((await shownNudgeItem.read()).value?.id !== waiting.id) await keepForPopup(await word(waiting, data, now));
  } else {
    const nudge = nextNudge(data.state, now);
    if (nudge) await show(nudge, data, now);
  }
  await planReminders(now);
}

/**
 * Answers the reminder on screen, as the notification's buttons do, and takes the notification
 * away. Given `only`, answers only that reminder, and leaves the screen as it is when that one is
 * no longer waiting. Resolves to the reminder answered, or null when none was.
 */
export async function answerNotification(answer: NudgeAnswer, now = Date.now(), only?: string): Promise<Nudge | null> {
  lastAnsweredAt = now;
  const answered = await answerShowingNudge(answer, now, only);
  if (answered || only === undefined) await browser.notifications.clear(NUDGE_NOTIFICATION);
  return answered;
}

/**
 * Answers a reminder from the popup's buttons, if it is still the one waiting (it may have been
 * answered meanwhile in the notification or on the options page).
 */
export function answerNudge(id: string, answer: NudgeAnswer, now = Date.now()): Promise<NudgeAnswerReply> {
  return inTurn(async () =>
    (await answerNotification(answer, now, id))
      ? { ok: true as const }
      : { ok: false as const, reason: 'gone' as const },
  );
}

export function startReminders(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === REMINDER_ALARM) serially('show a reminder', () => wake());
  });

  // Firefox has no notification buttons and may not have this event at all.
  browser.notifications.onButtonClicked?.addListener((id, index) => {
    const answer = buttonAnswers[index];
    if (id === NUDGE_NOTIFICATION && answer) serially('answer a reminder', () => answerNotification(answer));
  });

  browser.notifications.onClicked.addListener((id) => {
    if (id !== NUDGE_NOTIFICATION) return;
    lastAnsweredAt = Date.now();
    // The reminder stays waiting: the options page shows it with Done, Snooze and Dismiss.
    serially('open the reminders', async () => {
      await browser.runtime.openOptionsPage();
      await browser.notifications.clear(NUDGE_NOTIFICATION);
    });
  });

  // Closed with its own ✕: not now. It comes back after a snooze rather than blocking every
  // other reminder while it waits for an answer nobody can give. Firefox says "by the user" for
  // every close, also when the system takes the notification away by itself (at once when
  // headless), so there a close is not an answer: the reminder waits on the options page, as a
  // notification the system closed does in Chrome.
  if (!import.meta.env.FIREFOX) {
    browser.notifications.onClosed.addListener((id, byUser) => {
      if (id !== NUDGE_NOTIFICATION || !byUser || Date.now() - lastAnsweredAt < ANSWER_SETTLE_MS) return;
      serially('snooze a closed reminder', () => answerShowingNudge('snooze'));
    });
  }

  browser.runtime.onInstalled.addListener(queuePlan);

  watchReminderInputs(queuePlan);
  // A new install starts the retro from now, not from last week's. Then, every time the worker
  // starts (the browser started, or it woke for any reason), a reminder that fell due while it
  // was stopped, or whose alarm was lost, is shown now, and the next alarm is set.
  serially('start the retro', () => startRetroIfNew());
  serially('show a reminder missed while stopped', () => wake());
}
