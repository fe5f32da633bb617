// The team's workload map: how many hours each person's hats add up to, who is stretched or
// overloaded, and concrete ways to lighten an overloaded person's week (automate, share, remove).
// Pure and deterministic, so it is tested in Node and the same roster always gives the same advice.
import { message, type Message, type MessageKey } from './i18n';
import { hatNameKeys, hats, type Hat, type Member } from './model/member';

/**
 * Sidecoach's own thresholds, chosen as a simple prompt to talk, not a research figure: above 90%
 * of the weekly hours a person is "stretched", above 110% "overloaded".
 */
export const STRETCHED_ABOVE = 0.9;
export const OVERLOADED_ABOVE = 1.1;
export const DEFAULT_WEEKLY_HOURS = 40;

export type HatHours = Record<Hat, number>;
export type LoadLevel = 'ok' | 'stretched' | 'overloaded';

export interface MemberLoad {
  memberId: string;
  /** Hours a week across all the person's hats. */
  total: number;
  /** The weekly hours a person is expected to work. */
  capacity: number;
  /** total / capacity: 1 is a full week. */
  load: number;
  level: LoadLevel;
}

export interface WorkloadOptions {
  /** A full working week, in hours; must be above 0. */
  weeklyHours?: number;
}

export interface Suggestion {
  memberId: string;
  hat: Hat;
  action: 'remove' | 'share' | 'automate';
  /** The suggestion, with the names in it, for the interface to word. */
  text: Message;
}

function noHours(): HatHours {
  return Object.fromEntries(hats.map((hat) => [hat, 0])) as HatHours;
}

/** One person's hours a week in total and per hat (0 for hats they do not wear). */
export function workloadOf(member: Pick<Member, 'hats'>): { total: number; byHat: HatHours } {
  const byHat = noHours();
  let total = 0;
  for (const { hat, hoursPerWeek } of member.hats) {
    byHat[hat] += hoursPerWeek;
    total += hoursPerWeek;
  }
  return { total, byHat };
}

export function levelOf(load: number): LoadLevel {
  if (load > OVERLOADED_ABOVE) return 'overloaded';
  if (load > STRETCHED_ABOVE) return 'stretched';
  return 'ok';
}

/**
 * Each person's load, in roster order, and the hours each hat takes across the team. People
 * removed from the roster (`deletedAt` set) are left out. Throws a RangeError for a week of 0 or
 * fewer hours, which would make every load meaningless.
 */
export function teamWorkload(
  members: readonly Member[],
  { weeklyHours = DEFAULT_WEEKLY_HOURS }: WorkloadOptions = {},
): { members: MemberLoad[]; byHat: HatHours } {
  if (!(weeklyHours > 0) || !Number.isFinite(weeklyHours)) {
    throw new RangeError(`weeklyHours must be a positive number, not ${weeklyHours}`);
  }
  const byHat = noHours();
  const loads = members
    .filter((member) => member.deletedAt === null)
    .map((member): MemberLoad => {
      const own = workloadOf(member);
      for (const hat of hats) byHat[hat] += own.byHat[hat];
      const load = own.total / weeklyHours;
      return { memberId: member.id, total: own.total, capacity: weeklyHours, load, level: levelOf(load) };
    });
  return { members: loads, byHat };
}

/**
 * Wraps a name in Unicode isolates, so a right-to-left name cannot reorder the sentence around it.
 */
function isolate(name: string): string {
  return `\u2068${name}\u2069`;
}

/** Only hats with a repetitive scheduling or reporting part the usual tools can take over. */
const automationKeys: Partial<Record<Hat, MessageKey>> = {
  'content-creator': 'workloadAutomateContentCreator',
  'community-manager': 'workloadAutomateCommunityManager',
  analyst: 'workloadAutomateAnalyst',
  'ad-buyer': 'workloadAutomateAdBuyer',
};

/** For each hat, a kind of recurring work that is often worth agreeing to stop. */
const removalKeys: Record<Hat, MessageKey> = {
  'content-creator': 'workloadRemoveContentCreator',
  'community-manager': 'workloadRemoveCommunityManager',
  strategist: 'workloadRemoveStrategist',
  analyst: 'workloadRemoveAnalyst',
  designer: 'workloadRemoveDesigner',
  video: 'workloadRemoveVideo',
  writer: 'workloadRemoveWriter',
  photographer: 'workloadRemovePhotographer',
  'crisis-communicator': 'workloadRemoveCrisisCommunicator',
  'ad-buyer': 'workloadRemoveAdBuyer',
};

function shareText(hat: Hat, from: string, to: string, hours: number, knowsHat: boolean): Message {
  return message(knowsHat ? 'workloadShareKnows' : 'workloadShareTeach', {
    hat: message(hatNameKeys[hat]),
    from,
    to,
    hours: message(hours === 1 ? 'workloadHoursOne' : 'workloadHoursMany', { hours }),
  });
}

function hoursFor(member: Member, hat: Hat): number {
  return member.hats.find((entry) => entry.hat === hat)?.hoursPerWeek ?? 0;
}

/**
 * For each overloaded person (most overloaded first; ties keep roster order), at most three
 * suggestions, one of each kind: automate the repetitive part of their biggest automatable hat;
 * share their biggest hat a teammate can take part of; agree to remove recurring work from their
 * biggest hat not yet covered. A teammate's spare hours (up to the "stretched" line) are used up
 * as they are offered, so no one is offered to everyone. Removed people are left out entirely.
 */
export function suggestions(members: readonly Member[], options: WorkloadOptions = {}): Suggestion[] {
  const active = members.filter((member) => member.deletedAt === null);
  const loads = teamWorkload(active, options).members;
  const spare = new Map(loads.map((load) => [load.memberId, load.capacity * STRETCHED_ABOVE - load.total]));
  const overloaded = loads
    .map((load, index) => ({ load, member: active[index]! }))
    .filter(({ load }) => load.level === 'overloaded')
    .sort((a, b) => b.load.load - a.load.load);

  return overloaded.flatMap(({ member, load }) => {
    const name = isolate(member.name);
    // Biggest hats first; ties in the order hats are listed.
    const worn = member.hats
      .filter((entry) => entry.hoursPerWeek > 0)
      .sort((a, b) => b.hoursPerWeek - a.hoursPerWeek || hats.indexOf(a.hat) - hats.indexOf(b.hat));
    const found: Suggestion[] = [];

    const automatable = worn.find((entry) => automationKeys[entry.hat]);
    if (automatable) {
      const text = message(automationKeys[automatable.hat]!, { name });
      found.push({ memberId: member.id, hat: automatable.hat, action: 'automate', text });
    }

    for (const { hat, hoursPerWeek } of worn) {
      // Share at most half a hat: the person keeps it, with help, rather than handing it over.
      const wanted = Math.min(hoursPerWeek / 2, load.total - load.capacity);
      // The teammate who can take the most of it, up to what is wanted; among equals, someone who
      // already wears the hat (they know the work), then roster order.
      const teammate = active
        .filter((other) => other.id !== member.id)
        .map((other, index) => {
          const room = spare.get(other.id) ?? 0;
          return { other, index, room, hours: Math.floor(Math.min(wanted, room)), knowsHat: hoursFor(other, hat) > 0 };
        })
        .sort((a, b) => b.hours - a.hours || Number(b.knowsHat) - Number(a.knowsHat) || a.index - b.index)[0];
      if (!teammate || teammate.hours < 1) continue;
      spare.set(teammate.other.id, teammate.room - teammate.hours);
      const text = shareText(hat, name, isolate(teammate.other.name), teammate.hours, teammate.knowsHat);
      found.push({ memberId: member.id, hat, action: 'share', text });
      break;
    }

    const toRemove = worn.find((entry) => !found.some((suggestion) => suggestion.hat === entry.hat)) ?? worn[0]!;
    found.push({
      memberId: member.id,
      hat: toRemove.hat,
      action: 'remove',
      text: message(removalKeys[toRemove.hat], { name }),
    });
    return found;
  });
}
