// What every Chromium e2e test needs: Chromium with the built extension, platform pages served
// from fixtures under their real URLs (nothing reaches the network), and ways to read the
// extension's state through its service worker. Firefox has its own in firefox/harness.ts.
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { forFile } from './for-file';
import { launchWithExtension, type LaunchOptions } from '../../scripts/chromium.mjs';
import { serve } from './fixtures/serve';

/** A hint marker on a page: the label it explains and the middle of its box, in viewport pixels. */
export interface HintMarker {
  label: string;
  x: number;
  y: number;
}

/** A dashboard tab with the side panel pinned to it, kept from test to test in one browser. */
export interface CoachTab {
  page: Page;
  tabId: number;
  panel: Page;
}

export interface Harness {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  userDataDir: string;
  /** What the service worker has warned of or logged as an error so far, for failure messages. */
  workerWarnings: string[];
  /**
   * Opens a URL in a new tab, as a link would, and resolves once it has loaded. The tab's id
   * comes from the extension, which sees the new tab appear.
   */
  visit(url: string): Promise<{ page: Page; tabId: number }>;
  /**
   * Shows a URL in the coach tab, with the panel pinned to it beside: the tab first leaves for a
   * blank page and the panel shows that it has nothing to coach on, so what it shows next comes
   * from this page. Both are opened once and reused, which is three times faster than new ones.
   */
  coach(url: string): Promise<CoachTab>;
  /** Opens the side panel page in a tab, pinned to `tabId` when given. */
  openPanel(tabId?: number): Promise<Page>;
  extensionPage(path: string): Promise<Page>;
  badgeText(tabId: number): Promise<string>;
  /** The in-page hint markers on screen, found by their accessible names inside the closed shadow root. */
  hintMarkers(page: Page): Promise<HintMarker[]>;
  /** Closes every tab but a blank one and the coach tab, keeping the browser and its profile for the next test. */
  closePages(): Promise<void>;
  close(): Promise<void>;
}

/** The accessible name of a hint marker (`hintExplain` in public/_locales/en). */
const hintName = /^Explain “(.+)” with Sidecoach$/;

export async function startBrowser(options: LaunchOptions = {}): Promise<Harness> {
  const { context, worker, extensionId, userDataDir } = await launchWithExtension(options);
  const workerWarnings: string[] = [];
  context.on('console', (message) => {
    const fromWorker = message.page() === null;
    if (fromWorker && (message.type() === 'warning' || message.type() === 'error')) workerWarnings.push(message.text());
  });
  await context.route(/^https?:\/\//, async (route) => {
    const response = await serve(route.request().url());
    return response ? route.fulfill(response) : route.abort();
  });

  const tabIds = () => worker.evaluate(async () => (await chrome.tabs.query({})).map((tab) => tab.id!));
  // Tabs are opened one at a time, so a new tab's id is the one id that appears.
  let opening: Promise<unknown> = Promise.resolve();
  const serially = <T>(open: () => Promise<T>) => {
    const opened = opening.then(open);
    opening = opened.catch(() => undefined);
    return opened;
  };
  /**
   * A new blank tab and its id, from the service worker: about 0.2 s, where `tabs.create({ url })`
   * takes over a second.
   */
  const newTab = () =>
    serially(async () => {
      const before = new Set(await tabIds());
      const page = await context.newPage();
      const added = (await tabIds()).filter((id) => !before.has(id));
      if (added.length !== 1) throw new Error(`Expected one new tab, found ${added.length}`);
      return { page, tabId: added[0] };
    });

  /** An extension page needs no tab id, and so no service worker: tests that stop it still open pages. */
  const extensionPage = async (path: string) => {
    const page = await serially(() => context.newPage());
    await page.goto(`chrome-extension://${extensionId}/${path}`);
    return page;
  };

  let coachTab: CoachTab | null = null;
  const openPanel = (tabId?: number) =>
    extensionPage(tabId === undefined ? 'sidepanel.html' : `sidepanel.html?tabId=${tabId}`);

  return {
    context,
    worker,
    extensionId,
    userDataDir,
    workerWarnings,
    async visit(url) {
      const { page, tabId } = await newTab();
      await page.goto(url);
      return { page, tabId };
    },
    async coach(url) {
      if (!coachTab || coachTab.page.isClosed() || coachTab.panel.isClosed()) {
        const { page, tabId } = await newTab();
        coachTab = { page, tabId, panel: await openPanel(tabId) };
      } else {
        if (coachTab.page.url() !== 'about:blank') await coachTab.page.goto('about:blank');
        // Back to the Coach view, as its link does, from wherever the last test left the panel.
        await coachTab.panel.evaluate(() => (location.hash = '#coach'));
      }
      await coachTab.panel.getByTestId('context-unsupported').waitFor();
      await coachTab.page.goto(url);
      return coachTab;
    },
    openPanel,
    extensionPage,
    badgeText: (tabId) => worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId),
    async hintMarkers(page) {
      // A closed shadow root is out of reach of selectors, but not of the accessibility tree.
      const cdp = await context.newCDPSession(page);
      try {
        const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
        const { nodes } = await cdp.send('Accessibility.queryAXTree', { nodeId: root.nodeId, role: 'button' });
        const markers: HintMarker[] = [];
        for (const node of nodes) {
          const label = hintName.exec(String(node.name?.value ?? ''))?.[1];
          if (!label || node.ignored || node.backendDOMNodeId === undefined) continue;
          const { quads } = await cdp.send('DOM.getContentQuads', { backendNodeId: node.backendDOMNodeId });
          if (quads.length === 0) continue;
          const [x1, y1, , , x3, y3] = quads[0];
          markers.push({ label, x: (x1 + x3) / 2, y: (y1 + y3) / 2 });
        }
        return markers;
      } finally {
        await cdp.detach();
      }
    },
    async closePages() {
      // The first tab stays, blank (a browser with no tab at all may quit), and so does the coach tab.
      const [first, ...rest] = context.pages();
      const kept = new Set([first, coachTab?.page, coachTab?.panel]);
      await Promise.all(rest.filter((page) => !kept.has(page)).map((page) => page.close()));
      if (first && first.url() !== 'about:blank') await first.goto('about:blank');
    },
    close: () => context.close(),
  };
}

/**
 * The browser of one test file: started before its tests, its pages closed after each test, and
 * closed after the last. Stands for the harness it starts, so tests call `browser.visit(...)`.
 */
export function browserForFile(options: LaunchOptions = {}): Harness {
  return forFile(() => startBrowser(options));
}
