// Checklist progress as stored: the leader's ticks and the activity that ticks items by itself,
// read entry by entry so damage to one never costs the rest.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { activityItem, recordActivityCounts, recordActivityVisit, setTick, ticksItem } from './checklist';

const visit = { platform: 'linkedin', surface: 'page-analytics', kind: 'analytics' as const, at: 1000 };
const noActivity = { visits: [], savedQuestions: 0, metricNotes: 0, teamMembers: 0 };

describe('checklist state', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('starts empty', async () => {
    expect(await ticksItem.read()).toEqual({ value: {}, problem: null });
    expect(await activityItem.read()).toEqual({ value: noActivity, problem: null });
  });

  it('keeps ticks and unticks', async () => {
    await setTick('meet-each-person', true, 5);
    await setTick('list-platforms', false, 6);
    expect((await ticksItem.read()).value).toEqual({
      'meet-each-person': { done: true, at: 5 },
      'list-platforms': { done: false, at: 6 },
    });
  });

  it('records the first visit of each page and the counts, writing only on change', async () => {
    const writes: unknown[] = [];
    const listener = (changes: Record<string, unknown>) => writes.push(Object.keys(changes));
    fakeBrowser.storage.onChanged.addListener(listener);
    await recordActivityVisit(visit);
    await recordActivityVisit({ ...visit, at: 2000 });
    await recordActivityCounts({ savedQuestions: 2, metricNotes: 1, teamMembers: 0 });
    await recordActivityCounts({ savedQuestions: 2, metricNotes: 1, teamMembers: 0 });
    // Unsaving a question later does not take back what was done.
    await recordActivityCounts({ savedQuestions: 1, metricNotes: 0, teamMembers: 0 });
    expect((await activityItem.read()).value).toEqual({
      visits: [visit],
      savedQuestions: 2,
      metricNotes: 1,
      teamMembers: 0,
    });
    expect(writes).toEqual([['activity'], ['activity']]);
    fakeBrowser.storage.onChanged.removeListener(listener);
  });

  it('uses every readable tick when one is damaged, says so, and keeps the damaged value aside at the next tick', async () => {
    const stored = {
      'meet-each-person': { done: true, at: 5 },
      'list-platforms': { done: 'yes', at: 6 },
      'ask-definitions': { done: true, at: 7 },
    };
    await fakeBrowser.storage.local.set({ 'checklist-ticks': stored });
    expect(await ticksItem.read()).toEqual({
      value: { 'meet-each-person': { done: true, at: 5 }, 'ask-definitions': { done: true, at: 7 } },
      problem: 'partial',
    });

    await setTick('map-workload', true, 9);

    const after = await fakeBrowser.storage.local.get(null);
    expect(after['checklist-ticks']).toEqual({
      'meet-each-person': { done: true, at: 5 },
      'ask-definitions': { done: true, at: 7 },
      'map-workload': { done: true, at: 9 },
    });
    expect(after['kept:checklist-ticks:9']).toMatchObject({
      key: 'checklist-ticks',
      value: stored,
      problem: 'partial',
    });
  });

  it('reads 501 stored visits as 501, and adds the next one', async () => {
    const visits = Array.from({ length: 501 }, (_, index) => ({ ...visit, surface: `surface-${index}`, at: index }));
    await fakeBrowser.storage.local.set({ activity: { ...noActivity, visits } });
    expect(await activityItem.read()).toEqual({ value: { ...noActivity, visits }, problem: null });
    await recordActivityVisit({ ...visit, surface: 'one-more', at: 999 });
    expect((await activityItem.read()).value.visits).toHaveLength(502);
  });

  it('reads a damaged visit list as the visits it can read, and keeps the counts', async () => {
    await fakeBrowser.storage.local.set({
      activity: { visits: [visit, { platform: 42 }], savedQuestions: 3, metricNotes: 'many', teamMembers: 2 },
    });
    expect(await activityItem.read()).toEqual({
      value: { visits: [visit], savedQuestions: 3, metricNotes: 0, teamMembers: 2 },
      problem: 'partial',
    });
  });

  it('reads values that are not checklist data at all as nothing yet, leaving them stored', async () => {
    await fakeBrowser.storage.local.set({ 'checklist-ticks': 'garbage', activity: { visits: 3 } });
    expect(await ticksItem.read()).toEqual({ value: {}, problem: 'partial' });
    expect((await activityItem.read()).value.visits).toEqual([]);
    expect(await fakeBrowser.storage.local.get('checklist-ticks')).toEqual({ 'checklist-ticks': 'garbage' });
  });
});
