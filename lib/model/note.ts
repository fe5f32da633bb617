// A note the leader writes: its shape, its limits and the pure helpers around it. Storage lives in
// state/notes.ts; this file knows nothing of it.
import { idPattern, idSchema } from '../../content/schema';
import { message, type Message } from '../i18n';
import { z } from '../zod';
import { compareIds, hasKeys, isObject, isRecordId, isTimestamp, recordIdSchema, timestampSchema } from './record';

export const NOTE_VERSION = 1;
export const MAX_NOTE_TEXT = 20_000;
export const MAX_TAGS = 20;
export const MAX_TAG_LENGTH = 40;
/** The longest page address and title a note keeps; longer ones are cut, never refused. */
export const MAX_PAGE_URL = 4096;
export const MAX_PAGE_TITLE = 1000;

/** Lower case, no leading `#`, single spaces: "#Q3 Launch " and "q3 launch" are one tag. */
export function normalizeTag(tag: string): string {
  return tag
    .normalize('NFC')
    .trim()
    .replace(/^#+\s*/, '')
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

/** Tags as typed by a person, made valid: normalised, without empties or repeats, at most MAX_TAGS. */
export function normalizeTags(tags: readonly string[]): string[] {
  const clean = tags.map((tag) => normalizeTag(tag).slice(0, MAX_TAG_LENGTH).trim()).filter(Boolean);
  return [...new Set(clean)].slice(0, MAX_TAGS);
}

const tagSchema = z.string().check(
  z.minLength(1),
  z.maxLength(MAX_TAG_LENGTH),
  z.refine((tag) => tag === normalizeTag(tag), 'tags are lower case, without # or extra spaces'),
);

export const notePageSchema = z.object({
  url: z.url({ protocol: /^https?$/ }).check(z.maxLength(MAX_PAGE_URL)),
  title: z.optional(z.string().check(z.maxLength(MAX_PAGE_TITLE))),
  /** The period the dashboard showed, as the page wrote it ("Last 28 days"), like the tab context's. */
  dateRange: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(200))),
});
export type NotePage = z.infer<typeof notePageSchema>;

/** What a note is tied to. Every part is optional; `{}` is a note about nothing in particular. */
export const noteAboutSchema = z.object({
  platform: z.optional(idSchema),
  /** A surface id of the platform, as context detection reports it. */
  surface: z.optional(idSchema),
  metric: z.optional(idSchema),
  question: z.optional(idSchema),
  teamMember: z.optional(recordIdSchema),
  page: z.optional(notePageSchema),
});
export type NoteAbout = z.infer<typeof noteAboutSchema>;
export type NoteAboutKey = Exclude<keyof NoteAbout, 'page'>;

export const noteSchema = z.object({
  v: z.literal(NOTE_VERSION),
  id: recordIdSchema,
  /** Plain text, never HTML or Markdown: every view and export shows it as typed. */
  text: z.string().check(
    z.maxLength(MAX_NOTE_TEXT),
    z.refine((text) => text.trim() !== '', 'a note needs some text'),
  ),
  tags: z.array(tagSchema).check(
    z.maxLength(MAX_TAGS),
    z.refine((tags) => new Set(tags).size === tags.length, 'a tag appears twice'),
  ),
  pinned: z.boolean(),
  createdAt: timestampSchema,
  /** Also the note's version for last-writer-wins: every save makes it larger. */
  updatedAt: timestampSchema,
  /** Set when deleted: the note stays stored a while so undo works and other views see it go. */
  deletedAt: z.nullable(timestampSchema),
  about: noteAboutSchema,
});
export type Note = z.infer<typeof noteSchema>;

const aboutIds = ['platform', 'surface', 'metric', 'question'] as const;
const aboutKeys = new Set<string>([...aboutIds, 'teamMember', 'page']);
const pageKeys = new Set<string>(['url', 'title', 'dateRange']);
const isTag = (tag: unknown) =>
  typeof tag === 'string' && tag.length >= 1 && tag.length <= MAX_TAG_LENGTH && tag === normalizeTag(tag);

function isPlainAbout(about: unknown): boolean {
  if (!isObject(about)) return false;
  for (const key in about) if (!aboutKeys.has(key) || about[key] === undefined) return false;
  for (const key of aboutIds)
    if (key in about && !(typeof about[key] === 'string' && idPattern.test(about[key]))) return false;
  if ('teamMember' in about && !isRecordId(about.teamMember)) return false;
  return !('page' in about) || isPlainPage(about.page);
}

function isPlainPage(page: unknown): boolean {
  if (!isObject(page)) return false;
  for (const key in page) if (!pageKeys.has(key) || page[key] === undefined) return false;
  const { dateRange } = page;
  // The schema trims a period; one already trimmed comes back as it is. The address is the schema's to judge.
  return (
    (dateRange === undefined || (typeof dateRange === 'string' && dateRange.trim() === dateRange)) &&
    notePageSchema.safeParse(page).success
  );
}

/**
 * Whether a value is a note exactly as `noteSchema` would give it back: no key more, every field
 * as the schema takes it. Reading 10,000 notes through the schema took 100–150 ms of opening the
 * panel at Notes; this takes a fraction of that, and anything it is not sure of still goes
 * through the schema. A test holds the two to the same answer (note.test.ts).
 */
export function isPlainNote(value: unknown): value is Note {
  if (!isObject(value) || !hasKeys(value, 9)) return false;
  const { text, tags } = value;
  return (
    value.v === NOTE_VERSION &&
    isRecordId(value.id) &&
    typeof text === 'string' &&
    text.length <= MAX_NOTE_TEXT &&
    text.trim() !== '' &&
    Array.isArray(tags) &&
    tags.length <= MAX_TAGS &&
    tags.every(isTag) &&
    new Set(tags).size === tags.length &&
    typeof value.pinned === 'boolean' &&
    isTimestamp(value.createdAt) &&
    isTimestamp(value.updatedAt) &&
    (value.deletedAt === null || isTimestamp(value.deletedAt)) &&
    isPlainAbout(value.about)
  );
}

/**
 * A page to tie a note to, made to fit: an address or title longer than a note keeps is cut, and
 * an address that is not a web page is left out, so writing a note never fails on a page's URL.
 */
export function notePage(url: string, title?: string, dateRange?: string | null): NotePage | undefined {
  const page = {
    url: url.slice(0, MAX_PAGE_URL),
    ...(title && { title: title.slice(0, MAX_PAGE_TITLE) }),
    ...(dateRange && { dateRange: dateRange.trim().slice(0, 200) }),
  };
  return notePageSchema.safeParse(page).success ? page : undefined;
}

/** Pinned first, then the most recently edited: the order notes are shown in. */
export function compareNotes(a: Note, b: Note): number {
  return Number(b.pinned) - Number(a.pinned) || b.updatedAt - a.updatedAt || compareIds(a, b);
}

/** Notes in their order (`compareNotes`). Returns a new array. */
export function sortNotes(notes: readonly Note[]): Note[] {
  return [...notes].sort(compareNotes);
}

export interface NoteInput {
  text: string;
  tags?: readonly string[];
  about?: NoteAbout;
  pinned?: boolean;
}

/** A new, unsaved note. */
export function createNote(input: NoteInput, now = Date.now()): Note {
  return {
    v: NOTE_VERSION,
    id: crypto.randomUUID(),
    text: input.text,
    tags: normalizeTags(input.tags ?? []),
    pinned: input.pinned ?? false,
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
    about: input.about ?? {},
  };
}

/** Why a note cannot be saved, in words for the leader: never the validator's own text. */
export function invalidNoteMessage(_note: Note, error: z.core.$ZodError): Message {
  const issue = error.issues[0];
  if (issue?.path[0] === 'text' && issue.code === 'too_big') {
    return message('noteTooLong', { max: MAX_NOTE_TEXT });
  }
  if (issue?.path[0] === 'text') return message('noteEmpty');
  if (issue?.path[0] === 'tags') return message('noteTagsInvalid', { max: MAX_TAGS });
  return message('noteInvalid');
}
