// What every e2e test needs: Chromium with the built extension, platform pages served from
// fixtures under their real URLs (nothing reaches the network), and ways to read the
// extension's state through its service worker.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { launchWithExtension, type LaunchOptions } from '../../scripts/chromium.mjs';
import { fixturePages, hostilePage } from './fixtures/pages';

export const fixture = (name: string) => readFile(resolve(import.meta.dirname, 'fixtures', name), 'utf8');

/** Hosts served from the stub page when no fixture page has the URL; every other request is aborted. */
const stubbedHosts = ['www.linkedin.com', 'studio.youtube.com', 'example.org'];

/** A URL as the server sees it: no fragment, no query. */
const served = (url: string) => {
  const parsed = new URL(url);
  return `${parsed.origin}${parsed.pathname}`;
};

/** Which fixture file answers which URL, including the pages a fixture navigates to. */
const fixtureFiles = new Map(
  [...fixturePages, hostilePage].flatMap((page) => [
    [served(page.url), page.file] as const,
    ...(page.spa ? [[served(page.spa.url), page.file] as const] : []),
  ]),
);

export interface Harness {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  userDataDir: string;
  /**
   * Opens a URL in a new tab, as a link would, and resolves once it has loaded. The tab is
   * created through the extension, which tells us its id even on sites it may not read.
   */
  visit(url: string): Promise<{ page: Page; tabId: number }>;
  /** Opens the side panel page in a tab, pinned to `tabId` when given. */
  openPanel(tabId?: number): Promise<Page>;
  extensionPage(path: string): Promise<Page>;
  badgeText(tabId: number): Promise<string>;
  close(): Promise<void>;
}

export async function startBrowser(options: LaunchOptions = {}): Promise<Harness> {
  const { context, worker, extensionId, userDataDir } = await launchWithExtension(options);
  const stub = await fixture('spa.html');
  const stylesheet = await fixture('dashboard.css');
  await context.route(/^https?:\/\//, async (route) => {
    const url = route.request().url();
    // The look the fixture dashboards share, on whichever host a page is served from.
    if (new URL(url).pathname === '/sidecoach-fixtures/dashboard.css') {
      return route.fulfill({ body: stylesheet, contentType: 'text/css' });
    }
    const file = fixtureFiles.get(served(url));
    if (file) return route.fulfill({ body: await fixture(file), contentType: 'text/html' });
    if (stubbedHosts.includes(new URL(url).host)) return route.fulfill({ body: stub, contentType: 'text/html' });
    return route.abort();
  });

  const extensionPage = async (path: string) => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/${path}`);
    return page;
  };

  return {
    context,
    worker,
    extensionId,
    userDataDir,
    async visit(url) {
      const opened = context.waitForEvent('page');
      const tabId = await worker.evaluate(async (address) => (await chrome.tabs.create({ url: address })).id!, url);
      const page = await opened;
      await page.waitForURL(url);
      await page.waitForLoadState('load');
      return { page, tabId };
    },
    openPanel: (tabId) => extensionPage(tabId === undefined ? 'sidepanel.html' : `sidepanel.html?tabId=${tabId}`),
    extensionPage,
    badgeText: (tabId) => worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId),
    close: () => context.close(),
  };
}
