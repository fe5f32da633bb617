import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { followTab, forgetTab, readTabContext, recordPage, watchTabContext } from './tab-contexts';

describe('tab contexts', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('records the detected context of a supported page per tab', async () => {
    await recordPage(1, { url: 'https://www.linkedin.com/feed/', title: 'Feed' }, 1000);
    await recordPage(
      2,
      { url: 'https://studio.youtube.com/channel/UCabc/analytics/tab-overview/period-default' },
      2000,
    );
    expect(await readTabContext(1)).toEqual({
      url: 'https://www.linkedin.com/feed/',
      title: 'Feed',
      platform: 'linkedin',
      surface: 'feed',
      metrics: [],
      updatedAt: 1000,
    });
    expect(await readTabContext(2)).toMatchObject({ platform: 'youtube', surface: 'studio-analytics' });
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
    await recordPage(3, { url: 'https://www.linkedin.com/company/1/admin/analytics/updates/' });
    await forgetTab(3);
    unwatch();
    expect(seen.mock.calls.map(([context]) => context?.surface ?? null)).toEqual(['feed', 'page-analytics', null]);
  });

  it('reads anything unexpected in its storage as no context', async () => {
    await fakeBrowser.storage.session.set({ 'tab-context:4': { platform: 42 } });
    expect(await readTabContext(4)).toBeNull();
  });

  it('follows a navigating tab: forgets it when its URL is hidden, keeps a richer report for the same URL', async () => {
    const url = 'https://www.linkedin.com/company/1/admin/analytics/updates/';
    await recordPage(5, { url, texts: ['Impressions'] }, 1);
    expect(await followTab(5, url)).toMatchObject({ metrics: ['impressions'], updatedAt: 1 });
    expect(await followTab(5, 'https://www.linkedin.com/feed/')).toMatchObject({ surface: 'feed', metrics: [] });
    expect(await followTab(5, undefined)).toBeNull();
    expect(await readTabContext(5)).toBeNull();
  });
});
