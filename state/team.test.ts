import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_CHECK_IN_EVERY_DAYS,
  MAX_NAME_LENGTH,
  createMember,
  deleteMember,
  hatNames,
  hats,
  listMembers,
  memberKey,
  readStoredMember,
  recordCheckIn,
  restoreMember,
  saveMember,
  sortMembers,
  watchTeam,
  type Member,
} from './team';
import { createTeamStore, startTeamStore, type TeamStore } from './team-store';

const t0 = Date.UTC(2025, 2, 1, 9, 0);

function member(overrides: Partial<Member> = {}): Member {
  return {
    ...createMember(
      {
        name: 'Dewi',
        role: 'Social media lead',
        platforms: ['instagram'],
        hats: [{ hat: 'writer', hoursPerWeek: 10 }],
      },
      t0,
    ),
    ...overrides,
  };
}

/** Stores members as they would be after a save, bypassing saveMember. */
async function store(...members: Member[]) {
  await fakeBrowser.storage.local.set(Object.fromEntries(members.map((m) => [memberKey(m.id), m])));
}

async function stored(id: string): Promise<unknown> {
  return (await fakeBrowser.storage.local.get(memberKey(id)))[memberKey(id)];
}

beforeEach(() => {
  fakeBrowser.reset();
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('hats', () => {
  it('lists every hat once, each with a name in both languages', () => {
    expect(hats).toHaveLength(10);
    expect(new Set(hats).size).toBe(10);
    for (const hat of hats) {
      expect(hatNames[hat].en).not.toBe('');
      expect(hatNames[hat].id).not.toBe('');
    }
  });
});

describe('createMember', () => {
  it('trims the name and role, drops repeated platforms and checks in every 14 days by default', () => {
    const m = createMember({ name: '  Sari ', role: ' Community ', platforms: ['tiktok', 'tiktok', 'x'] }, t0);
    expect(m).toMatchObject({ name: 'Sari', role: 'Community', platforms: ['tiktok', 'x'], hats: [] });
    expect(m).toMatchObject({ checkInEveryDays: DEFAULT_CHECK_IN_EVERY_DAYS, lastCheckInAt: null, deletedAt: null });
    expect(DEFAULT_CHECK_IN_EVERY_DAYS).toBe(14);
  });
});

describe('stored members', () => {
  it('lists nothing, and no problems, for an empty roster', async () => {
    expect(await listMembers()).toEqual({ members: [], problems: [] });
  });

  it('save and list 200 members', async () => {
    const team = Array.from({ length: 200 }, (_, i) => member({ id: `m${i}`, name: `Person ${i}` }));
    for (const m of team) {
      expect((await saveMember(m, { expectedUpdatedAt: null, now: t0 })).ok).toBe(true);
    }
    const { members, problems } = await listMembers();
    expect(problems).toEqual([]);
    expect(members).toHaveLength(200);
    expect(sortMembers(members).map((m) => m.name)).toEqual(team.map((m) => m.name));
  });

  it('set aside unreadable values, report them, load the rest and leave every value untouched', async () => {
    const good = member({ name: 'Good' });
    await store(good);
    await fakeBrowser.storage.local.set({
      'member:not-an-object': 'garbage',
      'member:no-name': { ...member({ id: 'no-name' }), name: undefined },
      'member:too-many-hours': { ...member({ id: 'too-many-hours' }), hats: [{ hat: 'video', hoursPerWeek: 81 }] },
      'member:wrong-key': member({ id: 'another-id' }),
      'member:from-the-future': { ...member({ id: 'from-the-future' }), v: 2 },
      'note:unrelated': { text: 'not a member' },
    });
    const before = structuredClone(await fakeBrowser.storage.local.get(null));

    const { members, problems } = await listMembers();

    expect(members).toEqual([good]);
    expect(problems.map((p) => p.key).sort()).toEqual([
      'member:from-the-future',
      'member:no-name',
      'member:not-an-object',
      'member:too-many-hours',
      'member:wrong-key',
    ]);
    for (const problem of problems) {
      expect(problem.reason.en).not.toBe('');
      expect(problem.reason.id).not.toBe('');
    }
    expect(problems.find((p) => p.key === 'member:from-the-future')?.reason.en).toMatch(/newer version/);
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
  });

  it('read a stored value only under its own key', () => {
    const m = member();
    expect(readStoredMember(memberKey(m.id), m)).toEqual({ ok: true, member: m });
    expect(readStoredMember('member:elsewhere', m).ok).toBe(false);
  });
});

describe('saveMember', () => {
  it('saves under its own key and writes no other key', async () => {
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    const m = member();
    expect(await saveMember(m, { expectedUpdatedAt: null, now: t0 })).toEqual({ ok: true, member: m });
    expect(set).toHaveBeenCalledTimes(1);
    expect(Object.keys(set.mock.calls[0]![0])).toEqual([memberKey(m.id)]);
  });

  it.each([
    ['emoji', '🌸 Sari 👩🏽‍💻'],
    ['right-to-left script', 'مريم الحسيني'],
    ['mixed directions', 'Dewi (דבורה)'],
    ['exactly 200 emoji', '😀'.repeat(MAX_NAME_LENGTH)],
  ])('accepts a name with %s and reads it back as typed', async (_label, name) => {
    const m = member({ name });
    expect((await saveMember(m, { expectedUpdatedAt: null, now: t0 })).ok).toBe(true);
    expect((await listMembers()).members[0]!.name).toBe(name);
  });

  it.each([
    ['10,000 characters', { name: 'a'.repeat(10_000) }, /at most 200 characters/],
    ['201 characters', { name: 'a'.repeat(MAX_NAME_LENGTH + 1) }, /at most 200 characters/],
    ['a blank name', { name: ' \t ' }, /Write a name/],
    ['a line break in the name', { name: 'Dewi\nSari' }, /not valid/],
    ['a role of 201 characters', { role: 'r'.repeat(201) }, /not valid/],
    ['81 hours for one hat', { hats: [{ hat: 'video', hoursPerWeek: 81 }] }, /between 0 and 80 hours/],
    ['negative hours', { hats: [{ hat: 'video', hoursPerWeek: -1 }] }, /between 0 and 80 hours/],
    [
      'the same hat twice',
      {
        hats: [
          { hat: 'video', hoursPerWeek: 2 },
          { hat: 'video', hoursPerWeek: 3 },
        ],
      },
      /appears once/,
    ],
    ['an unknown hat', { hats: [{ hat: 'juggler', hoursPerWeek: 2 }] }, /between 0 and 80 hours/],
    ['a check-in every 91 days', { checkInEveryDays: 91 }, /every 90 days/],
    ['a check-in every 0 days', { checkInEveryDays: 0 }, /every 1 and/],
    ['a platform id that is not kebab-case', { platforms: ['Instagram'] }, /not valid/],
  ])('refuses %s and writes nothing', async (_label, patch, message) => {
    const result = await saveMember({ ...member(), ...patch } as Member, { expectedUpdatedAt: null });
    expect(result).toMatchObject({ ok: false, reason: 'invalid' });
    expect(!result.ok && result.message.en).toMatch(message);
    expect(!result.ok && result.message.id).not.toBe('');
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('stamps an updatedAt larger than the stored one, even when the clock went back', async () => {
    const m = member();
    await store(m);
    const result = await saveMember({ ...m, role: 'Lead' }, { expectedUpdatedAt: m.updatedAt, now: t0 - 60_000 });
    expect(result.ok && result.member.updatedAt).toBe(m.updatedAt + 1);
  });

  it('does not overwrite a version saved meanwhile by another view, and returns it', async () => {
    const m = member();
    await store(m);
    await saveMember({ ...m, role: 'from the side panel' }, { expectedUpdatedAt: m.updatedAt, now: t0 + 1000 });

    const second = await saveMember(
      { ...m, role: 'from the options page' },
      { expectedUpdatedAt: m.updatedAt, now: t0 + 2000 },
    );

    expect(second).toMatchObject({ ok: false, reason: 'conflict', current: { role: 'from the side panel' } });
    expect(!second.ok && second.message.en).toMatch(/another Sidecoach window/);
    expect(await stored(m.id)).toMatchObject({ role: 'from the side panel' });
  });

  it('never overwrites a stored value it cannot read', async () => {
    const m = member();
    await fakeBrowser.storage.local.set({ [memberKey(m.id)]: { broken: true } });
    expect(await saveMember(m, { expectedUpdatedAt: null })).toMatchObject({ ok: false, reason: 'error' });
    expect(await stored(m.id)).toEqual({ broken: true });
  });

  it.each([
    ['QUOTA_BYTES quota exceeded', 'quota'],
    ['Some other failure', 'error'],
  ])('keeps the previous version when storage rejects the write (%s)', async (message, reason) => {
    const m = member();
    await store(m);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error(message));

    const result = await saveMember({ ...m, role: 'will not fit' }, { expectedUpdatedAt: m.updatedAt });

    expect(result).toMatchObject({ ok: false, reason });
    expect(!result.ok && result.message.en.length > 20 && result.message.id.length > 20).toBe(true);
    expect(await stored(m.id)).toEqual(m);
  });

  it('reports a failed read as an error instead of throwing', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValueOnce(new Error('disk gone'));
    await expect(saveMember(member(), { expectedUpdatedAt: null })).resolves.toMatchObject({
      ok: false,
      reason: 'error',
    });
  });
});

describe('remove, restore and check in', () => {
  it('removes softly, then restores, the same member', async () => {
    const m = member();
    await store(m);
    const deleted = await deleteMember(m, t0 + 1000);
    expect(deleted).toMatchObject({ ok: true, member: { deletedAt: t0 + 1000 } });
    if (!deleted.ok) return;
    expect(await restoreMember(deleted.member, t0 + 2000)).toMatchObject({
      ok: true,
      member: { deletedAt: null, name: 'Dewi' },
    });
  });

  it('never brings back older data over a newer edit', async () => {
    const m = member();
    await store(m);
    const deleted = await deleteMember(m, t0 + 1000);
    if (!deleted.ok) throw new Error('delete failed');
    const newer = { ...deleted.member, deletedAt: null, role: 'newer role', updatedAt: t0 + 5000 };
    await store(newer);

    expect(await restoreMember(deleted.member, t0 + 6000)).toMatchObject({
      ok: false,
      reason: 'conflict',
      current: newer,
    });
    expect(await stored(m.id)).toEqual(newer);
  });

  it('records a check-in', async () => {
    const m = member();
    await store(m);
    expect(await recordCheckIn(m, t0 + 1000)).toMatchObject({ ok: true, member: { lastCheckInAt: t0 + 1000 } });
  });
});

describe('watchTeam', () => {
  it('passes only changed member keys, with their new values, until stopped', async () => {
    const seen: Map<string, unknown>[] = [];
    const stop = watchTeam((changes) => seen.push(new Map(changes)));
    const m = member();
    await store(m);
    await fakeBrowser.storage.local.set({ 'note:x': { text: 'unrelated' } });
    await fakeBrowser.storage.local.remove(memberKey(m.id));
    stop();
    await store(m);

    expect(seen).toEqual([new Map([[memberKey(m.id), m]]), new Map([[memberKey(m.id), undefined]])]);
  });
});

describe('team store', () => {
  const stops: (() => void)[] = [];
  afterEach(() => stops.splice(0).forEach((stop) => stop()));

  async function started(): Promise<TeamStore> {
    const s = createTeamStore();
    stops.push(startTeamStore(s));
    await vi.waitFor(() => expect(s.getState().loaded).toBe(true));
    return s;
  }

  it('shows the roster by name, hides removed people and reports problems', async () => {
    const gone = member({ name: 'Gone', deletedAt: t0 });
    await store(member({ name: 'Rina' }), member({ name: 'andi' }), member({ name: 'Budi' }), gone);
    await fakeBrowser.storage.local.set({ 'member:corrupt': 42 });

    const s = await started();

    expect(s.getState().members.map((m) => m.name)).toEqual(['andi', 'Budi', 'Rina']);
    expect(s.getState().byId[gone.id]).toEqual(gone);
    expect(s.getState().problems.map((p) => p.key)).toEqual(['member:corrupt']);
  });

  it('shows an empty roster as loaded with nothing in it', async () => {
    const s = await started();
    expect(s.getState()).toMatchObject({ members: [], problems: [], loadError: null });
  });

  it('follows changes from another view', async () => {
    const [panel, options] = [await started(), await started()];
    const created = await panel.getState().create({ name: 'Putri', hats: [{ hat: 'analyst', hoursPerWeek: 6 }] });
    if (!created.ok) throw new Error('create failed');
    expect(options.getState().members).toEqual([created.member]);

    await fakeBrowser.storage.local.set({ [memberKey(created.member.id)]: 'corrupted' });
    expect(options.getState().members).toEqual([]);
    expect(options.getState().problems).toMatchObject([{ key: memberKey(created.member.id) }]);

    await fakeBrowser.storage.local.remove(memberKey(created.member.id));
    expect(options.getState().problems).toEqual([]);
  });

  it('keeps a change made while it was loading', async () => {
    const late = member({ name: 'Saved during the load' });
    const get = fakeBrowser.storage.local.get.bind(fakeBrowser.storage.local);
    vi.spyOn(fakeBrowser.storage.local, 'get').mockImplementationOnce(async (keys) => {
      const snapshot = await get(keys);
      await store(late);
      return snapshot;
    });
    const s = await started();
    expect(s.getState().members).toEqual([late]);
  });

  it('removes softly and undoes, in every open view', async () => {
    const [panel, popup] = [await started(), await started()];
    const created = await panel.getState().create({ name: 'Yusuf' });
    if (!created.ok) throw new Error('create failed');

    const removed = await panel.getState().remove(created.member.id);
    if (!removed.ok) throw new Error('remove failed');
    expect(popup.getState().members).toEqual([]);

    expect(await removed.undo()).toMatchObject({ ok: true, member: { name: 'Yusuf', deletedAt: null } });
    expect(popup.getState().members.map((m) => m.name)).toEqual(['Yusuf']);
  });

  it('records a check-in and returns a conflict for a stale save', async () => {
    const s = await started();
    const created = await s.getState().create({ name: 'Lestari' });
    if (!created.ok) throw new Error('create failed');
    expect(await s.getState().checkIn(created.member.id)).toMatchObject({ ok: true });
    expect(s.getState().members[0]!.lastCheckInAt).not.toBeNull();

    const stale = await s.getState().save({ ...created.member, role: 'stale edit' });

    expect(stale).toMatchObject({ ok: false, reason: 'conflict' });
    expect(s.getState().members[0]!.role).toBe('');
  });

  it('keeps the shown member when the quota is full', async () => {
    const s = await started();
    const created = await s.getState().create({ name: 'Dimas' });
    if (!created.ok) throw new Error('create failed');
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));

    expect(await s.getState().save({ ...created.member, role: 'too big' })).toMatchObject({ reason: 'quota' });
    expect(s.getState().members).toEqual([created.member]);
  });

  it('answers for a member it does not know without writing', async () => {
    const s = await started();
    expect(await s.getState().remove('missing')).toMatchObject({ ok: false, reason: 'conflict', current: null });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('reports storage it cannot read', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(new Error('disk gone'));
    const s = createTeamStore();
    await s.getState().load();
    expect(s.getState().loadError?.en).toMatch(/disk gone/);
  });
});
