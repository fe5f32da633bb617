// Which tab the panel coaches on, and that tab's context, live. By default the active tab of
// the panel's own window, following tab switches; with `?tabId=N`, that one tab only.
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { readTabContext, watchTabContext, type TabContext } from '@/state/tab-contexts';

export type PanelState =
  | { status: 'loading' }
  | { status: 'ready'; tabId: number; context: TabContext | null }
  | { status: 'tab-closed' }
  | { status: 'error'; error: string };

/** The tab id in `?tabId=N`, or null when absent or not a tab id. */
export function pinnedTabIdFrom(search: string): number | null {
  const value = new URLSearchParams(search).get('tabId');
  if (value === null || !/^\d+$/.test(value)) return null;
  return Number(value);
}

/** Follows the tab to coach on: the pinned one, or the active tab of this window. */
function useCoachedTabId(pinnedTabId: number | null): { tabId: number | null; closed: boolean; error: string | null } {
  const [tabId, setTabId] = useState<number | null>(pinnedTabId);
  const [closed, setClosed] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (pinnedTabId !== null) {
      browser.tabs.get(pinnedTabId).catch(() => setClosed(true));
      const onRemoved = (removedId: number) => {
        if (removedId === pinnedTabId) setClosed(true);
      };
      browser.tabs.onRemoved.addListener(onRemoved);
      return () => browser.tabs.onRemoved.removeListener(onRemoved);
    }

    let windowId: number | undefined;
    const onActivated = (info: { tabId: number; windowId: number }) => {
      if (info.windowId === windowId) setTabId(info.tabId);
    };
    browser.tabs.onActivated.addListener(onActivated);
    browser.windows
      .getCurrent()
      .then(async (window) => {
        windowId = window.id;
        const [active] = await browser.tabs.query({ active: true, windowId });
        if (active?.id !== undefined) setTabId(active.id);
      })
      .catch((reason: unknown) => setError(String(reason)));
    return () => browser.tabs.onActivated.removeListener(onActivated);
  }, [pinnedTabId]);

  return { tabId, closed, error };
}

export function useTabContext(pinnedTabId: number | null): PanelState {
  const { tabId, closed, error } = useCoachedTabId(pinnedTabId);
  const [loaded, setLoaded] = useState<{ tabId: number; context: TabContext | null } | null>(null);
  const [readError, setReadError] = useState<string | null>(null);

  useEffect(() => {
    if (tabId === null) return;
    let current = true;
    const unwatch = watchTabContext(tabId, (context) => {
      if (current) setLoaded({ tabId, context });
    });
    readTabContext(tabId)
      .then((context) => {
        if (current) setLoaded({ tabId, context });
      })
      .catch((reason: unknown) => {
        if (current) setReadError(String(reason));
      });
    return () => {
      current = false;
      unwatch();
    };
  }, [tabId]);

  if (closed) return { status: 'tab-closed' };
  const problem = error ?? readError;
  if (problem) return { status: 'error', error: problem };
  if (tabId === null || loaded?.tabId !== tabId) return { status: 'loading' };
  return { status: 'ready', tabId, context: loaded.context };
}
