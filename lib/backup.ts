// The backup file: one JSON file the leader keeps, and the first reading of one. A backup may come
// from anywhere, so reading never throws, refuses what it cannot check, and says why as a message.
// This module knows the envelope (format, version, date) and older layouts; the sections inside
// belong to state/backup.ts, where each kind of data reads, plans and writes its own.
import { message, type Message } from './i18n';
import { isObject } from './model/record';

export const BACKUP_FORMAT = 'sidecoach-backup';
/** Version 2 keeps each kind of data in its own section; version 1 files are read too. */
export const BACKUP_VERSION = 2;
/** Larger files are refused unread. The import view can check `File.size` against it first. */
export const MAX_BACKUP_BYTES = 50 * 1024 * 1024;
/** Far deeper than any real backup; deeper input is refused before parsing can overflow the stack. */
const MAX_DEPTH = 64;

/** A backup's sections by name, as found in the file: each section checks its own shape. */
export type BackupSections = ReadonlyMap<string, unknown>;

export interface BackupFile {
  exportedAt: string;
  sections: BackupSections;
}

export type ParsedBackup = { ok: true; backup: BackupFile } | { ok: false; error: Message };

/** The file's text: indented, so a person can read it in any editor. */
export function serializeBackup(sections: Readonly<Record<string, unknown>>, now = Date.now()): string {
  const file = { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: new Date(now).toISOString(), ...sections };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** The deepest nesting of arrays and objects in JSON text, counted without parsing it. */
function nestingDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (inString) {
      if (char === '\\') i++;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '{' || char === '[') deepest = Math.max(deepest, ++depth);
    else if (char === '}' || char === ']') depth--;
  }
  return deepest;
}

/** Keys that could reach an object's prototype if the data were ever copied key by key. */
function dropPrototypeKeys(key: string, value: unknown): unknown {
  return key === '__proto__' || key === 'constructor' || key === 'prototype' ? undefined : value;
}

/**
 * A version-1 file's sections under their version-2 names: `team` held the members, the 1:1
 * items and the reminder settings; the others kept their names.
 */
function sectionsOfVersion1(data: Record<string, unknown>): Map<string, unknown> {
  const sections = new Map<string, unknown>();
  for (const name of ['notes', 'settings', 'checklist']) if (data[name] !== undefined) sections.set(name, data[name]);
  if (data.team !== undefined) {
    if (!isObject(data.team)) sections.set('members', data.team);
    else {
      if (data.team.members !== undefined) sections.set('members', data.team.members);
      if (data.team.agenda !== undefined) sections.set('agenda', data.team.agenda);
      if (data.team.reminders !== undefined) sections.set('reminders', { settings: data.team.reminders });
    }
  }
  return sections;
}

/** Reads a backup file's text as far as its envelope. Never throws. */
export function parseBackup(text: string): ParsedBackup {
  const fail = (key: Parameters<typeof message>[0], params?: Message['params']): ParsedBackup => ({
    ok: false,
    error: message(key, params),
  });
  try {
    if (typeof text !== 'string') return fail('backupNotSidecoach');
    // A string's length never exceeds its size in UTF-8 bytes, so this refuses nothing under the cap.
    if (text.length > MAX_BACKUP_BYTES) return fail('backupTooLarge');
    if (nestingDepth(text) > MAX_DEPTH) return fail('backupNotSidecoach');
    let data: unknown;
    try {
      data = JSON.parse(text, dropPrototypeKeys);
    } catch {
      return fail('backupNotJson');
    }
    if (!isObject(data) || data.format !== BACKUP_FORMAT) return fail('backupNotSidecoach');
    const version = data.version;
    if (typeof version === 'number' && Number.isSafeInteger(version) && version > BACKUP_VERSION) {
      return fail('backupNewer', { version });
    }
    if (version !== 1 && version !== BACKUP_VERSION) return fail('backupUnknownVersion');
    const exportedAt = typeof data.exportedAt === 'string' ? new Date(data.exportedAt) : null;
    if (!exportedAt || Number.isNaN(exportedAt.getTime())) return fail('backupNoDate');
    const sections =
      version === 1
        ? sectionsOfVersion1(data)
        : new Map(Object.entries(data).filter(([name]) => !['format', 'version', 'exportedAt'].includes(name)));
    return { ok: true, backup: { exportedAt: exportedAt.toISOString(), sections } };
  } catch {
    return fail('backupUnreadable');
  }
}
