// Notes as a Markdown document, for the leader to keep, print or paste elsewhere. A note is plain
// text: everything Markdown or HTML would read as formatting is escaped, so a note that says
// `<script>` or `# heading` shows exactly that, in any Markdown viewer.
import { sortNotes, type Note, type NoteAboutKey } from './model/note';
import type { Reading } from './model/reading';
import { localeTag, translate, type Language, type MessageKey } from './i18n';

/** The interface strings a notes document uses. */
const aboutWords: Record<NoteAboutKey, MessageKey> = {
  platform: 'markdownPlatform',
  surface: 'markdownSurface',
  metric: 'markdownMetric',
  question: 'markdownQuestion',
  teamMember: 'markdownTeamMember',
};

const aboutKeys: NoteAboutKey[] = ['platform', 'surface', 'metric', 'question', 'teamMember'];

export interface MarkdownOptions {
  language: Language;
  /** The name to show for an id (a platform's or a team member's name); the id itself otherwise. */
  names?: (kind: NoteAboutKey, id: string) => string | undefined;
  /** For dates; the device's own time zone when left out. */
  timeZone?: string;
}

/** One line of text shown as typed, wherever it sits in a line. */
function escapeInline(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]|~]/g, '\\$&');
}

/** One line of a note, also safe at the start of a line, where `#`, `-`, `1.` or indentation mean something. */
function escapeLine(line: string): string {
  return escapeInline(line)
    .replace(/^[ \t]+/, (indent) => '&nbsp;'.repeat(indent.length))
    .replace(/^([#+=-])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

/** A note's text as Markdown paragraphs that keep its line breaks. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/^(?:[ \t]*(?:\r\n?|\n))+/, '') // blank lines before the first words
    .trimEnd()
    .split(/(?:\r\n?|\n)[ \t]*(?:\r\n?|\n)\s*/)
    .map((paragraph) =>
      paragraph
        .split(/\r\n?|\n/)
        .map(escapeLine)
        .join('\\\n'),
    )
    .join('\n\n');
}

/** A URL as a Markdown autolink; the characters an autolink cannot hold are percent-encoded. */
function autolink(url: string): string {
  return `<${url.replace(/[<>\s]/g, (char) => encodeURIComponent(char))}>`;
}

function noteToMarkdown(note: Note, options: MarkdownOptions, date: Intl.DateTimeFormat): string {
  const say = (key: MessageKey) => translate(options.language, key);
  const edited =
    note.updatedAt - note.createdAt > 60_000 ? ` (${say('markdownEdited')} ${date.format(note.updatedAt)})` : '';
  const facts: string[] = [];
  if (note.tags.length > 0) facts.push(`**${say('markdownTags')}:** ${note.tags.map(escapeInline).join(', ')}`);
  for (const key of aboutKeys) {
    const id = note.about[key];
    if (id) facts.push(`**${say(aboutWords[key])}:** ${escapeInline(options.names?.(key, id) ?? id)}`);
  }
  const { page } = note.about;
  if (page) {
    facts.push(`**${say('markdownPage')}:** ${page.title ? `${escapeInline(page.title)} ` : ''}${autolink(page.url)}`);
    if (page.dateRange) facts.push(`**${say('markdownPeriod')}:** ${escapeInline(page.dateRange)}`);
  }
  return [
    `### ${date.format(note.createdAt)}${edited}`,
    ...(facts.length > 0 ? [facts.map((fact) => `- ${fact}`).join('\n')] : []),
    escapeMarkdown(note.text),
  ].join('\n\n');
}

/** The notes as one Markdown document: pinned first, then newest; deleted notes are left out. */
export function notesToMarkdown(notes: readonly Note[], options: MarkdownOptions): string {
  const say = (key: MessageKey) => translate(options.language, key);
  const date = new Intl.DateTimeFormat(localeTag(options.language), {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: options.timeZone,
  });
  const shown = sortNotes(notes.filter((note) => note.deletedAt === null));
  const pinned = shown.filter((note) => note.pinned);
  const others = shown.filter((note) => !note.pinned);
  const section = (heading: MessageKey, group: Note[]) =>
    group.length > 0 ? [`## ${say(heading)}`, ...group.map((note) => noteToMarkdown(note, options, date))] : [];
  const body =
    shown.length === 0
      ? [say('markdownNone')]
      : [
          ...section('markdownPinned', pinned),
          ...section(pinned.length > 0 ? 'markdownOtherNotes' : 'markdownNotes', others),
        ];
  return `${[`# ${say('markdownTitle')}`, ...body].join('\n\n')}\n`;
}

/**
 * The private history as Markdown: one table per metric (platform, account, metric), newest day
 * first, values exactly as the dashboard showed them. Empty when there are no readings.
 */
export function readingsToMarkdown(readings: readonly Reading[], options: MarkdownOptions): string {
  if (readings.length === 0) return '';
  const say = (key: MessageKey) => translate(options.language, key);
  const name = (kind: NoteAboutKey, id: string) => escapeInline(options.names?.(kind, id) ?? id);
  const series = new Map<string, Reading[]>();
  for (const reading of readings) {
    const key = JSON.stringify([reading.platform, reading.account, reading.metric]);
    series.set(key, [...(series.get(key) ?? []), reading]);
  }
  const cell = (text: string | null) => (text === null ? '' : escapeInline(text));
  const tables = [...series.values()]
    .sort((a, b) => (a[0]?.metric ?? '').localeCompare(b[0]?.metric ?? ''))
    .map((group) => {
      const first = group[0] as Reading;
      const account = first.account === null ? '' : ` (${escapeInline(first.account)})`;
      const rows = [...group]
        .sort((a, b) => b.at - a.at)
        .map(
          (reading) =>
            `| ${reading.day} | ${cell(reading.text)} | ${cell(reading.changeText)} | ${cell(reading.rangeText)} |`,
        );
      return [
        `### ${name('metric', first.metric)} · ${name('platform', first.platform)}${account}`,
        [
          `| ${say('historyDay')} | ${say('historyValue')} | ${say('historyChange')} | ${say('historyRange')} |`,
          '| --- | --- | --- | --- |',
          ...rows,
        ].join('\n'),
      ].join('\n\n');
    });
  return `${[`## ${say('historyHeading')}`, ...tables].join('\n\n')}\n`;
}
