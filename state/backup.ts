// Export and import, as a registry of sections: each kind of data the leader keeps (notes, the
// team, 1:1 items, checklist progress, settings, reminders, and whatever could not be read) says
// how it is exported, how a file's copy is checked, and what importing it would write. An import
// is planned once for the preview and again at the moment it writes, against what storage holds
// then, under the store lock; everything is written in one storage call, so an import that is
// cut short (the page closed, the browser quit) has applied all of the file or none of it.
import { browser } from 'wxt/browser';
import { recordVisit, type Activity, type ManualTicks } from '../lib/auto-ticks';
import { parseBackup, serializeBackup, type BackupFile } from '../lib/backup';
import { message, type Message, type MessageKey } from '../lib/i18n';
import { parseActivity, parseTicks } from '../lib/model/checklist';
import { isObject, type StoredRecord } from '../lib/model/record';
import { settingsSchema } from '../lib/model/settings';
import { readingSchema, type Reading } from '../lib/model/reading';
import { reminderSettingsSchema } from '../lib/model/reminder-settings';
import { agenda } from './agenda';
import { activityItem, ticksItem } from './checklist';
import type { Collection } from './collection';
import { storageFailure, type StorageFailure } from './failure';
import { KEPT_PREFIX, type StorageItem } from './item';
import { withStoreLock } from './lock';
import { notes } from './notes';
import { readStored } from './read-stored';
import { planReadingsImport, readingsInSnapshot, SERIES_PREFIX } from './readings';
import { reminderSettingsItem } from './reminder-settings';
import { nudgeHistoryItem, parseNudgeHistory, type NudgeHistoryMap } from './reminders';
import { settingsItem } from './settings';
import { team } from './team';

type Snapshot = Readonly<Record<string, unknown>>;

export interface SectionCounts {
  /** New here. */
  added: number;
  /** Newer in the file than here. */
  updated: number;
  /** The same or newer here already. */
  unchanged: number;
  /** Held here in a form this Sidecoach cannot read: left as it is. */
  kept: number;
}

export interface SectionPlan {
  section: SectionId;
  counts: SectionCounts;
  /** The values to write, by storage key. */
  writes: Record<string, unknown>;
}

interface ImportOptions {
  /** Restore settings (and reminder settings) from the file too. */
  withSettings: boolean;
}

type SectionRead<V> = { ok: true; value: V } | { ok: false; error: Message };

interface BackupSection<V> {
  id: SectionId;
  /** What the section holds, as the import preview names it. */
  label: MessageKey;
  /** Only restored when the leader asks for settings to be restored. */
  settings?: boolean;
  /** The section's content for a file, or undefined when there is nothing to keep. */
  export(snapshot: Snapshot): unknown;
  /** Checks a file's copy; a damaged section refuses the whole file. */
  read(value: unknown): SectionRead<V>;
  /** What importing would write, against this snapshot of storage. */
  plan(value: V, snapshot: Snapshot, options: ImportOptions): SectionPlan;
}

export const sectionIds = [
  'notes',
  'members',
  'agenda',
  'checklist',
  'settings',
  'reminders',
  'readings',
  'kept',
] as const;
export type SectionId = (typeof sectionIds)[number];

const none: SectionCounts = { added: 0, updated: 0, unchanged: 0, kept: 0 };

/** Field names a record's error may name, in the leader's words; others are shown as written. */
const fieldNames: Readonly<Record<string, MessageKey>> = {
  id: 'backupFieldId',
  v: 'backupFieldVersion',
  text: 'backupFieldText',
  tags: 'backupFieldTags',
  name: 'backupFieldName',
  createdAt: 'backupFieldCreated',
  updatedAt: 'backupFieldUpdated',
  deletedAt: 'backupFieldDeleted',
  about: 'backupFieldAbout',
};

/** The records of one collection, every one checked before anything is planned. */
function recordSection<T extends StoredRecord>(
  id: SectionId,
  collection: Collection<T>,
  label: MessageKey,
  thing: MessageKey,
): BackupSection<T[]> {
  return {
    id,
    label,
    export: (snapshot) => {
      const records = collection.fromSnapshot(snapshot).records.filter((record) => record.deletedAt === null);
      return records.length > 0 ? records.sort(collection.spec.compare) : undefined;
    },
    read(value) {
      if (!Array.isArray(value))
        return { ok: false, error: message('backupNoList', { thing: message(thing, { n: '' }) }) };
      const records: T[] = [];
      const firstIndex = new Map<string, number>();
      for (const [index, raw] of value.entries()) {
        const n = index + 1;
        const migrated = collection.migrate(raw);
        const version = isObject(migrated) ? migrated.v : undefined;
        if (typeof version === 'number' && version > collection.spec.version) {
          return { ok: false, error: message('backupRecordNewer', { thing: message(thing, { n }) }) };
        }
        const parsed = collection.spec.schema.safeParse(migrated);
        if (!parsed.success) {
          const field = parsed.error.issues[0]?.path[0];
          if (typeof field !== 'string')
            return { ok: false, error: message('backupRecordUnreadable', { thing: message(thing, { n }) }) };
          const fieldName = fieldNames[field] ? message(fieldNames[field]) : field;
          const missing = isObject(raw) && !Object.hasOwn(raw, field);
          return {
            ok: false,
            error: message(missing ? 'backupRecordMissingField' : 'backupRecordBadField', {
              thing: message(thing, { n }),
              field: fieldName,
            }),
          };
        }
        const first = firstIndex.get(parsed.data.id);
        if (first !== undefined) {
          return {
            ok: false,
            error: message('backupDuplicateId', { first: message(thing, { n: first }), second: message(thing, { n }) }),
          };
        }
        firstIndex.set(parsed.data.id, n);
        records.push(parsed.data);
      }
      return { ok: true, value: records };
    },
    plan(records, snapshot) {
      const merge = collection.planMerge(snapshot, records);
      return {
        section: id,
        counts: {
          added: merge.added.length,
          updated: merge.updated.length,
          unchanged: merge.unchanged.length,
          kept: merge.kept.length,
        },
        writes: Object.fromEntries(merge.writes),
      };
    },
  };
}

/** Activity from two devices: every page visited on either, and the higher of each count. */
export function mergeActivity(stored: Activity, incoming: Activity): Activity {
  return {
    visits: incoming.visits.reduce((activity, visit) => recordVisit(activity, visit), stored).visits,
    savedQuestions: Math.max(stored.savedQuestions, incoming.savedQuestions),
    metricNotes: Math.max(stored.metricNotes, incoming.metricNotes),
    teamMembers: Math.max(stored.teamMembers, incoming.teamMembers),
  };
}

/** Whether a single item's stored value differs from `value`. */
function differs<T>(item: StorageItem<T>, snapshot: Snapshot, value: T): boolean {
  return JSON.stringify(item.fromSnapshot(snapshot).value) !== JSON.stringify(value);
}

const checklistSection: BackupSection<{ ticks: ManualTicks; activity: Activity }> = {
  id: 'checklist',
  label: 'backupSectionChecklist',
  export(snapshot) {
    const stored = (name: string) => snapshot[name] !== undefined;
    if (!stored(ticksItem.spec.key) && !stored(activityItem.spec.key)) return undefined;
    return { ticks: ticksItem.fromSnapshot(snapshot).value, activity: activityItem.fromSnapshot(snapshot).value };
  },
  read(value) {
    if (!isObject(value))
      return { ok: false, error: message('backupSectionDamaged', { section: message('backupSectionChecklist') }) };
    const ticks = parseTicks(value.ticks);
    const activity = parseActivity(value.activity);
    if (!ticks.complete || !activity.complete) {
      return { ok: false, error: message('backupSectionDamaged', { section: message('backupSectionChecklist') }) };
    }
    return { ok: true, value: { ticks: ticks.value, activity: activity.value } };
  },
  plan(value, snapshot) {
    const storedTicks = ticksItem.fromSnapshot(snapshot).value;
    const ticks = new Map(Object.entries(storedTicks));
    const counts = { ...none };
    for (const [id, tick] of Object.entries(value.ticks)) {
      const current = ticks.get(id);
      if (current === undefined) counts.added += 1;
      else if (current.at < tick.at) counts.updated += 1;
      else {
        counts.unchanged += 1;
        continue;
      }
      ticks.set(id, tick);
    }
    const activity = mergeActivity(activityItem.fromSnapshot(snapshot).value, value.activity);
    const writes: Record<string, unknown> = {};
    const mergedTicks: ManualTicks = Object.fromEntries(ticks);
    if (differs(ticksItem, snapshot, mergedTicks)) Object.assign(writes, ticksItem.entries(mergedTicks));
    if (differs(activityItem, snapshot, activity)) Object.assign(writes, activityItem.entries(activity));
    return { section: 'checklist', counts, writes };
  },
};

const settingsSection: BackupSection<unknown> = {
  id: 'settings',
  label: 'backupSectionSettings',
  settings: true,
  export: (snapshot) =>
    snapshot[settingsItem.spec.key] === undefined ? undefined : settingsItem.fromSnapshot(snapshot).value,
  // Settings are easy to set again: unreadable ones are skipped, never a reason to refuse the notes.
  read: (value) => {
    const parsed = settingsSchema.safeParse(value);
    return { ok: true, value: parsed.success ? parsed.data : null };
  },
  plan(value, snapshot, { withSettings }) {
    const parsed = settingsSchema.safeParse(value);
    if (!parsed.success || !withSettings) return { section: 'settings', counts: none, writes: {} };
    const changed = differs(settingsItem, snapshot, parsed.data);
    return {
      section: 'settings',
      counts: { ...none, updated: changed ? 1 : 0, unchanged: changed ? 0 : 1 },
      writes: changed ? settingsItem.entries(parsed.data) : {},
    };
  },
};

/** Reminder settings (restored with the settings) and each reminder's history (always merged). */
const remindersSection: BackupSection<{ settings: unknown; history: NudgeHistoryMap }> = {
  id: 'reminders',
  label: 'backupSectionReminders',
  export(snapshot) {
    const settings =
      snapshot[reminderSettingsItem.spec.key] === undefined
        ? undefined
        : reminderSettingsItem.fromSnapshot(snapshot).value;
    const history = nudgeHistoryItem.fromSnapshot(snapshot).value;
    if (settings === undefined && Object.keys(history).length === 0) return undefined;
    return { ...(settings && { settings }), history };
  },
  read(value) {
    if (!isObject(value))
      return { ok: false, error: message('backupSectionDamaged', { section: message('backupSectionReminders') }) };
    const history = value.history === undefined ? { value: {}, complete: true } : parseNudgeHistory(value.history);
    if (!history.complete)
      return { ok: false, error: message('backupSectionDamaged', { section: message('backupSectionReminders') }) };
    return { ok: true, value: { settings: value.settings, history: history.value } };
  },
  plan(value, snapshot, { withSettings }) {
    const writes: Record<string, unknown> = {};
    const counts = { ...none };
    const settings = reminderSettingsSchema.safeParse(value.settings);
    if (withSettings && settings.success && differs(reminderSettingsItem, snapshot, settings.data)) {
      Object.assign(writes, reminderSettingsItem.entries(settings.data));
      counts.updated += 1;
    }
    const history = new Map(Object.entries(nudgeHistoryItem.fromSnapshot(snapshot).value));
    for (const [id, entry] of Object.entries(value.history)) {
      const current = history.get(id) ?? {};
      const merged = { ...current };
      for (const field of ['lastDoneAt', 'lastDismissedAt', 'snoozedUntil', 'lastShownAt'] as const) {
        const later = Math.max(current[field] ?? -1, entry[field] ?? -1);
        if (later >= 0) merged[field] = later;
      }
      history.set(id, merged);
    }
    const mergedHistory: NudgeHistoryMap = Object.fromEntries(history);
    if (differs(nudgeHistoryItem, snapshot, mergedHistory))
      Object.assign(writes, nudgeHistoryItem.entries(mergedHistory));
    return { section: 'reminders', counts, writes };
  },
};

/** The history of what dashboards showed: merged without duplicates, the cap held. */
const readingsSection: BackupSection<Reading[]> = {
  id: 'readings',
  label: 'backupSectionReadings',
  export(snapshot) {
    const readings = readingsInSnapshot(snapshot);
    return readings.length > 0 ? readings : undefined;
  },
  read(value) {
    const damaged = {
      ok: false as const,
      error: message('backupSectionDamaged', { section: message('backupSectionReadings') }),
    };
    if (!Array.isArray(value)) return damaged;
    const readings: Reading[] = [];
    for (const entry of value) {
      const parsed = readingSchema.safeParse(entry);
      if (!parsed.success) return damaged;
      readings.push(parsed.data);
    }
    return { ok: true, value: readings };
  },
  plan(readings, snapshot) {
    const { writes, added, unchanged } = planReadingsImport(snapshot, readings, Date.now());
    return { section: 'readings', counts: { ...none, added, unchanged }, writes };
  },
};

/** Keys whose unreadable values a backup carries, so nothing set aside is lost by moving computers. */
const keptKeyPattern = new RegExp(
  `^(?:${[notes, team, agenda].map((collection) => collection.spec.prefix).join('|')}|${SERIES_PREFIX}|${KEPT_PREFIX})`,
);

/** What could not be read: values set aside under `kept:` keys, and records this Sidecoach cannot read. */
const keptSection: BackupSection<Record<string, unknown>> = {
  id: 'kept',
  label: 'backupSectionKept',
  export(snapshot) {
    const kept = new Map<string, unknown>();
    for (const [name, value] of Object.entries(snapshot)) if (name.startsWith(KEPT_PREFIX)) kept.set(name, value);
    for (const collection of [notes, team, agenda]) {
      for (const problem of collection.fromSnapshot(snapshot).problems) kept.set(problem.key, snapshot[problem.key]);
    }
    return kept.size > 0 ? Object.fromEntries(kept) : undefined;
  },
  read(value) {
    if (!isObject(value) || !Object.keys(value).every((name) => keptKeyPattern.test(name) && name.length <= 200)) {
      return { ok: false, error: message('backupSectionDamaged', { section: message('backupSectionKept') }) };
    }
    return { ok: true, value };
  },
  // Put back only where nothing is stored now: never over a value this device holds.
  plan(value, snapshot) {
    const writes: Record<string, unknown> = {};
    for (const [name, raw] of Object.entries(value)) if (snapshot[name] === undefined) writes[name] = raw;
    const added = Object.keys(writes).length;
    return { section: 'kept', counts: { ...none, added, unchanged: Object.keys(value).length - added }, writes };
  },
};

/** A section whose checked value is only ever handed back to its own `plan`. */
type AnySection = Omit<BackupSection<unknown>, 'plan'> & {
  plan(value: unknown, snapshot: Snapshot, options: ImportOptions): SectionPlan;
};

function register<V>(section: BackupSection<V>): AnySection {
  // The value `plan` receives is what this section's own `read` returned.
  return { ...section, plan: (value, snapshot, options) => section.plan(value as V, snapshot, options) };
}

/** Every section, in the order a file lists them and a preview shows them. */
export const backupSections: readonly AnySection[] = [
  register(recordSection('notes', notes, 'backupSectionNotes', 'backupThingNote')),
  register(recordSection('members', team, 'backupSectionMembers', 'backupThingMember')),
  register(recordSection('agenda', agenda, 'backupSectionAgenda', 'backupThingAgendaItem')),
  register(checklistSection),
  register(settingsSection),
  register(remindersSection),
  register(readingsSection),
  register(keptSection),
];

/**
 * Everything stored on this device, for an export or an import's plan, read many keys at a time
 * (with 10,000 notes, one `get(null)` took 700–740 ms, the same keys 200 a call 210–290 ms). Read
 * under the store lock (an import) it is one snapshot all the same: every writer of `local` holds
 * that lock, shared, while it writes, so none can write between two of the calls.
 */
const readEverything = (): Promise<Snapshot> => readStored('local', () => true);

/** The backup file of everything stored now. */
export async function exportBackup(now = Date.now()): Promise<string> {
  const snapshot = await readEverything();
  const sections: Record<string, unknown> = {};
  for (const section of backupSections) {
    const value = section.export(snapshot);
    if (value !== undefined) sections[section.id] = value;
  }
  return serializeBackup(sections, now);
}

/** A file, checked in full and ready to plan or import. */
export interface CheckedBackup {
  file: BackupFile;
  values: ReadonlyMap<SectionId, unknown>;
  /** Whether the file holds settings the leader may choose to restore. */
  hasSettings: boolean;
}

/** Reads a backup file's text and checks every section in it. Never throws. */
export function checkBackup(text: string): { ok: true; backup: CheckedBackup } | { ok: false; error: Message } {
  const parsed = parseBackup(text);
  if (!parsed.ok) return parsed;
  const values = new Map<SectionId, unknown>();
  for (const section of backupSections) {
    if (!parsed.backup.sections.has(section.id)) continue;
    const read = section.read(parsed.backup.sections.get(section.id));
    if (!read.ok) return { ok: false, error: read.error };
    values.set(section.id, read.value);
  }
  if (values.size === 0) return { ok: false, error: message('backupEmpty') };
  const settings = values.get('settings');
  const reminders = values.get('reminders') as { settings?: unknown } | undefined;
  const hasSettings = (settings !== undefined && settings !== null) || reminders?.settings !== undefined;
  return { ok: true, backup: { file: parsed.backup, values, hasSettings } };
}

/** What importing would do against this snapshot, section by section. */
export function planImport(backup: CheckedBackup, snapshot: Snapshot, options: ImportOptions): SectionPlan[] {
  return backupSections.flatMap((section) =>
    backup.values.has(section.id) ? [section.plan(backup.values.get(section.id), snapshot, options)] : [],
  );
}

/** What importing the file would do now. Rejects only if storage cannot be read. */
export async function previewImport(backup: CheckedBackup, options: ImportOptions): Promise<SectionPlan[]> {
  return planImport(backup, await readEverything(), options);
}

export type ImportResult = { ok: true; plans: SectionPlan[]; written: number } | StorageFailure;

/**
 * Imports the file: plans it again against what storage holds at this moment, with no other write
 * in between, and writes it all in one storage call. Never throws.
 */
export async function applyImport(backup: CheckedBackup, options: ImportOptions): Promise<ImportResult> {
  try {
    return await withStoreLock(async () => {
      const plans = planImport(backup, await readEverything(), options);
      const writes = Object.assign({}, ...plans.map((plan) => plan.writes)) as Record<string, unknown>;
      const written = Object.keys(writes).length;
      if (written > 0) await browser.storage.local.set(writes);
      return { ok: true as const, plans, written };
    });
  } catch (error) {
    return storageFailure(error);
  }
}

export { none as noCounts };
export type { ImportOptions };
