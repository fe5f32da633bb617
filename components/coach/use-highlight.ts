// Outlines a metric's label on the page while its row in the Coach is hovered or focused. The
// panel holds a port to the tab's content script, which draws the outline in its own closed
// shadow root; when the panel closes, the port closes and the outline goes with it.
import { useCallback, useEffect, useRef } from 'react';
import { browser, type Browser } from 'wxt/browser';

export const HIGHLIGHT_PORT = 'sidecoach-highlight';

/** `page` is the page the tab shows: a new page has a new content script, so the port is opened again. */
export function useHighlight(tabId: number | null, page: string | null): (label: string | null) => void {
  const port = useRef<Browser.runtime.Port | null>(null);

  useEffect(() => {
    if (tabId === null || !browser.tabs?.connect) return;
    let current: Browser.runtime.Port | null = null;
    try {
      current = browser.tabs.connect(tabId, { name: HIGHLIGHT_PORT });
      current.onDisconnect.addListener(() => {
        // A tab with no content script (a page opened before the extension was) closes the port at
        // once; reading the error marks it seen, so Chrome does not log it as unchecked.
        void browser.runtime.lastError;
        if (port.current === current) port.current = null;
      });
      port.current = current;
    } catch {
      // No content script on this tab (an unsupported page): nothing to outline.
    }
    return () => {
      current?.disconnect();
      if (port.current === current) port.current = null;
    };
  }, [tabId, page]);

  return useCallback((label: string | null) => {
    try {
      port.current?.postMessage({ label });
    } catch {
      port.current = null;
    }
  }, []);
}
