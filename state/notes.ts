// The leader's notes: one `local:` key per note (`note:<id>`) in a record collection
// (state/collection.ts). Notes are the one thing Sidecoach holds that cannot be rebuilt: nothing
// here deletes or rewrites a stored value it cannot read.
import { DAY_MS } from '../lib/model/record';
import {
  NOTE_VERSION,
  invalidNoteMessage,
  isPlainNote,
  noteSchema,
  compareNotes,
  type Note,
  type NoteAbout,
} from '../lib/model/note';
import { defineCollection } from './collection';

export const NOTE_KEY_PREFIX = 'note:';
/** How long a deleted note is kept, so "undo" and a later restore can still bring it back. */
export const DELETED_NOTE_RETENTION_MS = 30 * DAY_MS;

/** What a note says and is about, for spotting the same note saved twice under two ids. */
function noteContent(text: string, about: NoteAbout): string {
  const { page, ...rest } = about;
  const sorted = (value: object) => Object.entries(value).sort(([a], [b]) => a.localeCompare(b));
  return JSON.stringify([text, sorted(rest), page && [page.url, page.title, page.dateRange]]);
}

export const notes = defineCollection<Note>({
  prefix: NOTE_KEY_PREFIX,
  schema: noteSchema,
  isPlain: isPlainNote,
  version: NOTE_VERSION,
  // Version 2 adds `1: (note) => ({ ...note, v: 2, … })` and a `fixtures/notes-v2.json`.
  migrations: {},
  compare: compareNotes,
  retentionMs: DELETED_NOTE_RETENTION_MS,
  invalid: invalidNoteMessage,
  messages: {
    unreadable: 'noteUnreadable',
    newer: 'noteNewer',
    wrongKey: 'noteWrongKey',
    conflictChanged: 'noteConflictChanged',
    conflictRemoved: 'noteConflictDeleted',
    missing: 'noteMissing',
    loadFailed: 'notesLoadFailed',
  },
  contentKey: (note) => noteContent(note.text, note.about),
});
