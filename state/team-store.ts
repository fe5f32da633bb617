// A zustand store over the team roster. Each page (popup, side panel, options) has its own copy,
// and each follows storage changes through `watchTeam`, applying only the members that changed,
// so a person added or edited in one view shows in the others at once.
import { create } from 'zustand';
import type { LocalizedText } from '../content/schema';
import {
  createMember,
  deleteMember,
  listMembers,
  MEMBER_KEY_PREFIX,
  memberKey,
  readStoredMember,
  recordCheckIn,
  restoreMember,
  saveMember,
  sortMembers,
  watchTeam,
  type Member,
  type MemberInput,
  type MemberProblem,
  type MemberSaveResult,
} from './team';

export type RemoveMemberResult =
  | {
      ok: true;
      member: Member;
      /** Brings the person back, unless someone changed them since. */
      undo: () => Promise<MemberSaveResult>;
    }
  | Exclude<MemberSaveResult, { ok: true }>;

export interface TeamState {
  /** Every readable stored member by id, removed ones too: undo and old notes need them. */
  byId: Record<string, Member>;
  /** The roster to show: not removed, by name. */
  members: Member[];
  /** Stored values that are not readable members; they are left untouched in storage. */
  problems: MemberProblem[];
  loaded: boolean;
  /** Set when storage itself could not be read. */
  loadError: LocalizedText | null;
  load(): Promise<void>;
  create(input: MemberInput): Promise<MemberSaveResult>;
  /**
   * Saves an edited member. Its `updatedAt` must be the one it had when the editor opened it, so
   * a save made meanwhile in another view comes back as a conflict instead of being overwritten.
   */
  save(member: Member): Promise<MemberSaveResult>;
  /** Removes from the roster (softly); the result carries `undo`. */
  remove(id: string): Promise<RemoveMemberResult>;
  restore(id: string): Promise<MemberSaveResult>;
  /** Records a check-in with this person now. */
  checkIn(id: string): Promise<MemberSaveResult>;
  /** Applies new stored values by key (`undefined` = removed); other members are not touched. */
  applyChanges(values: ReadonlyMap<string, unknown>): void;
}

const missing: Extract<MemberSaveResult, { reason: 'conflict' }> = {
  ok: false,
  reason: 'conflict',
  current: null,
  message: {
    en: 'This person is no longer on the team list. They may have been removed in another Sidecoach window.',
    id: 'Orang ini sudah tidak ada di daftar tim. Mungkin sudah dihapus di jendela Sidecoach lain.',
  },
};

function visible(byId: Record<string, Member>): Member[] {
  return sortMembers(Object.values(byId).filter((member) => member.deletedAt === null));
}

/** A new, independent store; the app uses `useTeamStore`, tests make several to act as several views. */
export function createTeamStore() {
  return create<TeamState>()((set, get) => {
    /** Shows what storage now holds for a member after a save, whatever the outcome. */
    function applyResult(result: MemberSaveResult): MemberSaveResult {
      if (result.ok) get().applyChanges(new Map([[memberKey(result.member.id), result.member]]));
      else if (result.reason === 'conflict' && result.current) {
        get().applyChanges(new Map([[memberKey(result.current.id), result.current]]));
      }
      return result;
    }

    return {
      byId: {},
      members: [],
      problems: [],
      loaded: false,
      loadError: null,
      async load() {
        try {
          const { members, problems } = await listMembers();
          const byId = Object.fromEntries(members.map((member) => [member.id, member]));
          set({ byId, members: visible(byId), problems, loaded: true, loadError: null });
        } catch (error) {
          set({
            loaded: true,
            loadError: {
              en: `Sidecoach could not read your team list (${String(error)}). It is still stored; try reopening this view.`,
              id: `Sidecoach tidak bisa membaca daftar tim Anda (${String(error)}). Data masih tersimpan; coba buka ulang tampilan ini.`,
            },
          });
        }
      },
      async create(input) {
        return applyResult(await saveMember(createMember(input), { expectedUpdatedAt: null }));
      },
      async save(member) {
        return applyResult(await saveMember(member, { expectedUpdatedAt: member.updatedAt }));
      },
      async remove(id) {
        const member = get().byId[id];
        if (!member) return missing;
        const result = applyResult(await deleteMember(member));
        return result.ok ? { ok: true, member: result.member, undo: () => get().restore(id) } : result;
      },
      async restore(id) {
        const member = get().byId[id];
        if (!member) return missing;
        if (member.deletedAt === null) return { ok: true, member };
        return applyResult(await restoreMember(member));
      },
      async checkIn(id) {
        const member = get().byId[id];
        if (!member) return missing;
        return applyResult(await recordCheckIn(member));
      },
      applyChanges(values) {
        const byId = { ...get().byId };
        const problems = get().problems.filter((problem) => !values.has(problem.key));
        for (const [key, value] of values) {
          delete byId[key.slice(MEMBER_KEY_PREFIX.length)];
          if (value === undefined) continue; // removed from storage
          const read = readStoredMember(key, value);
          if (read.ok) byId[read.member.id] = read.member;
          else problems.push(read.problem);
        }
        set({ byId, members: visible(byId), problems });
      },
    };
  });
}

export const useTeamStore = createTeamStore();
export type TeamStore = typeof useTeamStore;

/** Loads the team and follows changes made in other views. Returns the stop function. */
export function startTeamStore(store: TeamStore = useTeamStore): () => void {
  // Watch before loading, and hold the changes that arrive during the load: applying them after
  // it means a change is never lost to, or undone by, a snapshot read a moment earlier.
  let heldDuringLoad: ReadonlyMap<string, unknown>[] | null = [];
  const stop = watchTeam((values) => {
    if (heldDuringLoad) heldDuringLoad.push(values);
    else store.getState().applyChanges(values);
  });
  void store
    .getState()
    .load()
    .then(() => {
      const held = heldDuringLoad ?? [];
      heldDuringLoad = null;
      for (const values of held) store.getState().applyChanges(values);
    });
  return stop;
}
