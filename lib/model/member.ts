// A person on the leader's team: the platforms they run and the "hats" they wear, with the hours
// each takes, because a social media manager is often creator, community manager, analyst and
// more at once (lib/workload.ts turns the hours into the team's workload map).
import { idSchema } from '../../content/schema';
import { message, type Message, type MessageKey } from '../i18n';
import { z } from '../zod';
import { compareIds, DAY_MS, recordIdSchema, timestampSchema } from './record';

export const MEMBER_VERSION = 1;
export const MAX_NAME_LENGTH = 200;
export const MAX_ROLE_LENGTH = 200;
export const MAX_HOURS_PER_HAT = 80;
export const DEFAULT_CHECK_IN_EVERY_DAYS = 14;
const MAX_PLATFORMS = 50;

/** The hats one social media person may wear, in the order the Team view lists them. */
export const hats = [
  'content-creator',
  'community-manager',
  'strategist',
  'analyst',
  'designer',
  'video',
  'writer',
  'photographer',
  'crisis-communicator',
  'ad-buyer',
] as const;
export const hatSchema = z.enum(hats);
export type Hat = z.infer<typeof hatSchema>;

/** The interface string that names each hat. */
export const hatNameKeys: Record<Hat, MessageKey> = {
  'content-creator': 'hatContentCreator',
  'community-manager': 'hatCommunityManager',
  strategist: 'hatStrategist',
  analyst: 'hatAnalyst',
  designer: 'hatDesigner',
  video: 'hatVideo',
  writer: 'hatWriter',
  photographer: 'hatPhotographer',
  'crisis-communicator': 'hatCrisisCommunicator',
  'ad-buyer': 'hatAdBuyer',
};

/** Length in code points, so an emoji counts as one character rather than two UTF-16 units. */
function characters(text: string): number {
  return [...text].length;
}

/** Control characters (line breaks, tabs…) would break a name across lines in lists and exports. */
const controlCharacter = /\p{Cc}/u;

export const memberSchema = z.object({
  v: z.literal(MEMBER_VERSION),
  /** The same shape notes use to point at a team member (`about.teamMember`). */
  id: recordIdSchema,
  /** Any script, emoji and right-to-left included; plain text, one line. */
  name: z.string().check(
    z.refine((name) => name.trim() !== '', 'a member needs a name'),
    z.refine((name) => characters(name) <= MAX_NAME_LENGTH, `a name is at most ${MAX_NAME_LENGTH} characters`),
    z.refine((name) => !controlCharacter.test(name), 'a name is one line'),
  ),
  role: z.string().check(
    z.refine((role) => characters(role) <= MAX_ROLE_LENGTH, `a role is at most ${MAX_ROLE_LENGTH} characters`),
    z.refine((role) => !controlCharacter.test(role), 'a role is one line'),
  ),
  /** Platform ids from the library that this person works on. */
  platforms: z.array(idSchema).check(
    z.maxLength(MAX_PLATFORMS),
    z.refine((ids) => new Set(ids).size === ids.length, 'a platform appears twice'),
  ),
  hats: z
    .array(z.object({ hat: hatSchema, hoursPerWeek: z.number().check(z.minimum(0), z.maximum(MAX_HOURS_PER_HAT)) }))
    .check(z.refine((worn) => new Set(worn.map((entry) => entry.hat)).size === worn.length, 'a hat appears twice')),
  /** How often the leader means to check in with this person, in days. */
  checkInEveryDays: z.int().check(z.minimum(1), z.maximum(90)),
  lastCheckInAt: z.nullable(timestampSchema),
  createdAt: timestampSchema,
  /** Also the member's version for last-writer-wins: every save makes it larger. */
  updatedAt: timestampSchema,
  /** Set when removed from the roster; kept so undo works and notes about them still have a name. */
  deletedAt: z.nullable(timestampSchema),
});
export type Member = z.infer<typeof memberSchema>;

const byName = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** Alphabetical by name, then oldest first, so equal names keep a stable order. */
export function compareMembers(a: Member, b: Member): number {
  return byName.compare(a.name, b.name) || a.createdAt - b.createdAt || compareIds(a, b);
}

/** Members in their order (`compareMembers`). Returns a new array. */
export function sortMembers(members: readonly Member[]): Member[] {
  return [...members].sort(compareMembers);
}

export interface MemberInput {
  name: string;
  role?: string;
  platforms?: readonly string[];
  hats?: readonly Member['hats'][number][];
  checkInEveryDays?: number;
}

/** A new, unsaved member. */
export function createMember(input: MemberInput, now = Date.now()): Member {
  return {
    v: MEMBER_VERSION,
    id: crypto.randomUUID(),
    // NFC, so the same name typed on two keyboards is stored the same way.
    name: input.name.normalize('NFC').trim(),
    role: (input.role ?? '').normalize('NFC').trim(),
    platforms: [...new Set(input.platforms ?? [])],
    hats: (input.hats ?? []).map((entry) => ({ ...entry })),
    checkInEveryDays: input.checkInEveryDays ?? DEFAULT_CHECK_IN_EVERY_DAYS,
    lastCheckInAt: null,
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
  };
}

/** Why a member cannot be saved, in words for the leader: never the validator's own text. */
export function invalidMemberMessage(member: Member, error: z.core.$ZodError): Message {
  const field = error.issues[0]?.path[0];
  if (field === 'name' && characters(String(member.name)) > MAX_NAME_LENGTH) {
    return message('memberNameTooLong', { max: MAX_NAME_LENGTH });
  }
  if (field === 'name' && String(member.name).trim() === '') return message('memberNameEmpty');
  if (field === 'name' || field === 'role') return message('memberOneLine');
  if (field === 'hats') return message('memberHatsInvalid', { max: MAX_HOURS_PER_HAT });
  if (field === 'checkInEveryDays') return message('memberCheckInInvalid');
  return message('memberInvalid');
}

/** When the next check-in with this person is due, as a message, and whether it is due now. */
export function checkInStatus(
  member: Pick<Member, 'lastCheckInAt' | 'checkInEveryDays'>,
  now: number,
): {
  message: Message;
  due: boolean;
} {
  if (member.lastCheckInAt === null) return { message: message('teamCheckInNever'), due: true };
  const days = Math.ceil((member.lastCheckInAt + member.checkInEveryDays * DAY_MS - now) / DAY_MS);
  if (days <= 0) return { message: message('teamCheckInDue'), due: true };
  return { message: days === 1 ? message('teamCheckInTomorrow') : message('teamCheckInInDays', { days }), due: false };
}
