// The leader's team roster: one `local:` storage key per person (`member:<id>`), validated on
// every read and saved with per-member last-writer-wins, like notes (state/notes.ts). A value
// that cannot be read is reported and never rewritten, and saving never throws: every failure
// comes back as a result with a message in both languages.
//
// Each person is listed with the "hats" they wear and the hours each takes, because a social
// media manager is often creator, community manager, analyst and more at once: lib/workload.ts
// turns these hours into the team's workload map.
import { browser, type Browser } from 'wxt/browser';
import { idSchema, type LocalizedText } from '../content/schema';
import { z } from '../lib/zod';
import { storageFailure, type StorageFailure } from './notes';

export const MEMBER_VERSION = 1;
export const MEMBER_KEY_PREFIX = 'member:';
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

/** Each hat's name, as a Team view or a sentence shows it. */
export const hatNames: Record<Hat, LocalizedText> = {
  'content-creator': { en: 'Content creator', id: 'Content creator' },
  'community-manager': { en: 'Community manager', id: 'Community manager' },
  strategist: { en: 'Digital strategist', id: 'Ahli strategi digital' },
  analyst: { en: 'Data analyst', id: 'Analis data' },
  designer: { en: 'Graphic designer', id: 'Desainer grafis' },
  video: { en: 'Videographer', id: 'Videografer' },
  writer: { en: 'Writer', id: 'Penulis' },
  photographer: { en: 'Photographer', id: 'Fotografer' },
  'crisis-communicator': { en: 'Crisis communicator', id: 'Penanganan komunikasi krisis' },
  'ad-buyer': { en: 'Ad buyer', id: 'Pengelola iklan berbayar' },
};

const timestampSchema = z.int().min(0);

/** Length in code points, so an emoji counts as one character rather than two UTF-16 units. */
function characters(text: string): number {
  return [...text].length;
}

/** Control characters (line breaks, tabs…) would break a name across lines in lists and exports. */
const controlCharacter = /\p{Cc}/u;

export const memberSchema = z.object({
  v: z.literal(MEMBER_VERSION),
  /** The same shape notes use to point at a team member (`about.teamMember`). */
  id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'member ids are letters, digits, - and _'),
  /** Any script, emoji and right-to-left included; plain text, one line. */
  name: z
    .string()
    .refine((name) => name.trim() !== '', 'a member needs a name')
    .refine((name) => characters(name) <= MAX_NAME_LENGTH, `a name is at most ${MAX_NAME_LENGTH} characters`)
    .refine((name) => !controlCharacter.test(name), 'a name is one line'),
  role: z
    .string()
    .refine((role) => characters(role) <= MAX_ROLE_LENGTH, `a role is at most ${MAX_ROLE_LENGTH} characters`)
    .refine((role) => !controlCharacter.test(role), 'a role is one line'),
  /** Platform ids from the library that this person works on. */
  platforms: z
    .array(idSchema)
    .max(MAX_PLATFORMS)
    .refine((ids) => new Set(ids).size === ids.length, 'a platform appears twice'),
  hats: z
    .array(z.object({ hat: hatSchema, hoursPerWeek: z.number().min(0).max(MAX_HOURS_PER_HAT) }))
    .refine((worn) => new Set(worn.map((entry) => entry.hat)).size === worn.length, 'a hat appears twice'),
  /** How often the leader means to check in with this person, in days. */
  checkInEveryDays: z.int().min(1).max(90),
  lastCheckInAt: timestampSchema.nullable(),
  createdAt: timestampSchema,
  /** Also the member's version for last-writer-wins: every save makes it larger. */
  updatedAt: timestampSchema,
  /** Set when removed from the roster; kept so undo works and notes about them still have a name. */
  deletedAt: timestampSchema.nullable(),
});
export type Member = z.infer<typeof memberSchema>;

export interface MemberProblem {
  /** The storage key, e.g. `member:3f2a…`; the value under it is left exactly as it is. */
  key: string;
  reason: LocalizedText;
}

export function memberKey(id: string): string {
  return `${MEMBER_KEY_PREFIX}${id}`;
}

export function isMemberKey(key: string): boolean {
  return key.startsWith(MEMBER_KEY_PREFIX);
}

export type MemberRead = { ok: true; member: Member } | { ok: false; problem: MemberProblem };

/** Reads the value stored under `key` as a team member, or says why it cannot. */
export function readStoredMember(key: string, value: unknown): MemberRead {
  const fail = (reason: LocalizedText): MemberRead => ({ ok: false, problem: { key, reason } });
  const version = typeof value === 'object' && value !== null ? (value as { v?: unknown }).v : undefined;
  if (typeof version === 'number' && version > MEMBER_VERSION) {
    return fail({
      en: `This team member was saved by a newer version of Sidecoach (version ${version}). Update Sidecoach to see them.`,
      id: `Anggota tim ini disimpan oleh Sidecoach versi yang lebih baru (versi ${version}). Perbarui Sidecoach untuk melihatnya.`,
    });
  }
  const parsed = memberSchema.safeParse(value);
  if (!parsed.success) {
    const detail = z.prettifyError(parsed.error);
    return fail({
      en: `This team member cannot be read, so Sidecoach left them as they are. Details: ${detail}`,
      id: `Data anggota tim ini tidak bisa dibaca, jadi Sidecoach membiarkannya apa adanya. Detail: ${detail}`,
    });
  }
  if (memberKey(parsed.data.id) !== key) {
    return fail({
      en: `This team member is stored under another member's key (their id is ${parsed.data.id}), so Sidecoach left them as they are.`,
      id: `Anggota tim ini tersimpan di kunci milik anggota lain (id-nya ${parsed.data.id}), jadi Sidecoach membiarkannya apa adanya.`,
    });
  }
  return { ok: true, member: parsed.data };
}

const byName = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** Alphabetical by name, then oldest first, so equal names keep a stable order. Returns a new array. */
export function sortMembers(members: readonly Member[]): Member[] {
  return [...members].sort(
    (a, b) => byName.compare(a.name, b.name) || a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/**
 * Every stored member, removed ones included, from one read of local storage. A value that is
 * not a readable member is reported in `problems` and never touched. Rejects only if storage does.
 */
export async function listMembers(): Promise<{ members: Member[]; problems: MemberProblem[] }> {
  const all: Record<string, unknown> = await browser.storage.local.get(null);
  const members: Member[] = [];
  const problems: MemberProblem[] = [];
  for (const [key, value] of Object.entries(all)) {
    if (!isMemberKey(key)) continue;
    const read = readStoredMember(key, value);
    if (read.ok) members.push(read.member);
    else problems.push(read.problem);
  }
  return { members, problems };
}

export interface MemberInput {
  name: string;
  role?: string;
  platforms?: readonly string[];
  hats?: readonly Member['hats'][number][];
  checkInEveryDays?: number;
}

/** A new, unsaved member. Save it with `saveMember(member, { expectedUpdatedAt: null })`. */
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

export type MemberSaveResult =
  | { ok: true; member: Member }
  /** Someone saved (or removed) this member since the version the caller started from. */
  | { ok: false; reason: 'conflict'; current: Member | null; message: LocalizedText }
  /** The member itself is not valid (no name, too many hours…); nothing was written. */
  | { ok: false; reason: 'invalid'; message: LocalizedText }
  | StorageFailure;

function invalidMessage(member: Member, error: z.ZodError): LocalizedText {
  const field = error.issues[0]?.path[0];
  if (field === 'name' && characters(String(member.name)) > MAX_NAME_LENGTH) {
    return {
      en: `A name can be at most ${MAX_NAME_LENGTH} characters. Shorten it, and put the rest in the role or a note.`,
      id: `Nama maksimal ${MAX_NAME_LENGTH} karakter. Persingkat, lalu tulis sisanya di peran atau di catatan.`,
    };
  }
  if (field === 'name' && String(member.name).trim() === '') {
    return { en: 'Write a name before saving.', id: 'Tulis nama dulu sebelum menyimpan.' };
  }
  if (field === 'hats') {
    return {
      en: `Each hat takes between 0 and ${MAX_HOURS_PER_HAT} hours a week, and appears once.`,
      id: `Setiap peran memakan 0 sampai ${MAX_HOURS_PER_HAT} jam per minggu, dan hanya muncul sekali.`,
    };
  }
  if (field === 'checkInEveryDays') {
    return {
      en: 'Choose a check-in rhythm between every 1 and every 90 days.',
      id: 'Pilih jadwal check-in antara setiap 1 sampai setiap 90 hari.',
    };
  }
  const detail = z.prettifyError(error);
  return {
    en: `This team member cannot be saved because part of it is not valid. Details: ${detail}`,
    id: `Data anggota tim ini tidak bisa disimpan karena ada bagian yang tidak valid. Detail: ${detail}`,
  };
}

function conflictMessage(current: Member | null): LocalizedText {
  return current === null || current.deletedAt !== null
    ? {
        en: 'This person was removed from the team in another Sidecoach window, so your change was not saved.',
        id: 'Orang ini sudah dihapus dari tim di jendela Sidecoach lain, jadi perubahan Anda tidak disimpan.',
      }
    : {
        en: 'This person was changed in another Sidecoach window since you opened them. Compare both versions and keep the one you want.',
        id: 'Data orang ini sudah diubah di jendela Sidecoach lain sejak Anda membukanya. Bandingkan kedua versi dan simpan yang Anda mau.',
      };
}

/**
 * Runs `task` holding a lock on one member, shared by every open view (Web Locks), so one view's
 * read-compare-write cannot interleave with another's. Node (unit tests) has none; there it just runs.
 */
function withMemberLock<T>(id: string, task: () => Promise<T>): Promise<T> {
  const locks = globalThis.navigator?.locks;
  return locks ? locks.request(`sidecoach-member:${id}`, task) : task();
}

/**
 * Saves one member, touching no other key. `expectedUpdatedAt` is the `updatedAt` of the version
 * the caller started from (null for a new member): if storage holds anything else, another view
 * saved meanwhile and nothing is written (`reason: 'conflict'`, with the stored `current`).
 * Stamps a new, larger `updatedAt`. Never throws; on failure the stored version is unchanged.
 */
export async function saveMember(
  member: Member,
  { expectedUpdatedAt, now = Date.now() }: { expectedUpdatedAt: number | null; now?: number },
): Promise<MemberSaveResult> {
  const parsed = memberSchema.safeParse(member);
  if (!parsed.success) return { ok: false, reason: 'invalid', message: invalidMessage(member, parsed.error) };
  const key = memberKey(parsed.data.id);
  try {
    return await withMemberLock(parsed.data.id, async (): Promise<MemberSaveResult> => {
      const stored: unknown = (await browser.storage.local.get(key))[key];
      let current: Member | null = null;
      if (stored !== undefined) {
        const read = readStoredMember(key, stored);
        // Never overwrite what we cannot read: a newer Sidecoach may have written it.
        if (!read.ok) return { ok: false, reason: 'error', message: read.problem.reason };
        current = read.member;
      }
      if ((current?.updatedAt ?? null) !== expectedUpdatedAt) {
        return { ok: false, reason: 'conflict', current, message: conflictMessage(current) };
      }
      // Strictly larger than the stored version even if this device's clock went back.
      const saved: Member = { ...parsed.data, updatedAt: Math.max(now, (current?.updatedAt ?? 0) + 1) };
      await browser.storage.local.set({ [key]: saved });
      return { ok: true, member: saved };
    });
  } catch (error) {
    return storageFailure(error);
  }
}

/** Removes the version of the member the caller has from the roster; a newer edit elsewhere makes it a conflict. */
export function deleteMember(member: Member, now = Date.now()): Promise<MemberSaveResult> {
  return saveMember({ ...member, deletedAt: now }, { expectedUpdatedAt: member.updatedAt, now });
}

/** Undoes a removal, unless anyone changed the member since, so older data never replaces newer. */
export function restoreMember(member: Member, now = Date.now()): Promise<MemberSaveResult> {
  return saveMember({ ...member, deletedAt: null }, { expectedUpdatedAt: member.updatedAt, now });
}

/** Records that the leader checked in with this person now, which restarts their reminder. */
export function recordCheckIn(member: Member, now = Date.now()): Promise<MemberSaveResult> {
  return saveMember({ ...member, lastCheckInAt: now }, { expectedUpdatedAt: member.updatedAt, now });
}

/**
 * Calls back with the `member:` keys that changed in local storage and their new raw values
 * (`undefined` when removed); read each with `readStoredMember`. Only changed keys are passed,
 * so a view updates one person without re-reading the team. Returns the unwatch function.
 */
export function watchTeam(callback: (changes: ReadonlyMap<string, unknown>) => void): () => void {
  const listener = (changes: Record<string, Browser.storage.StorageChange>, area: string) => {
    if (area !== 'local') return;
    const values = new Map<string, unknown>();
    for (const [key, change] of Object.entries(changes)) {
      // Some implementations report a removed key as `null`: one shape for callers, `undefined`.
      if (isMemberKey(key)) values.set(key, change.newValue ?? undefined);
    }
    if (values.size > 0) callback(values);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
