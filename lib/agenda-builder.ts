// The agenda for one 1:1, built from what the leader saved: a wellbeing check-in first, because
// how someone is doing matters more than any number; then praise, so it is not crowded out;
// then the open questions; then the leader's notes about the person. Pure, so it is tested in Node.
import type { LocalizedText, Metric, Question, WellbeingPrompt } from '../content/schema';
import type { AgendaItem } from './model/agenda-item';
import type { Note } from './model/note';
import { DAY_MS } from './model/record';
import { localeTag, translate, word, type Language, type MessageKey } from './i18n';
import { escapeMarkdown } from './markdown';
import { pickFor, promptsForReminder } from './reminder-words';

export type AgendaLineKind = 'wellbeing' | 'praise' | 'question' | 'note';

/** What a line says: the leader's own words as typed, or a library text in both languages. */
export type AgendaText = string | LocalizedText;

export interface AgendaLine {
  /** Unique within the agenda, stable across rebuilds: for React keys and remembered ticks. */
  key: string;
  kind: AgendaLineKind;
  text: AgendaText;
  /** The check-in's one thing to do today. */
  detail?: AgendaText;
  /** Saved before the last meeting and still open. */
  carriedForward: boolean;
  source: { agendaItemId?: string; noteId?: string };
}

/** How many notes about the person an agenda shows; older ones are still in Notes. */
export const MAX_AGENDA_NOTES = 5;

/**
 * Weeks since 1970 in local time, starting on Mondays (1 Jan 1970 was a Thursday, hence the 3),
 * so the check-in prompt stays the same all week and changes the next.
 */
function localWeek(now: number): number {
  const localDay = Math.floor((now - new Date(now).getTimezoneOffset() * 60_000) / DAY_MS);
  return Math.floor((localDay + 3) / 7);
}

/**
 * What the check-in should be about: crisis mode on, the person overloaded on the workload map,
 * or a routine week.
 */
export type CheckInSituation = 'crisis' | 'workload' | 'routine';

/**
 * The prompts a check-in in this situation may open with. Only crisis mode brings prompts meant
 * for someone in distress, and only here, where the leader reads them before meeting the person
 * (reminders never carry them); a routine week never brings crisis prompts.
 */
export function checkInPrompts(situation: CheckInSituation, prompts: readonly WellbeingPrompt[]): WellbeingPrompt[] {
  if (situation === 'crisis') return prompts.filter((prompt) => prompt.situations.includes('crisis'));
  if (situation === 'workload') {
    return prompts.filter(
      (prompt) =>
        !prompt.distress && prompt.situations.includes('workload-audit') && !prompt.situations.includes('crisis'),
    );
  }
  return promptsForReminder('weekly-check-in', prompts);
}

/** The check-in prompt for this person this week: it changes weekly, and differs from person to person. */
export function checkInPromptFor(
  situation: CheckInSituation,
  memberId: string | null,
  prompts: readonly WellbeingPrompt[],
  now: number,
): WellbeingPrompt | null {
  return pickFor(memberId ?? '', localWeek(now), checkInPrompts(situation, prompts));
}

export interface AgendaInput {
  /** The person the 1:1 is with; null for "whoever I meet next", which gets only shared items. */
  memberId: string | null;
  items: readonly AgendaItem[];
  notes: readonly Note[];
  questions: readonly Pick<Question, 'id' | 'text'>[];
  metrics: readonly Pick<Metric, 'id' | 'question'>[];
  wellbeing: readonly WellbeingPrompt[];
  /** What the check-in should be about; a routine week when left out. */
  situation?: CheckInSituation;
  now: number;
  /** When the leader last met this person; open items saved before then are carried forward. */
  lastMeetingAt?: number | null;
}

/** Whether an open item belongs on this person's agenda: saved for them, or for whoever fits. */
export function isOnAgenda(item: AgendaItem, memberId: string | null): boolean {
  return item.deletedAt === null && item.status === 'open' && (item.memberId === null || item.memberId === memberId);
}

/** The words of a saved item: the leader's own wording wins; otherwise the library's, found by ref. */
export function agendaItemText(
  item: AgendaItem,
  questions: readonly Pick<Question, 'id' | 'text'>[],
  metrics: readonly Pick<Metric, 'id' | 'question'>[],
): AgendaText | null {
  if (item.text?.trim()) return item.text;
  if (item.kind === 'question') return questions.find((question) => question.id === item.ref)?.text ?? null;
  if (item.kind === 'metric') return metrics.find((metric) => metric.id === item.ref)?.question ?? null;
  return null;
}

/** The ordered agenda: check-in, praise, questions (oldest first), then notes (newest first). */
export function buildAgenda({
  memberId,
  items,
  notes,
  questions,
  metrics,
  wellbeing,
  situation = 'routine',
  now,
  lastMeetingAt = null,
}: AgendaInput): AgendaLine[] {
  const lines: AgendaLine[] = [];

  const prompt = checkInPromptFor(situation, memberId, wellbeing, now);
  if (prompt) {
    lines.push({
      key: `wellbeing:${prompt.id}`,
      kind: 'wellbeing',
      text: prompt.prompt,
      detail: prompt.action,
      carriedForward: false,
      source: {},
    });
  }

  const open = items.filter((item) => isOnAgenda(item, memberId)).toSorted((a, b) => a.createdAt - b.createdAt);
  const itemLine = (item: AgendaItem, kind: AgendaLineKind): AgendaLine[] => {
    const text = agendaItemText(item, questions, metrics);
    // Nothing to say (praise left blank, a question since removed from the library): no line.
    if (text === null) return [];
    const carriedForward = lastMeetingAt !== null && item.createdAt < lastMeetingAt;
    return [{ key: `agenda:${item.id}`, kind, text, carriedForward, source: { agendaItemId: item.id } }];
  };
  lines.push(
    ...open.filter((item) => item.kind === 'praise').flatMap((item) => itemLine(item, 'praise')),
    ...open.filter((item) => item.kind !== 'praise').flatMap((item) => itemLine(item, 'question')),
  );

  if (memberId !== null) {
    const about = notes
      .filter((note) => note.deletedAt === null && note.about.teamMember === memberId)
      .toSorted((a, b) => b.updatedAt - a.updatedAt)
      .slice(0, MAX_AGENDA_NOTES);
    for (const note of about) {
      lines.push({
        key: `note:${note.id}`,
        kind: 'note',
        text: note.text,
        carriedForward: false,
        source: { noteId: note.id },
      });
    }
  }
  return lines;
}

/** The heading of each part of the agenda, in the order they come. */
export const agendaSections: Readonly<Record<AgendaLineKind, MessageKey>> = {
  wellbeing: 'teamAgendaWellbeing',
  praise: 'teamAgendaPraise',
  question: 'teamAgendaQuestions',
  note: 'teamAgendaNotes',
};

/**
 * A task-list line. Continuation lines are indented two spaces so a multi-line note stays inside
 * its list item; more would turn them into a code block.
 */
function taskLine(text: string, suffix: string): string {
  const [first, ...rest] = escapeMarkdown(text).split('\n');
  return [`- [ ] ${first}`, ...rest.map((line) => (line === '' ? '' : `  ${line}`))].join('\n') + suffix;
}

export interface AgendaMarkdownOptions {
  /** The person's name as the leader typed it; null for "whoever I meet next". */
  memberName: string | null;
  /** The day of the meeting. */
  date: number | Date;
  language: Language;
  /** For the date; the device's own time zone when left out. */
  timeZone?: string;
}

/** The agenda as a Markdown checklist to print or paste into a meeting invite. */
export function agendaToMarkdown(
  agenda: readonly AgendaLine[],
  { memberName, date, language, timeZone }: AgendaMarkdownOptions,
): string {
  const day = new Intl.DateTimeFormat(localeTag(language), { dateStyle: 'long', timeZone }).format(date);
  // The name is isolated (U+2068…U+2069) so a right-to-left name cannot reorder the date after it.
  const title = memberName?.trim()
    ? translate(language, 'agendaMarkdownTitleWith').replace(
        '{name}',
        () => `\u2068${escapeMarkdown(memberName.replace(/\s+/g, ' '))}\u2069`,
      )
    : translate(language, 'agendaMarkdownTitle');
  const blocks = [`# ${title} · ${day}`];
  const lineText = (line: AgendaLine) =>
    line.detail === undefined
      ? word(language, line.text)
      : `${word(language, line.text)} ${word(language, line.detail)}`;
  const suffix = (line: AgendaLine) =>
    line.carriedForward ? ` _(${translate(language, 'agendaMarkdownCarried')})_` : '';
  for (const [kind, heading] of Object.entries(agendaSections)) {
    const lines = agenda.filter((line) => line.kind === kind);
    if (lines.length === 0) continue;
    blocks.push(
      `## ${translate(language, heading)}`,
      lines.map((line) => taskLine(lineText(line), suffix(line))).join('\n'),
    );
  }
  if (agenda.every((line) => line.kind === 'wellbeing')) blocks.push(translate(language, 'agendaMarkdownNothingSaved'));
  return `${blocks.join('\n\n')}\n`;
}
