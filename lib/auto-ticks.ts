// The checklist ticks itself from what the leader does in Sidecoach: pages opened, questions
// saved, notes written, people added. Pure, so it is tested in Node; the caller reads storage and
// hands in an `Activity`. The leader's own tick or untick always wins over an automatic one.
import {
  checklistPhaseSchema,
  idSchema,
  surfaceKindSchema,
  type ChecklistItem,
  type ChecklistPhase,
  type LocalizedText,
  type SurfaceKind,
} from '../content/schema';
import { message, type DateParam, type Message, type MessageKey, type MessageParam } from './i18n';
import { z } from './zod';

/** The first time the leader opened one surface of one platform with Sidecoach. */
export const visitSchema = z.object({
  platform: idSchema,
  /** The surface id, as context detection reports it. */
  surface: idSchema,
  kind: surfaceKindSchema,
  at: z.number(),
});
export type Visit = z.infer<typeof visitSchema>;

export interface Activity {
  /** One entry per platform and surface, the first visit only. */
  visits: Visit[];
  /** Questions and metric cards saved for a 1:1. */
  savedQuestions: number;
  /** Notes tied to a metric, deleted ones left out. */
  metricNotes: number;
  /** People in the team roster. */
  teamMembers: number;
}

export const noActivity: Activity = { visits: [], savedQuestions: 0, metricNotes: 0, teamMembers: 0 };

/**
 * Adds a visit unless that platform and surface were visited before. Returns the same object
 * when nothing changed, so the caller can skip a storage write. Past `max` entries the oldest
 * go: the library has far fewer surfaces than that, so only stale or odd ids are ever dropped.
 */
export function recordVisit(activity: Activity, visit: Visit, max = 1000): Activity {
  const seen = activity.visits.some((old) => old.platform === visit.platform && old.surface === visit.surface);
  if (seen) return activity;
  return { ...activity, visits: [...activity.visits, visit].slice(-max) };
}

/** What the platforms are called, so a reason can name them; `library.platforms` fits. */
export type PlatformNames = readonly {
  id: string;
  name: LocalizedText;
  surfaces: readonly { id: string; name: LocalizedText }[];
}[];

export interface AutoTickOptions {
  /**
   * What the platforms are called, for the reasons. A view that shows no reason (the popup's next
   * step) leaves it out and carries none of the platforms' data; its reasons name platforms by id.
   */
  platforms?: PlatformNames;
  /** For dates; the device's own time zone when left out. */
  timeZone?: string;
}

export interface AutoTickResult {
  done: boolean;
  /** Why it counts as done, as a message the interface words; null when it is not done. */
  because: Message | null;
}

/** What "opened the analytics on three platforms" says, per kind of surface. */
const kindKeys: Record<SurfaceKind, MessageKey> = {
  feed: 'checklistKindFeed',
  profile: 'checklistKindProfile',
  inbox: 'checklistKindInbox',
  publishing: 'checklistKindPublishing',
  ads: 'checklistKindAds',
  analytics: 'checklistKindAnalytics',
};

function names(visit: Visit, platforms: PlatformNames = []): { platform: MessageParam; surface: MessageParam } {
  const platform = platforms.find((candidate) => candidate.id === visit.platform);
  const surface = platform?.surfaces.find((candidate) => candidate.id === visit.surface);
  return {
    platform: platform?.name ?? visit.platform,
    surface: surface?.name ?? message(kindKeys[visit.kind]),
  };
}

/** The earliest visit of this kind on each platform, in the order the platforms were first opened. */
function firstVisitPerPlatform(visits: readonly Visit[], kind: SurfaceKind): Visit[] {
  const byTime = visits.filter((visit) => visit.kind === kind).sort((a, b) => a.at - b.at);
  return byTime.filter((visit, index) => byTime.findIndex((other) => other.platform === visit.platform) === index);
}

function dayOf(at: number, options: AutoTickOptions): DateParam {
  return { date: at, style: 'day-month', timeZone: options.timeZone };
}

function visitedBecause(qualifying: readonly Visit[], options: AutoTickOptions): Message {
  const last = qualifying[qualifying.length - 1];
  const date = dayOf(last.at, options);
  if (qualifying.length === 1) {
    const { platform, surface } = names(last, options.platforms);
    return message('checklistBecauseVisitedOne', { surface, platform, date });
  }
  const platforms = { list: qualifying.map((visit) => names(visit, options.platforms).platform) };
  return message('checklistBecauseVisitedMany', { kind: message(kindKeys[last.kind]), platforms, date });
}

function counted(have: number, need: number, one: MessageKey, many: MessageKey): AutoTickResult {
  if (have < need) return { done: false, because: null };
  return { done: true, because: have === 1 ? message(one) : message(many, { count: have }) };
}

/** Whether the leader's activity shows the item done, and why. Items without `autoTick` never are. */
export function evaluateAutoTick(item: ChecklistItem, activity: Activity, options: AutoTickOptions): AutoTickResult {
  const rule = item.autoTick;
  if (!rule) return { done: false, because: null };
  switch (rule.kind) {
    case 'visited': {
      const firsts = firstVisitPerPlatform(activity.visits, rule.surface);
      // A named platform needs that one platform; otherwise `count` different platforms.
      const qualifying = rule.platform
        ? firsts.filter((visit) => visit.platform === rule.platform)
        : firsts.slice(0, rule.count);
      const enough = qualifying.length >= (rule.platform ? 1 : rule.count);
      return enough ? { done: true, because: visitedBecause(qualifying, options) } : { done: false, because: null };
    }
    case 'saved-question':
      return counted(activity.savedQuestions, rule.count, 'checklistBecauseSavedOne', 'checklistBecauseSavedMany');
    case 'metric-note':
      return counted(activity.metricNotes, rule.count, 'checklistBecauseNoteOne', 'checklistBecauseNoteMany');
    case 'team-member':
      return counted(activity.teamMembers, rule.count, 'checklistBecauseTeamOne', 'checklistBecauseTeamMany');
  }
}

/** The leader's own ticks by item id. `done: false` is an untick, and beats an automatic tick. */
export type ManualTicks = Record<string, { done: boolean; at: number }>;

export interface ItemProgress {
  id: string;
  done: boolean;
  /** What decided `done`: the leader, their activity, or nothing yet. */
  source: 'manual' | 'auto' | null;
  because: Message | null;
}

export interface ChecklistProgress {
  items: ItemProgress[];
  /** Every phase, so an empty one shows 0 of 0 rather than going missing. */
  phases: Record<ChecklistPhase, { done: number; total: number }>;
}

/** Each item's state, in the order given, and how far along each phase is. */
export function checklistProgress(
  items: readonly ChecklistItem[],
  manualTicks: ManualTicks,
  activity: Activity,
  options: AutoTickOptions,
): ChecklistProgress {
  const progress = items.map((item): ItemProgress => {
    const manual = Object.hasOwn(manualTicks, item.id) ? manualTicks[item.id] : undefined;
    if (manual?.done) {
      return {
        id: item.id,
        done: true,
        source: 'manual',
        because: message('checklistBecauseTicked', { date: dayOf(manual.at, options) }),
      };
    }
    if (manual) return { id: item.id, done: false, source: 'manual', because: null };
    const auto = evaluateAutoTick(item, activity, options);
    return { id: item.id, done: auto.done, source: auto.done ? 'auto' : null, because: auto.because };
  });
  const phases = Object.fromEntries(
    checklistPhaseSchema.options.map((phase) => {
      const inPhase = progress.filter((_, index) => items[index].phase === phase);
      return [phase, { done: inPhase.filter((item) => item.done).length, total: inPhase.length }];
    }),
  ) as ChecklistProgress['phases'];
  return { items: progress, phases };
}

/** The checklist's stages in order, each with the key of its name. */
export const checklistPhases: readonly { id: ChecklistPhase; label: MessageKey }[] = [
  { id: 'first-week', label: 'phaseFirstWeek' },
  { id: 'first-30-days', label: 'phaseFirst30Days' },
  { id: 'first-60-days', label: 'phaseFirst60Days' },
  { id: 'first-90-days', label: 'phaseFirst90Days' },
];

export interface ChecklistStage {
  /** The first stage with something left to do (the last stage when all is done). */
  phase: ChecklistPhase;
  /** The first item of that stage not done; null when all is done. */
  next: ChecklistItem | null;
}

/** Where the leader is in the checklist: the stage to show and the step to do next. */
export function checklistStage(items: readonly ChecklistItem[], progress: ChecklistProgress): ChecklistStage {
  const left = checklistPhases.find(({ id }) => progress.phases[id].done < progress.phases[id].total);
  const phase = left?.id ?? 'first-90-days';
  const done = new Set(progress.items.filter((item) => item.done).map((item) => item.id));
  return { phase, next: items.find((item) => item.phase === phase && !done.has(item.id)) ?? null };
}
