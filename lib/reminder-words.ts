// What a reminder says, as messages the interface words in the leader's language: a notification
// in the background, a card on the options page. A team-care prompt goes with a check-in only
// where its situation fits, always introduced by that situation, and a prompt meant for someone
// in distress never goes into a reminder at all: a reminder cannot know how a person is doing.
import type { Learning, WellbeingPrompt, WellbeingSituation } from '../content/schema';
import { message, type Message, type MessageKey } from './i18n';
import type { NudgeAnswerRequest } from './messages';
import { DAY_MS } from './model/record';
import type { ReminderSettings } from './model/reminder-settings';
import type { Nudge } from './schedule';

/**
 * The library texts a reminder quotes: the team-care prompts and the retro. Passed in rather than
 * imported, so a page loads them only when it shows a reminder.
 */
export interface NudgeLibrary {
  wellbeing: readonly WellbeingPrompt[];
  retro: Pick<Learning['retro'], 'name' | 'intro'>;
}

/** A small, stable number from a string, to vary prompts by person without randomness. */
function hash(text: string): number {
  let value = 0;
  for (const char of text) value = (value * 31 + char.codePointAt(0)!) % 1_000_003;
  return value;
}

/** The situation a check-in reminder is in: crisis mode, or a routine week. */
export function checkInSituation(
  settings: ReminderSettings,
  now: number,
): Extract<WellbeingSituation, 'crisis' | 'weekly-check-in'> {
  return settings.crisis !== null && now < settings.crisis.until ? 'crisis' : 'weekly-check-in';
}

/** The prompts a reminder in this situation may carry: made for it, never for distress, never crisis ones in a routine week. */
export function promptsForReminder(
  situation: 'crisis' | 'weekly-check-in',
  prompts: readonly WellbeingPrompt[],
): WellbeingPrompt[] {
  return prompts.filter(
    (prompt) =>
      !prompt.distress &&
      prompt.situations.includes(situation) &&
      (situation === 'crisis' || !prompt.situations.includes('crisis')),
  );
}

/**
 * One of `choices` for this person at this step (a day, a week): it changes from step to step and
 * from person to person, and is the same whenever asked again. Null when there is no choice.
 */
export function pickFor<T>(memberId: string, step: number, choices: readonly T[]): T | null {
  if (choices.length === 0) return null;
  return choices[(hash(memberId) + step) % choices.length];
}

/**
 * The team-care prompt to go with a check-in. It changes from day to day and person to person,
 * and stays the same within a day.
 */
export function checkInPrompt(
  memberId: string,
  settings: ReminderSettings,
  now: number,
  prompts: readonly WellbeingPrompt[],
): WellbeingPrompt | null {
  return pickFor(memberId, Math.floor(now / DAY_MS), promptsForReminder(checkInSituation(settings, now), prompts));
}

/** The lines of the debrief after crisis mode, in order. */
export const debriefSteps: readonly MessageKey[] = [
  'remindersDebriefHappened',
  'remindersDebriefAbsorbed',
  'remindersDebriefChange',
  'remindersDebriefRest',
];

export interface NudgeWords {
  title: Message;
  /** The body, a line each. */
  lines: Message[];
  /** Points to go through, shown as a list after the lines. */
  steps: Message[];
}

/** The title and the lines of a reminder. */
export function describeNudge(
  nudge: Nudge,
  {
    names,
    settings,
    now,
    library,
  }: { names: ReadonlyMap<string, string>; settings: ReminderSettings; now: number; library: NudgeLibrary },
): NudgeWords {
  if (nudge.kind === 'check-in') {
    const name = nudge.memberId ? names.get(nudge.memberId) : undefined;
    const title = name ? message('remindersCheckInTitle', { name }) : message('remindersCheckInTitleAnyone');
    const prompt = checkInPrompt(nudge.memberId ?? '', settings, now, library.wellbeing);
    if (!prompt) return { title, lines: [message('remindersCheckInBody')], steps: [] };
    const situation = checkInSituation(settings, now) === 'crisis' ? 'remindersPromptCrisis' : 'remindersPromptRoutine';
    return { title, lines: [message(situation, { prompt: prompt.prompt, action: prompt.action })], steps: [] };
  }
  if (nudge.kind === 'retro') {
    return {
      title: message('remindersRetroTitle', { name: library.retro.name }),
      lines: [message('remindersRetroBody', { intro: library.retro.intro })],
      steps: [],
    };
  }
  return {
    title: message('remindersDebriefTitle'),
    lines: [message('remindersDebriefBody')],
    steps: debriefSteps.map((key) => message(key)),
  };
}

/** A reminder's three answers, in the order their buttons show, each with the key of its word. */
export const nudgeAnswers: readonly {
  answer: NudgeAnswerRequest['answer'];
  key: 'remindersDone' | 'remindersSnooze' | 'remindersDismiss';
}[] = [
  { answer: 'done', key: 'remindersDone' },
  { answer: 'snooze', key: 'remindersSnooze' },
  { answer: 'dismiss', key: 'remindersDismiss' },
];
