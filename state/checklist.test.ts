import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  readChecklistState,
  recordActivityCounts,
  recordActivityVisit,
  setTick,
  watchChecklistState,
} from './checklist';

const visit = { platform: 'linkedin', surface: 'page-analytics', kind: 'analytics' as const, at: 1000 };

describe('checklist state', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('starts empty', async () => {
    expect(await readChecklistState()).toEqual({
      ticks: {},
      activity: { visits: [], savedQuestions: 0, metricNotes: 0, teamMembers: 0 },
    });
  });

  it('keeps ticks and unticks', async () => {
    await setTick('meet-each-person', true, 5);
    await setTick('list-platforms', false, 6);
    expect((await readChecklistState()).ticks).toEqual({
      'meet-each-person': { done: true, at: 5 },
      'list-platforms': { done: false, at: 6 },
    });
  });

  it('records the first visit of each page and the counts, writing only on change', async () => {
    const writes: unknown[] = [];
    const unwatch = watchChecklistState((state) => writes.push(state));
    await recordActivityVisit(visit);
    await recordActivityVisit({ ...visit, at: 2000 });
    await recordActivityCounts({ savedQuestions: 2, metricNotes: 1, teamMembers: 0 });
    await recordActivityCounts({ savedQuestions: 2, metricNotes: 1, teamMembers: 0 });
    // Unsaving a question later does not take back what was done.
    await recordActivityCounts({ savedQuestions: 1, metricNotes: 0, teamMembers: 0 });
    const { activity } = await readChecklistState();
    expect(activity).toEqual({ visits: [visit], savedQuestions: 2, metricNotes: 1, teamMembers: 0 });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(writes).toHaveLength(2);
    unwatch();
  });

  it('reads corrupt values as nothing yet, leaving them in storage', async () => {
    await fakeBrowser.storage.local.set({ 'checklist-ticks': 'garbage', activity: { visits: 3 } });
    expect(await readChecklistState()).toMatchObject({ ticks: {}, activity: { visits: [] } });
    expect(await fakeBrowser.storage.local.get('checklist-ticks')).toEqual({ 'checklist-ticks': 'garbage' });
  });
});
