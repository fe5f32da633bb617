// @vitest-environment happy-dom
// The Coach reads the history of each metric on screen ahead, one per idle moment, and again when
// a series changes, so that an open card finds it checked; it stops when the view goes.
import { renderHook, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SERIES_PREFIX, seriesId } from '@/state/readings';

const read = vi.hoisted(() => vi.fn(async (_platform: string, _account: string | null, _metric: string) => []));
vi.mock('@/state/readings', async (original) => ({
  ...(await original<typeof import('@/state/readings')>()),
  readSeries: read,
}));
const { usePreloadedSeries } = await import('./use-series');

const readMetrics = () => read.mock.calls.map(([, , metric]) => metric);

describe('the series read ahead', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    read.mockClear();
  });

  it('reads each metric on screen once, then a series again when it changes', async () => {
    const { unmount } = renderHook(() => usePreloadedSeries('linkedin', '104937', ['impressions', 'reach']));
    await waitFor(() => expect(readMetrics()).toEqual(['impressions', 'reach']));

    await fakeBrowser.storage.local.set({ [`${SERIES_PREFIX}${seriesId('linkedin', '104937', 'reach')}`]: {} });
    await fakeBrowser.storage.local.set({ [`${SERIES_PREFIX}${seriesId('linkedin', 'other', 'reach')}`]: {} });
    await waitFor(() => expect(readMetrics()).toEqual(['impressions', 'reach', 'reach']));

    unmount();
    await fakeBrowser.storage.local.set({ [`${SERIES_PREFIX}${seriesId('linkedin', '104937', 'impressions')}`]: {} });
    await new Promise((done) => setTimeout(done, 20));
    expect(readMetrics()).toEqual(['impressions', 'reach', 'reach']);
  });

  it('reads nothing where no platform is known', async () => {
    renderHook(() => usePreloadedSeries(null, null, ['impressions']));
    await new Promise((done) => setTimeout(done, 20));
    expect(read).not.toHaveBeenCalled();
  });
});
