import { describe, expect, it } from 'vitest';
import { say, type Language } from './i18n';
import { createMember, hats, type Hat, type Member } from './model/member';
import { levelOf, suggestions, teamWorkload, workloadOf, type Suggestion } from './workload';

const t0 = Date.UTC(2025, 2, 1, 9, 0);

/** A suggestion as the interface words it. */
const text = (suggestion: Suggestion | undefined, language: Language) =>
  suggestion ? say(language, suggestion.text) : '';

function person(id: string, worn: Partial<Record<Hat, number>>, overrides: Partial<Member> = {}): Member {
  const entries = Object.entries(worn).map(([hat, hoursPerWeek]) => ({ hat: hat as Hat, hoursPerWeek }));
  return { ...createMember({ name: `Name ${id}`, hats: entries }, t0), id, ...overrides };
}

describe('workloadOf', () => {
  it('adds up the hours of every hat, with 0 for hats not worn', () => {
    const { total, byHat } = workloadOf(person('a', { writer: 10, analyst: 4.5 }));
    expect(total).toBe(14.5);
    expect(byHat.writer).toBe(10);
    expect(byHat.analyst).toBe(4.5);
    expect(byHat.video).toBe(0);
    expect(Object.keys(byHat)).toEqual([...hats]);
  });
});

describe('levelOf', () => {
  it('is ok up to 90%, stretched up to 110%, overloaded above', () => {
    expect([0, 0.9, 0.91, 1.1, 1.11].map(levelOf)).toEqual(['ok', 'ok', 'stretched', 'stretched', 'overloaded']);
  });
});

describe('teamWorkload', () => {
  it('gives an empty map for no members', () => {
    const { members, byHat } = teamWorkload([]);
    expect(members).toEqual([]);
    expect(Object.values(byHat).every((hours) => hours === 0)).toBe(true);
  });

  it('treats a member with no hours as ok, at zero load', () => {
    expect(teamWorkload([person('a', {})]).members).toEqual([
      { memberId: 'a', total: 0, capacity: 40, load: 0, level: 'ok' },
    ]);
    expect(teamWorkload([person('a', { writer: 0 })]).members[0]!.load).toBe(0);
  });

  it('measures load against the weekly hours given', () => {
    const team = [person('a', { writer: 30 }), person('b', { writer: 20, video: 20 })];
    expect(teamWorkload(team, { weeklyHours: 32 }).members.map((m) => [m.load, m.level])).toEqual([
      [30 / 32, 'stretched'],
      [40 / 32, 'overloaded'],
    ]);
  });

  it('adds each hat across the team and leaves removed people out', () => {
    const team = [
      person('a', { writer: 10, 'community-manager': 20 }),
      person('b', { writer: 5 }),
      person('gone', { writer: 50 }, { deletedAt: t0 }),
    ];
    const { members, byHat } = teamWorkload(team);
    expect(members.map((m) => m.memberId)).toEqual(['a', 'b']);
    expect(byHat.writer).toBe(15);
    expect(byHat['community-manager']).toBe(20);
  });

  it('maps 200 members', () => {
    const team = Array.from({ length: 200 }, (_, i) => person(`m${i}`, { writer: i % 60, video: 10 }));
    const { members, byHat } = teamWorkload(team);
    expect(members).toHaveLength(200);
    expect(byHat.video).toBe(2000);
    expect(members.filter((m) => m.level === 'overloaded').length).toBeGreaterThan(0);
  });

  it('refuses a week of no hours', () => {
    expect(() => teamWorkload([], { weeklyHours: 0 })).toThrow(RangeError);
    expect(() => teamWorkload([], { weeklyHours: Number.NaN })).toThrow(RangeError);
  });
});

describe('suggestions', () => {
  it('has nothing to say about an empty team, a team at rest, or a stretched person', () => {
    expect(suggestions([])).toEqual([]);
    expect(suggestions([person('a', {})])).toEqual([]);
    expect(suggestions([person('a', { writer: 44 })])).toEqual([]); // exactly 110%: stretched
  });

  it('gives an overloaded person at most three concrete suggestions, one of each kind', () => {
    const team = [
      person('dewi', { 'community-manager': 25, analyst: 15, designer: 10 }),
      person('sari', { writer: 10 }),
    ];
    const found = suggestions(team);
    expect(found.map((s) => [s.memberId, s.action, s.hat])).toEqual([
      ['dewi', 'automate', 'community-manager'],
      ['dewi', 'share', 'community-manager'],
      ['dewi', 'remove', 'analyst'],
    ]);
    for (const s of found) {
      expect(text(s, 'en')).toContain('Name dewi');
      expect(text(s, 'id')).toContain('Name dewi');
    }
    expect(text(found[0]!, 'en')).toMatch(/saved replies/);
    // Half the hat, capped by what gets Dewi back to a full week (10) and Sari's room (26).
    expect(text(found[1]!, 'en')).toMatch(/Name sari.*about 10 hours a week/);
  });

  it('suggests scheduled dashboards for reporting work', () => {
    const found = suggestions([person('a', { analyst: 50 })]);
    expect(
      text(
        found.find((s) => s.action === 'automate'),
        'en',
      ),
    ).toMatch(/scheduled dashboards/);
    expect(found.some((s) => s.action === 'share')).toBe(false); // no one to share with
  });

  it('shares with a teammate who has capacity, preferring one who already wears the hat', () => {
    const team = [
      person('busy', { video: 50 }),
      person('full', { video: 38 }), // wears the hat, but has no room
      person('free', {}),
      person('knows', { video: 4 }),
    ];
    const share = suggestions(team).find((s) => s.action === 'share');
    expect(share?.hat).toBe('video');
    expect(text(share, 'en')).toMatch(/Name knows.*already wears it/);
    expect(text(share, 'en')).not.toMatch(/Name full/);
  });

  it('does not offer the same spare hours to two people', () => {
    const team = [person('a', { writer: 50 }), person('b', { writer: 46 }), person('helper', { writer: 24 })];
    // The helper has 12 hours of room before being stretched: 10 go to the most overloaded (a)...
    const shares = suggestions(team).filter((s) => s.action === 'share');
    expect(shares.map((s) => s.memberId)).toEqual(['a', 'b']);
    expect(text(shares[0]!, 'en')).toMatch(/about 10 hours/);
    // ...and only the 2 left to b.
    expect(text(shares[1]!, 'en')).toMatch(/about 2 hours/);
  });

  it('isolates names, so a right-to-left name does not reorder the sentence', () => {
    const team = [person('a', { writer: 50 }, { name: 'مريم' }), person('b', {})];
    for (const s of suggestions(team)) expect(text(s, 'en')).toContain('\u2068مريم\u2069');
  });

  it('never gives anyone more than three, and gives the same answer every time, for 200 members', () => {
    const team = Array.from({ length: 200 }, (_, i) =>
      person(`m${i}`, {
        [hats[i % hats.length]!]: (i * 7) % 60,
        [hats[(i + 3) % hats.length]!]: (i * 3) % 30,
        analyst: i % 5,
      }),
    );
    const found = suggestions(team);
    const perMember = new Map<string, number>();
    for (const s of found) perMember.set(s.memberId, (perMember.get(s.memberId) ?? 0) + 1);
    expect(perMember.size).toBeGreaterThan(0);
    for (const count of perMember.values()) expect(count).toBeLessThanOrEqual(3);
    const overloaded = new Set(
      teamWorkload(team)
        .members.filter((m) => m.level === 'overloaded')
        .map((m) => m.memberId),
    );
    expect(new Set(perMember.keys())).toEqual(overloaded);
    expect(suggestions(team)).toEqual(found);
  });

  it('leaves removed people out, as the overloaded and as helpers', () => {
    const team = [person('a', { writer: 50 }), person('gone', {}, { deletedAt: t0 })];
    expect(suggestions(team).some((s) => s.action === 'share')).toBe(false);
    expect(suggestions([person('gone', { writer: 80 }, { deletedAt: t0 })])).toEqual([]);
  });
});
