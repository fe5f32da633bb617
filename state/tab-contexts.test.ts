import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { labelsFor } from '../lib/context';
import type { LabelsReport } from '../lib/messages';
import {
  allTabContexts,
  followTab,
  forgetTab,
  planFor,
  readTabContext,
  recordLabels,
  recordPage,
  watchTabContext,
} from './tab-contexts';

const analytics = 'https://www.linkedin.com/company/104937/admin/analytics/updates/';
const reading = { pausedPlatforms: [], hints: false };

function labelsReport(labels: string[], url = analytics): LabelsReport {
  return { type: 'sidecoach/labels', url, labels, dateRange: 'Last 30 days', scan: { nodes: 10, ms: 1, slices: 1 } };
}

describe('tab contexts', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('records the detected context of a supported page per tab', async () => {
    await recordPage(1, { url: 'https://www.linkedin.com/feed/', title: 'Feed' }, reading, 1000);
    await recordPage(2, { url: 'https://studio.youtube.com/channel/UCabc/analytics/tab-overview/period-default' });
    expect(await readTabContext(1)).toEqual({
      url: 'https://www.linkedin.com/feed/',
      title: 'Feed',
      platform: 'linkedin',
      surface: 'feed',
      kind: 'feed',
      account: null,
      dateRange: null,
      metrics: [],
      labels: [],
      paused: false,
      scan: null,
      updatedAt: 1000,
    });
    expect(await readTabContext(2)).toMatchObject({ platform: 'youtube', surface: 'studio-analytics' });
    expect([...(await allTabContexts()).keys()].sort()).toEqual([1, 2]);
  });

  it('forgets a tab that moves to an unsupported page', async () => {
    await recordPage(1, { url: 'https://www.linkedin.com/feed/' });
    expect(await recordPage(1, { url: 'https://example.org/' })).toBeNull();
    expect(await readTabContext(1)).toBeNull();
  });

  it('tells watchers about every change, and about forgetting', async () => {
    const seen = vi.fn();
    const unwatch = watchTabContext(3, seen);
    await recordPage(3, { url: 'https://www.linkedin.com/feed/' });
    await recordPage(3, { url: analytics });
    await forgetTab(3);
    unwatch();
    expect(seen.mock.calls.map(([context]) => context?.surface ?? null)).toEqual(['feed', 'page-analytics', null]);
  });

  it('reads anything unexpected in its storage as no context', async () => {
    await fakeBrowser.storage.session.set({ 'tab-context:4': { platform: 42 } });
    expect(await readTabContext(4)).toBeNull();
  });

  it('keeps the labels a scan found, turned into metrics, with the date range', async () => {
    await recordPage(5, { url: analytics });
    const context = await recordLabels(5, labelsReport(['Impressions', 'Reactions', 'Impressions']));
    expect(context).toMatchObject({
      metrics: ['impressions', 'reactions'],
      labels: ['Impressions', 'Reactions'],
      dateRange: 'Last 30 days',
      scan: { nodes: 10, ms: 1, slices: 1 },
    });
  });

  it('drops labels that are not this platform’s, so a page cannot put its own text in the panel', async () => {
    await recordPage(6, { url: analytics });
    const context = await recordLabels(6, labelsReport(['Impressions', 'Click here to win', 'Sidecoach says hi']));
    expect(context?.labels).toEqual(['Impressions']);
  });

  it('ignores a scan of a page the tab has left', async () => {
    await recordPage(7, { url: analytics });
    await recordPage(7, { url: 'https://www.linkedin.com/feed/' });
    await recordLabels(7, labelsReport(['Impressions']));
    expect(await readTabContext(7)).toMatchObject({ surface: 'feed', metrics: [], labels: [] });
  });

  it('reads nothing where the leader paused Sidecoach, or on inboxes', async () => {
    const paused = await recordPage(8, { url: analytics }, { pausedPlatforms: ['linkedin'], hints: false });
    expect(paused).toMatchObject({ paused: true, platform: 'linkedin' });
    expect(planFor(paused, reading).scan).toBe(false);
    await recordLabels(8, labelsReport(['Impressions']));
    expect(await readTabContext(8)).toMatchObject({ metrics: [], labels: [] });

    const inbox = await recordPage(9, { url: 'https://www.linkedin.com/messaging/' });
    expect(planFor(inbox, reading)).toEqual({ scan: false, labels: [], hints: false });
  });

  it('plans to read this platform’s labels on analytics pages, with hints when they are on', async () => {
    const context = await recordPage(10, { url: analytics });
    const plan = planFor(context, { pausedPlatforms: ['x'], hints: true });
    expect(plan.scan).toBe(true);
    expect(plan.hints).toBe(true);
    expect(plan.labels).toEqual(labelsFor('linkedin'));
    expect(plan.labels).toContain('Impressions');
  });

  it('follows a navigating tab: forgets it when its URL is hidden, keeps a richer report for the same URL', async () => {
    await recordPage(11, { url: analytics }, reading, 1);
    await recordLabels(11, labelsReport(['Impressions']), 2);
    expect(await followTab(11, analytics)).toMatchObject({ metrics: ['impressions'], updatedAt: 2 });
    expect(await followTab(11, 'https://www.linkedin.com/feed/')).toMatchObject({ surface: 'feed', metrics: [] });
    expect(await followTab(11, undefined)).toBeNull();
    expect(await readTabContext(11)).toBeNull();
  });
});
