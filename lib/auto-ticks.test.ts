import { describe, expect, it } from 'vitest';
import { library } from '../content';
import type { AutoTick, ChecklistItem, ChecklistPhase } from '../content/schema';
import {
  checklistPhases,
  checklistProgress,
  checklistStage,
  evaluateAutoTick,
  noActivity,
  recordVisit,
  visitSchema,
  type Activity,
  type Visit,
  type AutoTickResult,
} from './auto-ticks';
import { say, type Message } from './i18n';

const options = { platforms: library.platforms, timeZone: 'Asia/Jakarta' };
/** 5 August 2025, 10:00 in Jakarta: "Aug" in English, "Agu" in Indonesian. */
const aug5 = Date.UTC(2025, 7, 5, 3);
const day = 86_400_000;

function item(id: string, autoTick?: AutoTick, phase: ChecklistPhase = 'first-week'): ChecklistItem {
  return { id, phase, text: { en: `Do ${id}.`, id: `Kerjakan ${id}.` }, autoTick };
}

function visit(platform: string, surface: string, kind: Visit['kind'], at: number): Visit {
  return { platform, surface, kind, at };
}

/** A reason in both languages, as the interface words it. */
function both(because: Message | null): { en: string; id: string } | null {
  return because && { en: say('en', because), id: say('id', because) };
}

/** A result with its reason worded in both languages. */
function worded(result: AutoTickResult) {
  return { done: result.done, because: both(result.because) };
}

function withVisits(...visits: Visit[]): Activity {
  return { ...noActivity, visits };
}

describe('recordVisit', () => {
  const first = visit('linkedin', 'page-analytics', 'analytics', aug5);

  it('keeps only the first visit to a surface and returns the same object when nothing changes', () => {
    const once = recordVisit(noActivity, first);
    expect(once.visits).toEqual([first]);
    const again = recordVisit(once, { ...first, at: aug5 + day });
    expect(again).toBe(once);
  });

  it('counts another surface of the same platform as new', () => {
    const both = recordVisit(recordVisit(noActivity, first), visit('linkedin', 'feed', 'feed', aug5 + 1));
    expect(both.visits).toHaveLength(2);
  });

  it('stays bounded, dropping the oldest', () => {
    let activity = noActivity;
    for (let index = 0; index < 5; index += 1) {
      activity = recordVisit(activity, visit(`platform-${index}`, 'feed', 'feed', aug5 + index), 3);
    }
    expect(activity.visits.map((entry) => entry.platform)).toEqual(['platform-2', 'platform-3', 'platform-4']);
  });

  it('does not change the activity it was given', () => {
    recordVisit(noActivity, first);
    expect(noActivity.visits).toEqual([]);
  });

  it('validates stored visits', () => {
    expect(visitSchema.safeParse(first).success).toBe(true);
    expect(visitSchema.safeParse({ ...first, kind: 'lobby' }).success).toBe(false);
  });
});

describe('evaluateAutoTick', () => {
  it('never ticks an item without a rule', () => {
    expect(evaluateAutoTick(item('talk'), withVisits(), options)).toEqual({ done: false, because: null });
  });

  it('ticks a visit to a named platform, saying where and when in both languages', () => {
    const rule: AutoTick = { kind: 'visited', surface: 'analytics', platform: 'linkedin', count: 1 };
    const activity = withVisits(
      visit('instagram', 'insights', 'analytics', aug5 - day),
      visit('linkedin', 'page-analytics', 'analytics', aug5),
    );
    expect(worded(evaluateAutoTick(item('open', rule), activity, options))).toEqual({
      done: true,
      because: {
        en: 'You opened Page analytics on LinkedIn with Sidecoach on 5 Aug.',
        id: 'Anda membuka Analitik Halaman di LinkedIn dengan Sidecoach pada 5 Agu.',
      },
    });
  });

  it('ticks the same without the platforms, naming them by id (the popup shows no reason)', () => {
    const rule: AutoTick = { kind: 'visited', surface: 'analytics', platform: 'linkedin', count: 1 };
    const activity = withVisits(visit('linkedin', 'page-analytics', 'analytics', aug5));
    const result = evaluateAutoTick(item('open', rule), activity, { timeZone: 'Asia/Jakarta' });
    expect(result.done).toBe(true);
    expect(both(result.because)?.en).toBe('You opened analytics on linkedin with Sidecoach on 5 Aug.');
  });

  it('does not tick a named platform from another platform or another kind of page', () => {
    const rule: AutoTick = { kind: 'visited', surface: 'analytics', platform: 'linkedin', count: 1 };
    const activity = withVisits(
      visit('instagram', 'insights', 'analytics', aug5),
      visit('linkedin', 'feed', 'feed', aug5),
    );
    expect(evaluateAutoTick(item('open', rule), activity, options).done).toBe(false);
  });

  it('needs `count` different platforms, and dates the tick by the visit that completed it', () => {
    const rule: AutoTick = { kind: 'visited', surface: 'analytics', count: 3 };
    const two = withVisits(
      visit('linkedin', 'page-analytics', 'analytics', aug5 - 3 * day),
      visit('linkedin', 'creator-analytics', 'analytics', aug5 - 2 * day),
      visit('instagram', 'insights', 'analytics', aug5 - day),
    );
    expect(evaluateAutoTick(item('three', rule), two, options)).toEqual({ done: false, because: null });

    const three = { ...two, visits: [...two.visits, visit('tiktok', 'analytics', 'analytics', aug5)] };
    expect(both(evaluateAutoTick(item('three', rule), three, options).because)).toEqual({
      en: 'You opened analytics on LinkedIn, Instagram and TikTok with Sidecoach, the last of them on 5 Aug.',
      id: 'Anda membuka halaman analytics di LinkedIn, Instagram, dan TikTok dengan Sidecoach, yang terakhir pada 5 Agu.',
    });
  });

  it('dates by the time zone given', () => {
    const rule: AutoTick = { kind: 'visited', surface: 'inbox', count: 1 };
    // 23:30 on 4 August in London is already 5 August in Jakarta.
    const late = withVisits(visit('linkedin', 'messaging', 'inbox', Date.UTC(2025, 7, 4, 22, 30)));
    expect(both(evaluateAutoTick(item('inbox', rule), late, options).because)?.en).toMatch(/on 5 Aug\.$/);
    expect(
      both(evaluateAutoTick(item('inbox', rule), late, { ...options, timeZone: 'Europe/London' }).because)?.en,
    ).toMatch(/on 4 Aug\.$/);
  });

  it('names a platform it does not know by its id', () => {
    const rule: AutoTick = { kind: 'visited', surface: 'feed', count: 1 };
    const activity = withVisits(visit('mastodon', 'home', 'feed', aug5));
    expect(both(evaluateAutoTick(item('feed', rule), activity, options).because)?.en).toBe(
      'You opened the feed on mastodon with Sidecoach on 5 Aug.',
    );
  });

  it.each([
    [
      { kind: 'saved-question', count: 3 } as const,
      { savedQuestions: 4 },
      'You saved 4 questions or metric cards for your 1:1s.',
    ],
    [{ kind: 'saved-question', count: 1 } as const, { savedQuestions: 1 }, 'You saved a question for a 1:1.'],
    [{ kind: 'metric-note', count: 1 } as const, { metricNotes: 2 }, 'You wrote 2 notes about metrics.'],
    [{ kind: 'team-member', count: 1 } as const, { teamMembers: 1 }, 'Your team roster has one person in it.'],
  ])('ticks %j from counts', (rule, counts, because) => {
    const result = evaluateAutoTick(item('count', rule), { ...noActivity, ...counts }, options);
    expect(result.done).toBe(true);
    expect(both(result.because)?.en).toBe(because);
    expect(both(result.because)?.id).toMatch(/\S/);
  });

  it('does not tick below the count', () => {
    const rule: AutoTick = { kind: 'saved-question', count: 3 };
    expect(evaluateAutoTick(item('count', rule), { ...noActivity, savedQuestions: 2 }, options).done).toBe(false);
  });
});

describe('checklistProgress', () => {
  const inbox = item('read-inbox', { kind: 'visited', surface: 'inbox', count: 1 });
  const roster = item('roster', { kind: 'team-member', count: 1 }, 'first-30-days');
  const talk = item('talk', undefined, 'first-30-days');
  const activity: Activity = { ...withVisits(visit('linkedin', 'messaging', 'inbox', aug5)), teamMembers: 2 };

  it('combines automatic and manual ticks, and counts each phase', () => {
    const progress = checklistProgress([inbox, roster, talk], { talk: { done: true, at: aug5 } }, activity, options);
    expect(progress.items.map((entry) => ({ ...entry, because: both(entry.because) }))).toEqual([
      { id: 'read-inbox', done: true, source: 'auto', because: expect.objectContaining({ en: expect.any(String) }) },
      { id: 'roster', done: true, source: 'auto', because: expect.objectContaining({ en: expect.any(String) }) },
      {
        id: 'talk',
        done: true,
        source: 'manual',
        because: { en: 'You ticked this on 5 Aug.', id: 'Anda mencentang ini pada 5 Agu.' },
      },
    ]);
    expect(progress.phases).toEqual({
      'first-week': { done: 1, total: 1 },
      'first-30-days': { done: 2, total: 2 },
      'first-60-days': { done: 0, total: 0 },
      'first-90-days': { done: 0, total: 0 },
    });
  });

  it("lets the leader's untick win over an automatic tick", () => {
    const progress = checklistProgress([inbox], { 'read-inbox': { done: false, at: aug5 } }, activity, options);
    expect(progress.items).toEqual([{ id: 'read-inbox', done: false, source: 'manual', because: null }]);
    expect(progress.phases['first-week']).toEqual({ done: 0, total: 1 });
  });

  it('leaves untouched items open with no source', () => {
    const progress = checklistProgress([talk], {}, activity, options);
    expect(progress.items).toEqual([{ id: 'talk', done: false, source: null, because: null }]);
  });

  it('ignores a manual tick stored under an inherited property name', () => {
    const odd = item('constructor', undefined);
    expect(checklistProgress([odd], {}, noActivity, options).items[0].source).toBeNull();
  });

  it('starts at zero for the whole library, with every item counted in its phase', () => {
    const progress = checklistProgress(library.checklists, {}, noActivity, options);
    expect(progress.items.every((entry) => !entry.done && entry.source === null)).toBe(true);
    const total = Object.values(progress.phases).reduce((sum, phase) => sum + phase.total, 0);
    expect(total).toBe(library.checklists.length);
  });

  it('can tick every automatic item in the library, each with a reason in both languages', () => {
    const kinds = ['feed', 'profile', 'inbox', 'publishing', 'ads', 'analytics'] as const;
    const busy: Activity = {
      visits: library.platforms.flatMap((platform) =>
        kinds.map((kind, index) => visit(platform.id, `${kind}-page`, kind, aug5 + index)),
      ),
      savedQuestions: 10,
      metricNotes: 10,
      teamMembers: 10,
    };
    const progress = checklistProgress(library.checklists, {}, busy, options);
    const automatic = library.checklists.filter((entry) => entry.autoTick).map((entry) => entry.id);
    for (const entry of progress.items.filter((candidate) => automatic.includes(candidate.id))) {
      expect(entry, entry.id).toMatchObject({ done: true, source: 'auto' });
      expect(both(entry.because)?.en, entry.id).toMatch(/\.$/);
      expect(both(entry.because)?.id, entry.id).toMatch(/\.$/);
    }
  });

  it('ticks an item from a visit only when its wording asks for nothing more than opening a page', () => {
    // "Ask the person who runs it to walk you through the analytics" must not tick when the
    // leader merely opens the analytics: a visit cannot show that anyone was asked anything.
    const claimsMore = /\b(ask|tell|agree|walk you through|with the person|beside whoever|note|write)\b/i;
    const byVisit = library.checklists.filter((entry) => entry.autoTick?.kind === 'visited');
    expect(byVisit.length).toBe(6);
    for (const entry of byVisit) expect(entry.text.en, entry.id).not.toMatch(claimsMore);
  });
});

describe('checklistStage', () => {
  const week = [item('a'), item('b')];
  const month = [item('c', undefined, 'first-30-days')];
  const items = [...week, ...month];
  const ticked = (...ids: string[]) => Object.fromEntries(ids.map((id) => [id, { done: true, at: aug5 }]));
  const stageOf = (ticks: Record<string, { done: boolean; at: number }>, activity = noActivity) =>
    checklistStage(items, checklistProgress(items, ticks, activity, options));

  it('names the first stage with a step left, and its first step not done', () => {
    expect(stageOf({})).toEqual({ phase: 'first-week', next: week[0] });
    expect(stageOf(ticked('a'))).toEqual({ phase: 'first-week', next: week[1] });
    // A step done out of order leaves the earlier one next.
    expect(stageOf(ticked('b'))).toEqual({ phase: 'first-week', next: week[0] });
  });

  it("moves on to the next stage when one is done, in the stages' order", () => {
    expect(stageOf(ticked('a', 'b'))).toEqual({ phase: 'first-30-days', next: month[0] });
    expect(checklistPhases.map(({ id }) => id)).toEqual([
      'first-week',
      'first-30-days',
      'first-60-days',
      'first-90-days',
    ]);
  });

  it('rests on the last stage with nothing next once every step is done', () => {
    expect(stageOf(ticked('a', 'b', 'c'))).toEqual({ phase: 'first-90-days', next: null });
  });

  it('counts a step the leader unticked as left, even when activity would tick it', () => {
    const inbox = item('read-inbox', { kind: 'visited', surface: 'inbox', count: 1 });
    const activity = withVisits(visit('linkedin', 'messaging', 'inbox', aug5));
    const progress = checklistProgress([inbox], { 'read-inbox': { done: false, at: aug5 } }, activity, options);
    expect(checklistStage([inbox], progress)).toEqual({ phase: 'first-week', next: inbox });
    const auto = checklistProgress([inbox], {}, activity, options);
    expect(checklistStage([inbox], auto)).toEqual({ phase: 'first-90-days', next: null });
  });
});
