// The backup file's envelope: format, version and date, the version-1 layout, and text that is
// not a backup at all. Each section's own checks are in state/backup.test.ts.
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_BACKUP_BYTES, parseBackup, serializeBackup, type ParsedBackup } from './backup';
import fixture from './fixtures/backup-v1.json';
import { say } from './i18n';

const t0 = Date.UTC(2025, 0, 15, 8, 30);
const fixtureText = JSON.stringify(fixture, null, 2);

function errorOf(result: ParsedBackup): string {
  if (result.ok) throw new Error('expected the backup to be refused');
  return say('en', result.error);
}

describe('reading a backup file', () => {
  it('reads the version-1 fixture, its sections under their current names', () => {
    const result = parseBackup(fixtureText);
    if (!result.ok) throw new Error('refused');
    expect(result.backup.exportedAt).toBe('2025-01-15T08:30:00.000Z');
    expect(result.backup.sections.get('notes')).toEqual(fixture.notes);
    expect(result.backup.sections.get('settings')).toEqual({ language: 'id' });
  });

  it('reads a version-1 team section as members, 1:1 items and reminder settings', () => {
    const team = { members: [{ id: 'm' }], agenda: [{ id: 'a' }], reminders: { timeZone: 'UTC' } };
    const result = parseBackup(JSON.stringify({ ...fixture, team }));
    if (!result.ok) throw new Error('refused');
    expect(result.backup.sections.get('members')).toEqual(team.members);
    expect(result.backup.sections.get('agenda')).toEqual(team.agenda);
    expect(result.backup.sections.get('reminders')).toEqual({ settings: team.reminders });
  });

  it('writes indented text with a version, a date and each section, and reads it back', () => {
    const text = serializeBackup({ notes: [{ text: '<script>alert("hi")</script>' }], checklist: { ticks: {} } }, t0);
    expect(text.split('\n').length).toBeGreaterThan(10);
    expect(JSON.parse(text)).toMatchObject({
      format: 'sidecoach-backup',
      version: 2,
      exportedAt: '2025-01-15T08:30:00.000Z',
    });
    const result = parseBackup(text);
    expect(result.ok && [...result.backup.sections.keys()]).toEqual(['notes', 'checklist']);
  });

  it.each([
    ['an empty file', ''],
    ['a cut-off file', fixtureText.slice(0, 200)],
    ['text that is not JSON', 'Catatan rapat minggu ini'],
  ])('refuses %s as cut off or not JSON', (_label, text) => {
    expect(errorOf(parseBackup(text))).toBe('This file is cut off or is not valid JSON.');
  });

  it.each([
    ['null', 'null'],
    ['a number', '42'],
    ['a list', '[1, 2]'],
    ['another format', JSON.stringify({ ...fixture, format: 'other-app' })],
    ['deep nesting', '['.repeat(100_000) + ']'.repeat(100_000)],
  ])('refuses %s as not a Sidecoach backup', (_label, text) => {
    expect(errorOf(parseBackup(text))).toBe('This file is not a Sidecoach backup.');
  });

  it('asks for an update for a backup from a newer Sidecoach', () => {
    expect(errorOf(parseBackup(JSON.stringify({ ...fixture, version: 3 })))).toBe(
      'This backup was made by a newer version of Sidecoach (version 3); update Sidecoach to import it.',
    );
  });

  it.each([0, '1', 1.5, null])('refuses version %j', (version) => {
    expect(errorOf(parseBackup(JSON.stringify({ ...fixture, version })))).toMatch(/no version Sidecoach knows/);
  });

  it('refuses a file with no readable date', () => {
    expect(errorOf(parseBackup(JSON.stringify({ ...fixture, exportedAt: 'yesterday' })))).toMatch(/export date/);
  });

  it('gives every error in Indonesian too', () => {
    const result = parseBackup('{');
    expect(!result.ok && say('id', result.error)).toBe('File ini terpotong atau bukan JSON yang valid.');
  });

  it('refuses a file over 50 MB without reading it', () => {
    expect(errorOf(parseBackup(' '.repeat(MAX_BACKUP_BYTES + 1)))).toMatch(/larger than 50 MB/);
  });

  it('drops __proto__, constructor and prototype keys', () => {
    const poisoned = fixtureText.replace(
      '"v": 1,',
      '"__proto__": { "polluted": true }, "constructor": { "prototype": { "polluted": true } }, "v": 1,',
    );
    const result = parseBackup(poisoned.replace('{', '{ "__proto__": { "polluted": true },'));
    expect(result.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const notes = result.ok ? (result.backup.sections.get('notes') as object[]) : [];
    expect(Object.getPrototypeOf(notes[0])).toBe(Object.prototype);
    expect(Object.hasOwn(notes[0]!, '__proto__')).toBe(false);
  });
});

// Thousands of runs each: generous time, since the machines are shared.
describe('parseBackup, fuzzed', { timeout: 60_000 }, () => {
  const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();

  /** What parseBackup must answer for any text: a backup, or a non-empty sentence in both languages. */
  function wellFormed(text: string): boolean {
    const result = parseBackup(text);
    return result.ok
      ? typeof result.backup.exportedAt === 'string'
      : say('en', result.error).length > 0 && say('id', result.error).length > 0;
  }

  afterEach(() => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeys);
  });

  const dangerousKey = fc.constantFrom('__proto__', 'constructor', 'prototype', 'polluted', 'notes', 'v', 'text');
  const poisonedObject = fc
    .array(fc.tuple(dangerousKey, fc.jsonValue({ maxDepth: 3 })), { maxLength: 6 })
    .map(
      (entries) => `{${entries.map(([key, value]) => `${JSON.stringify(key)}:${JSON.stringify(value)}`).join(',')}}`,
    );

  it('answers any string', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), wellFormed), { numRuns: 2000 });
  });

  it('answers any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => wellFormed(JSON.stringify(value) ?? 'null')),
      { numRuns: 2000 },
    );
  });

  it('answers backup-shaped JSON with any version and any notes', () => {
    const shaped = fc.record({
      format: fc.oneof(fc.constant('sidecoach-backup'), fc.jsonValue()),
      version: fc.oneof(fc.integer(), fc.double(), fc.jsonValue()),
      exportedAt: fc.oneof(fc.constant('2025-01-15T08:30:00.000Z'), fc.jsonValue()),
      notes: fc.array(fc.oneof(fc.constant(fixture.notes[0]), fc.jsonValue({ maxDepth: 3 }))),
      settings: fc.jsonValue({ maxDepth: 2 }),
    });
    fc.assert(
      fc.property(shaped, (value) => wellFormed(JSON.stringify(value))),
      { numRuns: 2000 },
    );
  });

  it('answers objects with __proto__ and constructor keys, at the top and inside notes', () => {
    fc.assert(
      fc.property(poisonedObject, poisonedObject, (top, inNote) => {
        // Replacer functions: the generated text may contain `$&`, which a replacement string would expand.
        const text = fixtureText
          .replace('{', () => `{"x":${top},`)
          .replace('"v": 1,', () => `"y":${inNote},"__proto__":${top},"v": 1,`);
        return wellFormed(text) && wellFormed(top) && parseBackup(text).ok;
      }),
      { numRuns: 2000 },
    );
  });

  it('answers deep nesting', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200_000 }), fc.constantFrom('[', '{"a":'), (depth, open) => {
        const close = open === '[' ? ']' : '}';
        return wellFormed(open.repeat(depth) + '1' + close.repeat(depth));
      }),
      { numRuns: 200 },
    );
  });

  it('answers huge strings', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2_000_000 }), fc.constantFrom('"', '', '{"format":"'), (size, prefix) =>
        wellFormed(prefix + 'x'.repeat(size)),
      ),
      { numRuns: 50 },
    );
  });

  it('refuses every truncated backup', () => {
    const text = serializeBackup({ notes: fixture.notes, settings: fixture.settings }, t0);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: text.length - 2 }), (end) => {
        const result = parseBackup(text.slice(0, end));
        return !result.ok && say('en', result.error).length > 0;
      }),
      { numRuns: 2000 },
    );
  });
});
