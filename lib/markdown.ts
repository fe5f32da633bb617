// Notes as a Markdown document, for the leader to keep, print or paste elsewhere. A note is plain
// text: everything Markdown or HTML would read as formatting is escaped, so a note that says
// `<script>` or `# heading` shows exactly that, in any Markdown viewer.
import type { LocalizedText } from '../content/schema';
import { sortNotes, type Note, type NoteAboutKey } from './model/note';
import type { Language } from './i18n';

const words = {
  title: { en: 'Sidecoach notes', id: 'Catatan Sidecoach' },
  pinned: { en: 'Pinned', id: 'Disematkan' },
  notes: { en: 'Notes', id: 'Catatan' },
  otherNotes: { en: 'Other notes', id: 'Catatan lainnya' },
  none: { en: 'No notes yet.', id: 'Belum ada catatan.' },
  edited: { en: 'edited', id: 'diedit' },
  tags: { en: 'Tags', id: 'Tag' },
  platform: { en: 'Platform', id: 'Platform' },
  surface: { en: 'Section', id: 'Bagian' },
  metric: { en: 'Metric', id: 'Metrik' },
  question: { en: 'Question', id: 'Pertanyaan' },
  teamMember: { en: 'Team member', id: 'Anggota tim' },
  page: { en: 'Page', id: 'Halaman' },
  period: { en: 'Period', id: 'Periode' },
} satisfies Record<string, LocalizedText>;

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
  const say = (text: LocalizedText) => text[options.language];
  const edited =
    note.updatedAt - note.createdAt > 60_000 ? ` (${say(words.edited)} ${date.format(note.updatedAt)})` : '';
  const facts: string[] = [];
  if (note.tags.length > 0) facts.push(`**${say(words.tags)}:** ${note.tags.map(escapeInline).join(', ')}`);
  for (const key of aboutKeys) {
    const id = note.about[key];
    if (id) facts.push(`**${say(words[key])}:** ${escapeInline(options.names?.(key, id) ?? id)}`);
  }
  const { page } = note.about;
  if (page) {
    facts.push(`**${say(words.page)}:** ${page.title ? `${escapeInline(page.title)} ` : ''}${autolink(page.url)}`);
    if (page.dateRange) facts.push(`**${say(words.period)}:** ${escapeInline(page.dateRange)}`);
  }
  return [
    `### ${date.format(note.createdAt)}${edited}`,
    ...(facts.length > 0 ? [facts.map((fact) => `- ${fact}`).join('\n')] : []),
    escapeMarkdown(note.text),
  ].join('\n\n');
}

/** The notes as one Markdown document: pinned first, then newest; deleted notes are left out. */
export function notesToMarkdown(notes: readonly Note[], options: MarkdownOptions): string {
  const say = (text: LocalizedText) => text[options.language];
  const date = new Intl.DateTimeFormat(options.language === 'id' ? 'id-ID' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: options.timeZone,
  });
  const shown = sortNotes(notes.filter((note) => note.deletedAt === null));
  const pinned = shown.filter((note) => note.pinned);
  const others = shown.filter((note) => !note.pinned);
  const section = (heading: LocalizedText, group: Note[]) =>
    group.length > 0 ? [`## ${say(heading)}`, ...group.map((note) => noteToMarkdown(note, options, date))] : [];
  const body =
    shown.length === 0
      ? [say(words.none)]
      : [...section(words.pinned, pinned), ...section(pinned.length > 0 ? words.otherNotes : words.notes, others)];
  return `${[`# ${say(words.title)}`, ...body].join('\n\n')}\n`;
}
