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

/** The active tab of the panel's own window, and that window. */
async function activeTab(): Promise<{ windowId: number | undefined; tabId: number | null }> {
  const window = await browser.windows.getCurrent();
  const [active] = await browser.tabs.query({ active: true, windowId: window.id });
  return { windowId: window.id, tabId: active?.id ?? null };
}

let earlyTab: Promise<{ windowId: number | undefined; tabId: number | null }> | null = null;
let earlyContext: Promise<{ tabId: number; context: TabContext | null } | null> | null = null;
/**
 * The early answer once it has come, which it usually has by the time the language files are
 * loaded: the panel's first render then shows the tab's metrics at once, instead of a loading
 * state and a second render (timed in the page, the first metric row was painted about 60 ms
 * sooner). Taken once, like the promise, so that a view opened later reads afresh.
 */
let earlyAnswer: { tabId: number; context: TabContext | null } | null = null;

/**
 * Called by main.tsx before React loads: which tab to coach and its context, read while the
 * page's modules and language load rather than after the first render. Taken once, by the hooks.
 */
export function startReadingEarly(pinnedTabId: number | null): void {
  const tab = pinnedTabId !== null ? Promise.resolve({ windowId: undefined, tabId: pinnedTabId }) : activeTab();
  earlyAnswer = null;
  earlyContext = tab
    .then(async ({ tabId }) => (tabId === null ? null : { tabId, context: await readTabContext(tabId) }))
    .then((found) => (earlyAnswer = found))
    .catch(() => null);
  // Awaited by the hook, which reports a failure; until then it is not unhandled.
  tab.catch(() => undefined);
  earlyTab = pinnedTabId === null ? tab : null;
}

/** The early answer about `tabId`'s context, once; undefined in it when it was about another tab. */
function takeEarlyContext(tabId: number): Promise<TabContext | null | undefined> | null {
  const pending = earlyContext;
  earlyContext = null;
  return pending && pending.then((found) => (found?.tabId === tabId ? found.context : undefined));
}

/** The early answer about the active tab, once. */
function takeEarlyTab() {
  const pending = earlyTab;
  earlyTab = null;
  return pending;
}

/** Follows the tab to coach on: the pinned one, or the active tab of this window. */
function useCoachedTabId(pinnedTabId: number | null): { tabId: number | null; closed: boolean; error: string | null } {
  const [tabId, setTabId] = useState<number | null>(pinnedTabId ?? earlyAnswer?.tabId ?? null);
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
    // The answer read before React shows first; the one asked now, with the listener in place,
    // cannot miss a switch made while the page loaded.
    void takeEarlyTab()
      ?.then((found) => {
        windowId ??= found.windowId;
        if (found.tabId !== null) setTabId((current) => current ?? found.tabId);
      })
      .catch(() => undefined);
    activeTab()
      .then((found) => {
        windowId = found.windowId;
        if (found.tabId !== null) setTabId(found.tabId);
      })
      .catch((reason: unknown) => setError(String(reason)));
    return () => browser.tabs.onActivated.removeListener(onActivated);
  }, [pinnedTabId]);

  return { tabId, closed, error };
}

export function useTabContext(pinnedTabId: number | null): PanelState {
  const { tabId, closed, error } = useCoachedTabId(pinnedTabId);
  const [loaded, setLoaded] = useState<{ tabId: number; context: TabContext | null } | null>(() => {
    const early = earlyAnswer;
    earlyAnswer = null;
    return early?.tabId === tabId ? early : null;
  });
  const [readError, setReadError] = useState<string | null>(null);

  useEffect(() => {
    if (tabId === null) return;
    let current = true;
    /** Set once the watcher or the read below has answered: the early answer is older than both. */
    let answered = false;
    const unwatch = watchTabContext(tabId, (context) => {
      answered = true;
      if (current) setLoaded({ tabId, context });
    });
    // The context read before React (if it is about this tab) shows first; the read below, made
    // after the watcher started, is the one that cannot miss a change.
    void takeEarlyContext(tabId)?.then((context) => {
      if (current && !answered && context !== undefined) setLoaded({ tabId, context });
    });
    readTabContext(tabId)
      .then((context) => {
        answered = true;
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
