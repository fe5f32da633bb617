// @vitest-environment happy-dom
// The coached tab's context, read before React renders and then kept live: the early answer shows
// first, and a change made before the hook started watching is never lost.
import { renderHook, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sampleContext } from '@/lib/sample';
import { readTabContext, recordContext } from '@/state/tab-contexts';
import { pinnedTabIdFrom, startReadingEarly, useTabContext, type PanelState } from './use-tab-context';

const now = Date.UTC(2026, 11, 1, 9);
const at = (path: string) => sampleContext(`chrome-extension://sidecoach/sample.html#${path}`, now);

describe('pinnedTabIdFrom', () => {
  it.each([
    ['?tabId=12', 12],
    ['?foo=1&tabId=0', 0],
    ['', null],
    ['?tabId=', null],
    ['?tabId=-1', null],
    ['?tabId=1.5', null],
    ['?tabId=12abc', null],
  ])('%j gives %j', (search, expected) => {
    expect(pinnedTabIdFrom(search)).toBe(expected);
  });
});

describe('the context read before React renders', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.restoreAllMocks());

  it('is replaced by a change made after it was read and before the hook watched', async () => {
    await recordContext(5, at('first'));
    startReadingEarly(5);
    // Let the early read finish, then change the tab's context before any hook watches it.
    await readTabContext(5);
    await recordContext(5, at('second'));

    const { result } = renderHook(() => useTabContext(5));
    await waitFor(() => expect(result.current).toMatchObject({ status: 'ready', tabId: 5 }));
    await waitFor(() => {
      expect(result.current.status === 'ready' && result.current.context?.url).toMatch(/#second$/);
    });
  });

  it('is not used for another tab', async () => {
    await recordContext(5, at('five'));
    await recordContext(6, at('six'));
    startReadingEarly(5);

    const { result } = renderHook(() => useTabContext(6));
    await waitFor(() => {
      expect(result.current.status === 'ready' && result.current.context?.url).toMatch(/#six$/);
    });
  });

  it('follows later changes as before', async () => {
    await recordContext(7, at('one'));
    startReadingEarly(7);
    const { result } = renderHook(() => useTabContext(7));
    await waitFor(() => {
      expect(result.current.status === 'ready' && result.current.context?.url).toMatch(/#one$/);
    });
    await recordContext(7, at('two'));
    await waitFor(() => {
      expect(result.current.status === 'ready' && result.current.context?.url).toMatch(/#two$/);
    });
  });

  it('shows in the first render when it has come by then, and only in the first panel that asks', async () => {
    await recordContext(8, at('early'));
    startReadingEarly(8);
    // The early read finishes while the page's modules and language files load.
    await new Promise((done) => setTimeout(done, 0));

    const states: PanelState[] = [];
    const first = renderHook(() => {
      const state = useTabContext(8);
      states.push(state);
      return state;
    });
    expect(states[0]).toMatchObject({ status: 'ready', tabId: 8 });
    expect(states[0]?.status === 'ready' && states[0].context?.url).toMatch(/#early$/);
    first.unmount();

    // Taken once: a later view reads the tab afresh, never an answer that may be old by then.
    const later: PanelState[] = [];
    renderHook(() => {
      const state = useTabContext(8);
      later.push(state);
      return state;
    });
    expect(later[0]).toEqual({ status: 'loading' });
    await waitFor(() => expect(later.at(-1)).toMatchObject({ status: 'ready', tabId: 8 }));
  });

  it('follows the active tab from the early answer when the panel is not pinned', async () => {
    const tabId = 9;
    vi.spyOn(fakeBrowser.windows, 'getCurrent').mockResolvedValue({
      id: 1,
      focused: true,
      alwaysOnTop: false,
      incognito: false,
    });
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([
      { ...(await fakeBrowser.tabs.get(0)), id: tabId, active: true },
    ]);
    await recordContext(tabId, at('active'));
    startReadingEarly(null);
    await new Promise((done) => setTimeout(done, 0));

    const states: PanelState[] = [];
    renderHook(() => {
      const state = useTabContext(null);
      states.push(state);
      return state;
    });
    expect(states[0]).toMatchObject({ status: 'ready', tabId });
  });
});
