// What the Coach view picks from the library for one page: the questions that fit it best, the
// caution an open card shows and, when the moment calls for one, a wellbeing prompt. Pure, so it
// is tested in Node.
import type { Pitfall, Question, SurfaceKind, WellbeingPrompt, WellbeingSituation } from '../content/schema';
import { DAY_MS } from './model/record';

export interface CoachContext {
  platform: string | null;
  kind: SurfaceKind | null;
  metrics: readonly string[];
}

export interface QuestionOptions {
  /** Crisis mode is on: the crisis questions come first. */
  crisis?: boolean;
}

/**
 * How well a question fits this page: above 0 when it is about it (crisis questions in crisis
 * mode, then the metrics on screen, this platform, this kind of page), 0 when it is worth asking
 * anywhere.
 */
function fitScore(question: Question, context: CoachContext, { crisis = false }: QuestionOptions): number {
  return (
    (crisis && question.theme === 'crisis' ? 1000 : 0) +
    question.metrics.filter((metric) => context.metrics.includes(metric)).length * 4 +
    (context.platform !== null && question.platforms.includes(context.platform) ? 2 : 0) +
    (context.kind !== null && question.surfaces.includes(context.kind) ? 1 : 0)
  );
}

/**
 * Questions that may be asked here (their surfaces and platforms allow this page), best first:
 * in crisis mode the crisis questions, then questions about the metrics on screen, then ones made
 * for this platform, then for this kind of page; ties keep the library's order. `here` counts
 * the leading ones that are about this page; the rest are worth asking anywhere.
 */
export function questionsFor(
  questions: readonly Question[],
  context: CoachContext,
  options: QuestionOptions = {},
): { questions: Question[]; here: number } {
  const fits = (question: Question) =>
    (question.surfaces.length === 0 || (context.kind !== null && question.surfaces.includes(context.kind))) &&
    (question.platforms.length === 0 || (context.platform !== null && question.platforms.includes(context.platform)));
  const ranked = questions
    .map((question, index) => ({ question, index, score: fitScore(question, context, options) }))
    .filter((entry) => fits(entry.question))
    .sort((a, b) => b.score - a.score || a.index - b.index);
  return {
    questions: ranked.map((entry) => entry.question),
    here: ranked.filter((entry) => entry.score > 0).length,
  };
}

/**
 * The caution an open card shows for a metric on this platform: the library's first pitfall that
 * holds here (one about every platform, or about this one), never one about another platform. Null
 * when every pitfall is about other platforms: the card then shows none, and the explainer lists them all.
 */
export function cautionFor(pitfalls: readonly Pitfall[], platform: string | null): Pitfall | null {
  return (
    pitfalls.find((pitfall) => !pitfall.platforms || (platform !== null && pitfall.platforms.includes(platform))) ??
    null
  );
}

export interface WorkingHours {
  /** Hour of the day work starts and ends, local time, 0–24. */
  start: number;
  end: number;
  /** Days of the week with work, 0 = Sunday. */
  days: readonly number[];
}

export const defaultWorkingHours: WorkingHours = { start: 9, end: 18, days: [1, 2, 3, 4, 5] };

/** Whether a moment falls outside working hours, in the time zone of the Date's local clock. */
export function isAfterHours(now: Date, hours: WorkingHours = defaultWorkingHours): boolean {
  const hour = now.getHours() + now.getMinutes() / 60;
  return !hours.days.includes(now.getDay()) || hour < hours.start || hour >= hours.end;
}

/**
 * The situation this moment puts the team in, if it is one a wellbeing prompt is for. Crisis
 * mode speaks up where the team meets the public: inboxes and comments.
 */
export function situationFor(
  kind: SurfaceKind | null,
  { now, crisis, hours = defaultWorkingHours }: { now: Date; crisis: boolean; hours?: WorkingHours },
): WellbeingSituation | null {
  if (kind === 'inbox') return crisis ? 'crisis' : 'heavy-inbox';
  if (isAfterHours(now, hours)) return 'after-hours';
  return null;
}

/** Days since 1970 in local time, so a prompt stays the same all day and changes the next. */
function localDay(now: Date): number {
  return Math.floor((now.getTime() - now.getTimezoneOffset() * 60_000) / DAY_MS);
}

/** The prompts written for a situation, in the library's order; none without one. */
export function wellbeingPromptsFor(
  prompts: readonly WellbeingPrompt[],
  situation: WellbeingSituation | null,
): WellbeingPrompt[] {
  return situation ? prompts.filter((prompt) => prompt.situations.includes(situation)) : [];
}

/** One prompt for the situation, the same all day; `offset` steps to the next one ("another"). */
export function wellbeingFor(
  prompts: readonly WellbeingPrompt[],
  situation: WellbeingSituation | null,
  now: Date,
  offset = 0,
): WellbeingPrompt | null {
  const fitting = wellbeingPromptsFor(prompts, situation);
  if (fitting.length === 0) return null;
  return fitting[(((localDay(now) + offset) % fitting.length) + fitting.length) % fitting.length];
}

/** A value read beside a label, as the Coach needs it. */
export interface ShownMetricValue {
  metric: string;
  where: string | null;
  text: string;
  changeText: string | null;
  value: unknown;
  change: { direction: 'up' | 'down' | 'flat' } | null;
}

/**
 * The value to show on a metric's row: the headline tile's when the page shows the metric in a
 * tile and a table, otherwise the first read. Null when none was read.
 */
export function headlineValue<T extends ShownMetricValue>(values: readonly T[], metric: string): T | null {
  const mine = values.filter((value) => value.metric === metric);
  return mine.find((value) => value.where === 'tile') ?? mine[0] ?? null;
}

/** The first sentence of a text, for a one-line meaning; the whole text when it is one sentence. */
export function firstSentence(text: string): string {
  const match = /^(.+?[.!?])(?:\s|$)/u.exec(text.trim());
  return match ? match[1] : text.trim();
}
