// The agenda for one 1:1, built from what the leader saved: a wellbeing check-in first, because
// how someone is doing matters more than any number; then praise, so it is not crowded out;
// then the open questions; then the leader's notes about the person. Pure, so it is tested in Node.
import type { LocalizedText, Metric, Question, WellbeingPrompt } from '../content/schema';
import type { AgendaItem } from './model/agenda-item';
import type { Note } from './model/note';
import type { Language } from './i18n';
import { escapeMarkdown } from './markdown';

export type AgendaLineKind = 'wellbeing' | 'praise' | 'question' | 'note';

export interface AgendaLine {
  /** Unique within the agenda, stable across rebuilds: for React keys and remembered ticks. */
  key: string;
  kind: AgendaLineKind;
  text: string;
  /** Saved before the last meeting and still open. */
  carriedForward: boolean;
  source: { agendaItemId?: string; noteId?: string };
}

/** How many notes about the person an agenda shows; older ones are still in Notes. */
export const MAX_AGENDA_NOTES = 5;

const DAY_MS = 86_400_000;

/**
 * Weeks since 1970 in local time, starting on Mondays (1 Jan 1970 was a Thursday, hence the 3),
 * so the check-in prompt stays the same all week and changes the next.
 */
function localWeek(now: number): number {
  const localDay = Math.floor((now - new Date(now).getTimezoneOffset() * 60_000) / DAY_MS);
  return Math.floor((localDay + 3) / 7);
}

export interface AgendaInput {
  /** The person the 1:1 is with; null for "whoever I meet next", which gets only shared items. */
  memberId: string | null;
  items: readonly AgendaItem[];
  notes: readonly Note[];
  questions: readonly Pick<Question, 'id' | 'text'>[];
  metrics: readonly Pick<Metric, 'id' | 'question'>[];
  wellbeing: readonly WellbeingPrompt[];
  now: number;
  language: Language;
  /** When the leader last met this person; open items saved before then are carried forward. */
  lastMeetingAt?: number | null;
}

/** The ordered agenda: check-in, praise, questions (oldest first), then notes (newest first). */
export function buildAgenda({
  memberId,
  items,
  notes,
  questions,
  metrics,
  wellbeing,
  now,
  language,
  lastMeetingAt = null,
}: AgendaInput): AgendaLine[] {
  const lines: AgendaLine[] = [];

  const checkIns = wellbeing.filter((prompt) => prompt.situations.includes('weekly-check-in'));
  if (checkIns.length > 0) {
    const prompt = checkIns[localWeek(now) % checkIns.length];
    lines.push({
      key: `wellbeing:${prompt.id}`,
      kind: 'wellbeing',
      text: `${prompt.prompt[language]} ${prompt.action[language]}`,
      carriedForward: false,
      source: {},
    });
  }

  // The leader's own wording wins; otherwise the library's, found by ref.
  const textOf = (item: AgendaItem): string | null => {
    if (item.text?.trim()) return item.text;
    const found: LocalizedText | undefined =
      item.kind === 'question'
        ? questions.find((question) => question.id === item.ref)?.text
        : item.kind === 'metric'
          ? metrics.find((metric) => metric.id === item.ref)?.question
          : undefined;
    return found?.[language] ?? null;
  };
  const open = items
    .filter((item) => item.status === 'open' && (item.memberId === null || item.memberId === memberId))
    .toSorted((a, b) => a.createdAt - b.createdAt);
  const itemLine = (item: AgendaItem, kind: AgendaLineKind): AgendaLine[] => {
    const text = textOf(item);
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

const words = {
  titleWith: { en: '1:1 with {name}', id: '1:1 dengan {name}' },
  title: { en: '1:1 agenda', id: 'Agenda 1:1' },
  wellbeing: { en: 'Check in first', id: 'Awali dengan check-in' },
  praise: { en: 'Praise to give', id: 'Apresiasi yang ingin disampaikan' },
  question: { en: 'Questions', id: 'Pertanyaan' },
  note: { en: 'From your notes', id: 'Dari catatan Anda' },
  carried: { en: 'carried over from an earlier 1:1', id: 'dibawa dari 1:1 sebelumnya' },
  nothingSaved: {
    en: 'Nothing saved for this 1:1 yet. In the Coach view, save a question or a metric card for this person, or write a note about them.',
    id: 'Belum ada yang disimpan untuk 1:1 ini. Di tampilan Coach, simpan pertanyaan atau kartu metrik untuk orang ini, atau tulis catatan tentang mereka.',
  },
} satisfies Record<string, LocalizedText>;

const sections: readonly AgendaLineKind[] = ['wellbeing', 'praise', 'question', 'note'];

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
  const day = new Intl.DateTimeFormat(language === 'id' ? 'id-ID' : 'en-GB', { dateStyle: 'long', timeZone }).format(
    date,
  );
  // The name is isolated (U+2068…U+2069) so a right-to-left name cannot reorder the date after it.
  const title = memberName?.trim()
    ? words.titleWith[language].replace(
        '{name}',
        () => `\u2068${escapeMarkdown(memberName.replace(/\s+/g, ' '))}\u2069`,
      )
    : words.title[language];
  const blocks = [`# ${title} · ${day}`];
  for (const kind of sections) {
    const lines = agenda.filter((line) => line.kind === kind);
    if (lines.length === 0) continue;
    const suffix = (line: AgendaLine) => (line.carriedForward ? ` _(${words.carried[language]})_` : '');
    blocks.push(`## ${words[kind][language]}`, lines.map((line) => taskLine(line.text, suffix(line))).join('\n'));
  }
  if (agenda.every((line) => line.kind === 'wellbeing')) blocks.push(words.nothingSaved[language]);
  return `${blocks.join('\n\n')}\n`;
}
