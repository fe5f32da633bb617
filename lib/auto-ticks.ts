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
  platforms: PlatformNames;
  /** For dates; the device's own time zone when left out. */
  timeZone?: string;
}

export interface AutoTickResult {
  done: boolean;
  /** Why it counts as done, in words the leader recognises; null when it is not done. */
  because: LocalizedText | null;
}

const locales = { en: 'en-GB', id: 'id-ID' } as const;

/** "3 Nov" and "3 Nov" (or "5 Aug" and "5 Agu"): each language formats its own date. */
function dayMonth(at: number, timeZone: string | undefined): LocalizedText {
  const format = (language: keyof typeof locales) =>
    new Intl.DateTimeFormat(locales[language], { day: 'numeric', month: 'short', timeZone }).format(at);
  return { en: format('en'), id: format('id') };
}

/** "LinkedIn, Instagram and TikTok" / "LinkedIn, Instagram, dan TikTok". */
function list(names: readonly LocalizedText[]): LocalizedText {
  const join = (language: keyof typeof locales) =>
    new Intl.ListFormat(locales[language], { type: 'conjunction' }).format(names.map((name) => name[language]));
  return { en: join('en'), id: join('id') };
}

/** What "opened the analytics on three platforms" says, per kind of surface. */
const kindWords: Record<SurfaceKind, LocalizedText> = {
  feed: { en: 'the feed', id: 'feed' },
  profile: { en: 'profiles', id: 'profil' },
  inbox: { en: 'the inbox', id: 'inbox' },
  publishing: { en: 'the publishing tools', id: 'alat publikasi' },
  ads: { en: 'the ads tools', id: 'alat iklan' },
  analytics: { en: 'analytics', id: 'analytics' },
};

function names(visit: Visit, platforms: PlatformNames): { platform: LocalizedText; surface: LocalizedText } {
  const platform = platforms.find((candidate) => candidate.id === visit.platform);
  const surface = platform?.surfaces.find((candidate) => candidate.id === visit.surface);
  return {
    platform: platform?.name ?? { en: visit.platform, id: visit.platform },
    surface: surface?.name ?? kindWords[visit.kind],
  };
}

/** The earliest visit of this kind on each platform, in the order the platforms were first opened. */
function firstVisitPerPlatform(visits: readonly Visit[], kind: SurfaceKind): Visit[] {
  const byTime = visits.filter((visit) => visit.kind === kind).sort((a, b) => a.at - b.at);
  return byTime.filter((visit, index) => byTime.findIndex((other) => other.platform === visit.platform) === index);
}

function visitedBecause(qualifying: readonly Visit[], options: AutoTickOptions): LocalizedText {
  const last = qualifying[qualifying.length - 1];
  const date = dayMonth(last.at, options.timeZone);
  if (qualifying.length === 1) {
    const { platform, surface } = names(last, options.platforms);
    return {
      en: `You opened ${surface.en} on ${platform.en} with Sidecoach on ${date.en}.`,
      id: `Anda membuka ${surface.id} di ${platform.id} dengan Sidecoach pada ${date.id}.`,
    };
  }
  const platforms = list(qualifying.map((visit) => names(visit, options.platforms).platform));
  const kind = kindWords[last.kind];
  return {
    en: `You opened ${kind.en} on ${platforms.en} with Sidecoach, the last of them on ${date.en}.`,
    id: `Anda membuka ${kind.id} di ${platforms.id} dengan Sidecoach, yang terakhir pada ${date.id}.`,
  };
}

function counted(have: number, need: number, because: (count: number) => LocalizedText): AutoTickResult {
  return have >= need ? { done: true, because: because(have) } : { done: false, because: null };
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
      return counted(activity.savedQuestions, rule.count, (count) =>
        count === 1
          ? { en: 'You saved a question for a 1:1.', id: 'Anda sudah menyimpan satu pertanyaan untuk 1:1.' }
          : {
              en: `You saved ${count} questions or metric cards for your 1:1s.`,
              id: `Anda sudah menyimpan ${count} pertanyaan atau kartu metrik untuk 1:1.`,
            },
      );
    case 'metric-note':
      return counted(activity.metricNotes, rule.count, (count) =>
        count === 1
          ? { en: 'You wrote a note about a metric.', id: 'Anda sudah menulis satu catatan tentang metrik.' }
          : {
              en: `You wrote ${count} notes about metrics.`,
              id: `Anda sudah menulis ${count} catatan tentang metrik.`,
            },
      );
    case 'team-member':
      return counted(activity.teamMembers, rule.count, (count) =>
        count === 1
          ? { en: 'Your team roster has one person in it.', id: 'Daftar tim Anda sudah berisi satu orang.' }
          : {
              en: `Your team roster has ${count} people in it.`,
              id: `Daftar tim Anda sudah berisi ${count} orang.`,
            },
      );
  }
}

/** The leader's own ticks by item id. `done: false` is an untick, and beats an automatic tick. */
export type ManualTicks = Record<string, { done: boolean; at: number }>;

export interface ItemProgress {
  id: string;
  done: boolean;
  /** What decided `done`: the leader, their activity, or nothing yet. */
  source: 'manual' | 'auto' | null;
  because: LocalizedText | null;
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
      const date = dayMonth(manual.at, options.timeZone);
      return {
        id: item.id,
        done: true,
        source: 'manual',
        because: { en: `You ticked this on ${date.en}.`, id: `Anda mencentang ini pada ${date.id}.` },
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
