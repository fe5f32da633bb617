import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
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
  return {
    type: 'sidecoach/labels',
    url,
    labels,
    values: [],
    lang: '',
    dateRange: 'Last 30 days',
    scan: { nodes: 10, ms: 1, slices: 1 },
  };
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
      sample: false,
      values: [],
      locale: 'en',
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

  it('keeps what was read when the same page reports itself again', async () => {
    await recordPage(12, { url: analytics }, reading, 1);
    await recordLabels(12, labelsReport(['Impressions']), 2);
    expect(await recordPage(12, { url: analytics }, reading, 3)).toMatchObject({
      metrics: ['impressions'],
      labels: ['Impressions'],
    });
    expect(await recordPage(12, { url: 'https://www.linkedin.com/feed/' }, reading, 4)).toMatchObject({
      metrics: [],
      labels: [],
    });
  });

  it('keeps a page with a title over 1,024 characters and an address over 4,096, cut to what it stores', async () => {
    const title = 'Analytics '.repeat(600);
    const ga4 = `https://analytics.google.com/analytics/web/#/p123456789/reports/explorer?params=${'_u..nav%3Dmaui'.repeat(400)}`;
    expect(ga4.length).toBeGreaterThan(4096);
    const context = await recordPage(13, { url: ga4, title });
    expect(context).toMatchObject({
      platform: 'google-analytics',
      url: 'https://analytics.google.com/analytics/web/#/p123456789/reports/explorer',
      title: title.slice(0, 200),
    });
    const labels = await recordLabels(13, labelsReport(['Sessions'], ga4));
    expect(labels?.labels).toEqual(['Sessions']);
  });

  it('never keeps search text a site copies into its address', async () => {
    const typed = 'secret product launch';
    const urls = [
      `https://www.linkedin.com/company/104937/admin/analytics/updates/?keywords=${encodeURIComponent(typed)}&page_id=104937`,
      `https://analytics.google.com/analytics/web/#/p123456789/reports/explorer?params=search%3D${encodeURIComponent(typed)}`,
      `https://www.linkedin.com/feed/?q=${encodeURIComponent(typed)}#${encodeURIComponent(typed)}`,
    ];
    for (const [index, url] of urls.entries()) {
      const context = await recordPage(20 + index, { url, title: 'Page' });
      expect(JSON.stringify(context)).not.toContain('secret');
      expect(JSON.stringify(await fakeBrowser.storage.session.get(null))).not.toContain('secret');
    }
    expect((await readTabContext(20))?.url).toBe(
      'https://www.linkedin.com/company/104937/admin/analytics/updates/?page_id=104937',
    );
  });
});

describe('values on a dashboard', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  const report = (values: LabelsReport['values'], lang = '') => ({
    ...labelsReport(['Impressions', 'Engagement rate']),
    values,
    lang,
  });

  it('reads each value and change in the page language, and keeps both places a label is shown', async () => {
    await recordPage(1, { url: analytics });
    const context = await recordLabels(
      1,
      report(
        [
          { label: 'Impressions', where: 'tile', text: '48.210', change: 'naik 12,4%' },
          { label: 'Impressions', where: 'table', text: '1.2K', change: null },
          { label: 'Engagement rate', where: 'tile', text: '4,79%', change: '↓ 0,3%' },
        ],
        'id',
      ),
    );
    expect(context?.locale).toBe('id');
    expect(context?.values).toEqual([
      {
        metric: 'impressions',
        label: 'Impressions',
        where: 'tile',
        text: '48.210',
        value: { value: 48210, kind: 'count' },
        changeText: 'naik 12,4%',
        change: { value: 12.4, kind: 'percent', direction: 'up' },
      },
      {
        metric: 'impressions',
        label: 'Impressions',
        where: 'table',
        text: '1.2K',
        value: { value: 1200, kind: 'count' },
        changeText: null,
        change: null,
      },
      {
        metric: 'engagement-rate',
        label: 'Engagement rate',
        where: 'tile',
        text: '4,79%',
        value: { value: 4.79, kind: 'percent' },
        changeText: '↓ 0,3%',
        change: { value: 0.3, kind: 'percent', direction: 'down' },
      },
    ]);
  });

  it('keeps a value that does not read as a number as text only, and drops values of labels not this platform’s', async () => {
    await recordPage(2, { url: analytics });
    const context = await recordLabels(
      2,
      report([
        { label: 'Impressions', where: null, text: 'about a lot', change: null },
        { label: 'Free money', where: null, text: '$1,000,000', change: null },
      ]),
      undefined,
      'en-US',
    );
    expect(context?.values).toEqual([
      {
        metric: 'impressions',
        label: 'Impressions',
        where: null,
        text: 'about a lot',
        value: null,
        changeText: null,
        change: null,
      },
    ]);
    expect(context?.locale).toBe('en-US');
  });

  it('reads numbers in the browser language when the page names none, and never in a language a page makes up', async () => {
    await recordPage(3, { url: analytics });
    const shown = [{ label: 'Impressions', where: null, text: '48.210', change: null }] as LabelsReport['values'];
    expect((await recordLabels(3, report(shown, ''), undefined, 'id-ID'))?.values[0]?.value).toEqual({
      value: 48210,
      kind: 'count',
    });
    expect((await recordLabels(3, report(shown, '<script>'), undefined, 'en'))?.locale).toBe('en');
  });
});

describe('one writer at a time per tab', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  /** Storage that answers after a random few milliseconds, so unordered writers would interleave. */
  function slowStorage(seed: number) {
    let state = seed;
    const delay = () => {
      state = (state * 1103515245 + 12345) % 2 ** 31;
      return new Promise((resolve) => setTimeout(resolve, state % 4));
    };
    const session = fakeBrowser.storage.session;
    const get = session.get.bind(session);
    const set = session.set.bind(session);
    vi.spyOn(session, 'get').mockImplementation(async (keys) => {
      await delay();
      const values = await get(keys);
      await delay();
      return values;
    });
    vi.spyOn(session, 'set').mockImplementation(async (values) => {
      await delay();
      await set(values);
    });
  }

  type Writer = 'navigation' | 'page report' | 'labels report';
  const writers: Record<Writer, (tabId: number) => Promise<unknown>> = {
    navigation: (tabId) => followTab(tabId, analytics, 'Analytics'),
    'page report': (tabId) => recordPage(tabId, { url: analytics, title: 'Analytics' }),
    'labels report': (tabId) => recordLabels(tabId, labelsReport(['Impressions', 'Reactions'])),
  };
  const orders: Writer[][] = [
    ['navigation', 'page report', 'labels report'],
    ['navigation', 'labels report', 'page report'],
    ['page report', 'navigation', 'labels report'],
    ['page report', 'labels report', 'navigation'],
    ['labels report', 'navigation', 'page report'],
    ['labels report', 'page report', 'navigation'],
  ];

  it.each(orders)('%s, then %s, then %s: the same result under any timing', async (...order) => {
    for (let seed = 1; seed <= 25; seed++) {
      fakeBrowser.reset();
      vi.restoreAllMocks();
      slowStorage(seed);
      // All three arrive together, in this order; the storage decides how their steps interleave.
      await Promise.all(order.map((writer) => writers[writer](1)));
      const context = await readTabContext(1);
      expect(context, `seed ${seed}`).toMatchObject({
        platform: 'linkedin',
        surface: 'page-analytics',
        title: 'Analytics',
      });
      // The scan counts unless it arrived before anything said which page the tab shows.
      const expected = order[0] === 'labels report' ? [] : ['impressions', 'reactions'];
      expect(context?.metrics, `seed ${seed}`).toEqual(expected);
    }
  });

  it('keeps each tab to itself while they all change at once', async () => {
    slowStorage(7);
    await Promise.all(
      [1, 2, 3, 4, 5].flatMap((tabId) => [
        recordPage(tabId, { url: analytics }),
        recordLabels(tabId, labelsReport(tabId % 2 ? ['Impressions'] : ['Reactions'])),
      ]),
    );
    const contexts = await allTabContexts();
    expect([...contexts.keys()].sort()).toEqual([1, 2, 3, 4, 5]);
    for (const [tabId, context] of contexts)
      expect(context.metrics).toEqual(tabId % 2 ? ['impressions'] : ['reactions']);
  });
});
