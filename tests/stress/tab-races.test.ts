// The first dashboard after a browser starts, on a slow machine, and pages whose background
// stops while answering them: every page is read in the end, its metrics in the panel.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { fixturePages } from '../e2e/fixtures/pages';
import { startBrowser, type Harness } from '../e2e/harness';

const dashboards = fixturePages.filter((page) => !page.file.startsWith('large') && !page.file.startsWith('late'));

/** The metric ids Sidecoach keeps for each tab now, read from an extension page. */
async function metricsByTab(page: Page): Promise<Record<number, string[]>> {
  const stored: Record<string, { metrics?: string[] }> = await page.evaluate(() => chrome.storage.session.get(null));
  const byTab: Record<number, string[]> = {};
  for (const [key, value] of Object.entries(stored)) {
    const match = /^tab-context:(\d+)$/.exec(key);
    if (match) byTab[Number(match[1])] = value.metrics ?? [];
  }
  return byTab;
}

/**
 * Opens a dashboard in a blank tab of its own and says which tab it is: the tab at that address
 * not already counted (a dashboard may be open twice), waiting for the browser to give the tab its
 * address, which a busy machine does a moment after the page commits.
 */
async function open(browser: Harness, page: Page, url: string, taken: readonly number[] = []): Promise<number> {
  await page.goto(url, { waitUntil: 'commit' });
  const lookup = await browser.extensionPage('popup.html');
  let tabId = -1;
  await expect
    .poll(
      async () => {
        tabId = await lookup.evaluate(
          async ([address, counted]) => {
            const tabs = await chrome.tabs.query({});
            return tabs.find((tab) => tab.url === address && !counted.includes(tab.id!))?.id ?? -1;
          },
          [url, taken] as const,
        );
        return tabId;
      },
      { timeout: 10_000, message: `the tab of ${url}` },
    )
    .not.toBe(-1);
  await lookup.close();
  return tabId;
}

describe('the first dashboard after the browser starts, with the CPU six times slower', () => {
  it('shows its metrics in the panel in 10 of 10 fresh profiles', async () => {
    const fixture = dashboards[0]!;
    let shown = 0;
    for (let run = 1; run <= 10; run++) {
      const browser = await startBrowser();
      try {
        const page = await browser.context.newPage();
        const cdp = await browser.context.newCDPSession(page);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
        const tabId = await open(browser, page, fixture.url);
        const panel = await browser.openPanel(tabId);
        await expect
          .poll(() => panel.getByTestId('metric-card').count(), { timeout: 30_000, message: `run ${run}` })
          .toBe(fixture.metrics.length);
        shown += 1;
      } finally {
        await browser.close();
      }
    }
    expect(shown).toBe(10);
  });
});

describe('a background stopped while it answers a page', () => {
  it('reads every one of 20 tabs in the end', async () => {
    const browser = await startBrowser();
    try {
      const opened: { tabId: number; metrics: string[] }[] = [];
      for (let i = 0; i < 20; i++) {
        const fixture = dashboards[i % dashboards.length]!;
        const page = await browser.context.newPage();
        const cdp = await browser.context.newCDPSession(page);
        await cdp.send('ServiceWorker.enable');
        const loading = open(
          browser,
          page,
          fixture.url,
          opened.map(({ tabId }) => tabId),
        );
        // Stop the worker at a different moment of each page's first exchange.
        await new Promise((resolve) => setTimeout(resolve, (i * 37) % 400));
        await cdp.send('ServiceWorker.stopAllWorkers');
        opened.push({ tabId: await loading, metrics: fixture.metrics });
      }
      const reader = await browser.extensionPage('options.html');
      await expect
        .poll(
          async () => {
            const byTab = await metricsByTab(reader);
            return opened.filter(({ tabId, metrics }) => JSON.stringify(byTab[tabId]) === JSON.stringify(metrics))
              .length;
          },
          { timeout: 60_000, interval: 500 },
        )
        .toBe(20);
    } finally {
      await browser.close();
    }
  });
});
