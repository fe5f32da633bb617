// What every Firefox e2e test needs: Firefox ESR with a built Firefox extension installed, the
// fixture dashboards at their real URLs (nothing reaches the network), the extension's pages
// opened as pages at their fixed moz-extension:// origin, and the errors those pages report.
// Each page gets a window of its own, so every page is the one on screen in its window, as a
// dashboard and the sidebar beside it are: Firefox does not read or render hidden tabs eagerly.
import type { EvaluateFunc, Page } from 'puppeteer-core';
import { expect } from 'vitest';
import { launchFirefox, type FirefoxBuild, type FirefoxLaunchOptions } from '../../../scripts/firefox.mjs';
import { serve } from '../fixtures/serve';
import { forFile } from '../for-file';

/** The WebExtension API, as the extension's pages see it, with Firefox's sidebar. */
export type ExtensionApi = typeof import('wxt/browser').browser & {
  sidebarAction: {
    open(): Promise<void>;
    close(): Promise<void>;
    isOpen(details: { windowId?: number }): Promise<boolean>;
  };
  /** The sidebar's own page, in an MV2 extension page's process. */
  extension: { getViews(filter: { type: 'sidebar'; windowId?: number }): globalThis.Window[] };
};

/** A function run in an extension page: the API and an argument that survives JSON. */
type InExtension<T, A> = (api: ExtensionApi, arg: A) => T | Promise<T>;

/** A dashboard window with the side panel pinned to its tab beside it, kept from test to test. */
export interface CoachTab {
  page: Page;
  tabId: number;
  panel: Page;
}

export interface FirefoxHarness {
  build: FirefoxBuild;
  profileDir: string;
  downloadDir: string;
  /** Console errors and uncaught exceptions of every extension page the harness opened. */
  errors: string[];
  /** Runs `fn` in the harness's own extension page, with the WebExtension API, and resolves to what it returns. */
  inExtension<T, A = undefined>(fn: InExtension<T, A>, arg?: A): Promise<Awaited<T>>;
  /** The same in a given extension page. */
  inPage<T, A = undefined>(page: Page, fn: InExtension<T, A>, arg?: A): Promise<Awaited<T>>;
  /** Opens a URL in a window of its own, as a link would, and resolves once it has loaded. */
  visit(url: string): Promise<{ page: Page; tabId: number }>;
  /** Shows a URL in the coach window, with the panel pinned to its tab (see the Chromium harness). */
  coach(url: string): Promise<CoachTab>;
  /** Opens the side panel page, pinned to `tabId` when given. */
  openPanel(tabId?: number): Promise<Page>;
  /** Opens an extension page (`popup.html`, `options.html`, …) and resolves once it has loaded. */
  extensionPage(path: string): Promise<Page>;
  /**
   * Opens an extension page as a tab in the window of `besideTabId`, through the extension (a
   * page never chooses its window), and makes it that window's tab on screen.
   */
  extensionTabBeside(path: string, besideTabId: number): Promise<{ page: Page; tabId: number }>;
  /** Closes every page but the harness's own and the coach window. */
  closePages(): Promise<void>;
  close(): Promise<void>;
}

/** Polls `check` in a page until it holds; navigations in between are retried, not failures. */
export async function until<A>(page: Page, check: EvaluateFunc<[A]>, arg: A, timeout = 10_000): Promise<void> {
  const deadline = Date.now() + timeout;
  let last: unknown = null;
  while (Date.now() < deadline) {
    try {
      if (await page.evaluate(check, arg)) return;
    } catch (error) {
      last = error;
    }
    await new Promise((done) => setTimeout(done, 50));
  }
  throw new Error(`Timed out after ${timeout} ms waiting for ${check.toString()}${last ? `: ${String(last)}` : ''}`);
}

export async function startFirefox(options: FirefoxLaunchOptions = {}): Promise<FirefoxHarness> {
  const { browser, build, profileDir, downloadDir, origin } = await launchFirefox(options);
  const errors: string[] = [];

  /** Keeps what an extension page reports as errors. */
  function watch(page: Page, path: string) {
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`${path}: ${message.text()}`);
    });
    page.on('pageerror', (error) => errors.push(`${path}: ${error instanceof Error ? error.message : String(error)}`));
  }

  /** Opens an extension page in `page`. */
  async function load(page: Page, path: string) {
    watch(page, path);
    const url = `${origin}/${path}`;
    // WebDriver BiDi never reports an extension page as loaded: wait for the page itself. Puppeteer
    // does not follow navigations inside one either, so a test opens a new page rather than reload.
    page.goto(url).catch(() => undefined);
    await until(page, (address) => location.href === address && document.readyState === 'complete', url);
  }

  // The window Firefox starts with holds the harness's own extension page.
  const [tool] = await browser.pages();
  await load(tool, 'popup.html');

  const inPage: FirefoxHarness['inPage'] = (page, fn, arg) =>
    page.evaluate(`(${fn.toString()})(browser, ${JSON.stringify(arg ?? null)})`) as never;
  const inExtension: FirefoxHarness['inExtension'] = (fn, arg) => inPage(tool, fn, arg);
  const tabIds = () => inExtension(async (api) => (await api.tabs.query({})).map((tab) => tab.id!));

  // New windows are told apart by the tab ids that appear, so two are never opened at once.
  let opening: Promise<unknown> = Promise.resolve();
  const newWindow = () => {
    const opened = opening.then(async () => {
      const before = new Set(await tabIds());
      const page = await browser.newPage({ type: 'window' });
      const added = (await tabIds()).filter((id) => !before.has(id));
      if (added.length !== 1) throw new Error(`Expected one new tab, found ${added.length}`);
      return { page, tabId: added[0] };
    });
    opening = opened.catch(() => undefined);
    return opened;
  };

  async function visit(url: string) {
    const { page, tabId } = await newWindow();
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      if (request.isInterceptResolutionHandled()) return;
      void serve(request.url()).then((response) =>
        response ? request.respond({ status: 200, ...response }) : request.abort(),
      );
    });
    await page.goto(url);
    return { page, tabId };
  }

  async function extensionPage(path: string) {
    const { page } = await newWindow();
    await load(page, path);
    return page;
  }
  const openPanel = (tabId?: number) =>
    extensionPage(tabId === undefined ? 'sidepanel.html' : `sidepanel.html?tabId=${tabId}`);

  let coachTab: CoachTab | null = null;

  return {
    build,
    profileDir,
    downloadDir,
    errors,
    inExtension,
    inPage,
    visit,
    async coach(url) {
      if (!coachTab || coachTab.page.isClosed() || coachTab.panel.isClosed()) {
        const { page, tabId } = await visit('about:blank');
        coachTab = { page, tabId, panel: await openPanel(tabId) };
      } else {
        if (coachTab.page.url() !== 'about:blank') await coachTab.page.goto('about:blank');
        await coachTab.panel.evaluate(() => (location.hash = '#coach'));
      }
      await until(coachTab.panel, () => !!document.querySelector('[data-testid="context-unsupported"]'), null);
      await coachTab.page.goto(url);
      return coachTab;
    },
    openPanel,
    extensionPage,
    async extensionTabBeside(path, besideTabId) {
      // Puppeteer does not follow moz-extension:// URLs: the page is the one that appears.
      const before = new Set(await browser.pages());
      const tabId = await inExtension(
        async (api, [address, beside]) => {
          const { windowId } = await api.tabs.get(beside as number);
          return (await api.tabs.create({ windowId, url: address as string, active: true })).id!;
        },
        [`/${path}`, besideTabId],
      );
      let page: Page | undefined;
      while (!page) {
        page = (await browser.pages()).find((candidate) => !before.has(candidate));
        if (!page) await new Promise((done) => setTimeout(done, 50));
      }
      watch(page, path);
      await until(
        page,
        (address) => location.href === address && document.readyState === 'complete',
        `${origin}/${path}`,
      );
      return { page, tabId };
    },
    async closePages() {
      const kept = new Set([tool, coachTab?.page, coachTab?.panel]);
      await Promise.all((await browser.pages()).filter((page) => !kept.has(page)).map((page) => page.close()));
    },
    close: () => browser.close(),
  };
}

/**
 * Firefox for one test file: started before its tests; after each test its pages are closed and
 * no extension page may have reported an error; closed after the last. Stands for the harness it
 * starts, as the Chromium harness's `browserForFile` does.
 */
export function firefoxForFile(options: FirefoxLaunchOptions): FirefoxHarness {
  return forFile(
    () => startFirefox(options),
    (started) => expect(started.errors).toEqual([]),
  );
}
