// A page that attacks the content script (fixtures/hostile.en.html): it replays WXT's "content
// script started" event, fires tens of thousands of fake location events, and shows metric labels
// and date ranges where a person types. Sidecoach must keep reading it, report it again only when
// its address really changes, and keep nothing from its editable parts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hostilePage } from './fixtures/pages';
import { startBrowser, type Harness } from './harness';

let browser: Harness;

interface StoredContext {
  url: string;
  labels: string[];
  metrics: string[];
  dateRange: string | null;
  scan: { nodes: number } | null;
}

beforeAll(async () => {
  browser = await startBrowser();
  // Beside the background's own listener, note every page report by tab.
  await browser.worker.evaluate(() => {
    const scope = globalThis as unknown as { pageReports: Record<number, string[]> };
    scope.pageReports = {};
    chrome.runtime.onMessage.addListener((message: { type?: string; url?: string }, sender) => {
      const tabId = sender.tab?.id;
      if (tabId !== undefined && message?.type === 'sidecoach/page') {
        (scope.pageReports[tabId] ??= []).push(String(message.url));
      }
      return undefined;
    });
  });
});

afterAll(async () => {
  await browser?.close();
});

const tabContext = (tabId: number) =>
  browser.worker.evaluate(async (id) => {
    const key = `tab-context:${id}`;
    return ((await chrome.storage.session.get(key))[key] ?? null) as StoredContext | null;
  }, tabId);

const pageReports = (tabId: number) =>
  browser.worker.evaluate(
    (id) => (globalThis as unknown as { pageReports: Record<number, string[]> }).pageReports[id] ?? [],
    tabId,
  );

const sorted = (values: string[] | undefined) => [...(values ?? [])].sort();

describe('a hostile page', () => {
  it('cannot switch the content script off or make it read again, and none of its editable text is kept', async () => {
    const url = `${hostilePage.url}?ext=${browser.extensionId}`;
    const { page, tabId } = await browser.visit(url);
    await expect
      .poll(async () => sorted((await tabContext(tabId))?.metrics), { timeout: 15_000 })
      .toEqual(sorted(hostilePage.metrics));

    // Attacks once more after the first read, then shows one more metric: it is still read.
    await page.evaluate(() => {
      const scope = window as unknown as { replayStarted(): void; fakeLocationChanges(): void };
      scope.replayStarted();
      scope.fakeLocationChanges();
      const tile = document.createElement('div');
      tile.className = 'tile';
      tile.innerHTML = '<span class="tile-label">Engagement rate</span><span class="tile-value">4.1%</span>';
      document.getElementById('tiles')!.append(tile);
    });
    await expect
      .poll(async () => sorted((await tabContext(tabId))?.metrics), { timeout: 15_000 })
      .toEqual(sorted([...hostilePage.metrics, 'engagement-rate']));

    // A real change of address, after 50,000 fake ones: the second page report.
    const next = hostilePage.url.replace('/updates/', '/followers/');
    await page.evaluate((address) => history.pushState(null, '', address), next);
    await expect.poll(async () => (await tabContext(tabId))?.url, { timeout: 15_000 }).toBe(next);
    await expect
      .poll(async () => sorted((await tabContext(tabId))?.labels), { timeout: 15_000 })
      .toEqual(['Comments', 'Engagement rate', 'Impressions', 'Reactions']);
    expect(await pageReports(tabId)).toEqual([url, next]);
    // Not the range in the editable notes, which comes first on the page.
    expect((await tabContext(tabId))?.dateRange).toBe('Last 30 days');
  });

  it('reads nothing from a document in design mode', async () => {
    const { tabId } = await browser.visit(`${hostilePage.url}?design&ext=${browser.extensionId}`);
    // The first pass has run once its figures are stored.
    await expect.poll(async () => (await tabContext(tabId))?.scan?.nodes ?? 0, { timeout: 15_000 }).toBeGreaterThan(0);
    expect(await tabContext(tabId)).toMatchObject({ labels: [], metrics: [], dateRange: null });
    expect(await pageReports(tabId)).toHaveLength(1);
  });
});
