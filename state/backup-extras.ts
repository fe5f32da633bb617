// The parts of a backup beyond notes: the team roster, the 1:1 items and checklist progress.
// Read from storage for an export; checked in full and merged by id on import, newer wins, so
// importing the same file twice changes nothing the second time.
import { browser } from 'wxt/browser';
import type { LocalizedText } from '../content/schema';
import { recordVisit } from '../lib/auto-ticks';
import { reminderSettingsSchema, type ReminderSettings } from '../lib/schedule';
import { z } from '../lib/zod';
import { agendaItemSchema, agendaKey, parseAgenda, type AgendaItem } from './agenda';
import { activityKey, activitySchema, manualTicksSchema, parseChecklistState, ticksKey } from './checklist';
import { parseReminderSettings, REMINDER_SETTINGS_KEY } from './reminders';
import { isMemberKey, memberKey, memberSchema, readStoredMember, type Member } from './team';

export const teamSectionSchema = z.object({
  members: z.array(memberSchema),
  agenda: z.array(agendaItemSchema),
  /** Check-in reminders, quiet hours and crisis mode; restored with the other settings. */
  reminders: reminderSettingsSchema.optional(),
});
export type TeamSection = z.infer<typeof teamSectionSchema>;

export const checklistSectionSchema = z.object({ ticks: manualTicksSchema, activity: activitySchema });
export type ChecklistSection = z.infer<typeof checklistSectionSchema>;

/** Everything besides notes, as stored now; unreadable entries stay out (and stay stored). */
export async function readExtras(): Promise<{ team: TeamSection; checklist: ChecklistSection }> {
  const all = await browser.storage.local.get(null);
  const members = Object.entries(all).flatMap(([key, value]) => {
    if (!isMemberKey(key)) return [];
    const read = readStoredMember(key, value);
    return read.ok ? [read.member] : [];
  });
  const reminders =
    all[REMINDER_SETTINGS_KEY] === undefined ? undefined : parseReminderSettings(all[REMINDER_SETTINGS_KEY]).settings;
  return {
    team: { members, agenda: parseAgenda(all), ...(reminders && { reminders }) },
    checklist: parseChecklistState(all),
  };
}

export interface ExtrasPlan {
  members: Member[];
  agenda: AgendaItem[];
  /** Ticks merged with the ones stored, the later of each. */
  ticks: ChecklistSection['ticks'] | null;
  /** Reminder settings from the file, written only when the leader restores settings. */
  reminders: ReminderSettings | null;
}

export type ExtrasRead =
  { ok: true; team: TeamSection | null; checklist: ChecklistSection | null } | { ok: false; error: LocalizedText };

/** Checks a backup's team and checklist sections; a wrong one refuses the whole import. */
export function readBackupExtras(team: unknown, checklist: unknown): ExtrasRead {
  const parsedTeam = team === undefined ? null : teamSectionSchema.safeParse(team);
  const parsedChecklist = checklist === undefined ? null : checklistSectionSchema.safeParse(checklist);
  if (parsedTeam?.success === false || parsedChecklist?.success === false) {
    return {
      ok: false,
      error: {
        en: 'The team or checklist part of this file is damaged, so nothing was imported.',
        id: 'Bagian tim atau checklist di file ini rusak, jadi tidak ada yang diimpor.',
      },
    };
  }
  return { ok: true, team: parsedTeam?.data ?? null, checklist: parsedChecklist?.data ?? null };
}

/** What importing would write: people and 1:1 items that are new or newer here, and merged ticks. */
export function planExtras(
  stored: { team: TeamSection; checklist: ChecklistSection },
  incoming: { team: TeamSection | null; checklist: ChecklistSection | null },
): ExtrasPlan {
  const newer = <T extends { id: string; updatedAt: number }>(have: readonly T[], take: readonly T[]) => {
    const byId = new Map(have.map((item) => [item.id, item]));
    return take.filter((item) => (byId.get(item.id)?.updatedAt ?? -1) < item.updatedAt);
  };
  let ticks: ChecklistSection['ticks'] | null = null;
  if (incoming.checklist) {
    ticks = { ...stored.checklist.ticks };
    for (const [id, tick] of Object.entries(incoming.checklist.ticks)) {
      if ((ticks[id]?.at ?? -1) < tick.at) ticks[id] = tick;
    }
  }
  return {
    members: incoming.team ? newer(stored.team.members, incoming.team.members) : [],
    agenda: incoming.team ? newer(stored.team.agenda, incoming.team.agenda) : [],
    ticks,
    reminders: incoming.team?.reminders ?? null,
  };
}

/** Activity from two devices: every page visited on either, and the higher of each count. */
export function mergeActivity(
  stored: ChecklistSection['activity'],
  incoming: ChecklistSection['activity'],
): ChecklistSection['activity'] {
  return {
    visits: incoming.visits.reduce((activity, visit) => recordVisit(activity, visit), stored).visits,
    savedQuestions: Math.max(stored.savedQuestions, incoming.savedQuestions),
    metricNotes: Math.max(stored.metricNotes, incoming.metricNotes),
    teamMembers: Math.max(stored.teamMembers, incoming.teamMembers),
  };
}

/** Writes the plan in one storage call; reminder settings only with `withSettings`. */
export async function applyExtras(
  plan: ExtrasPlan,
  activity: ChecklistSection['activity'] | null,
  withSettings = false,
): Promise<void> {
  const writes: Record<string, unknown> = {};
  if (withSettings && plan.reminders) writes[REMINDER_SETTINGS_KEY] = plan.reminders;
  for (const member of plan.members) writes[memberKey(member.id)] = member;
  for (const item of plan.agenda) writes[agendaKey(item.id)] = item;
  if (plan.ticks) writes[ticksKey] = plan.ticks;
  if (activity) writes[activityKey] = activity;
  if (Object.keys(writes).length > 0) await browser.storage.local.set(writes);
}
