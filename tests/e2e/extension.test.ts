// The extension in a real Chromium, used as a person would: popup, side panel, platform pages,
// tab switches, single-page navigation, language, and messages it must refuse.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserForFile, startBrowser } from './harness';

// The stub page, not a fixture dashboard: its links navigate like a single-page app.
const pageAnalytics = 'https://www.linkedin.com/company/555/admin/analytics/updates/';
const studioAnalytics =
  'https://studio.youtube.com/channel/UCabcdefghijklmnopqrstuv/analytics/tab-overview/period-default';

const browser = browserForFile();

/**
 * Waits until the panel shows this platform and surface; with no surface, the page that sends the
 * leader to the platform's analytics; with no platform, the first-run page.
 */
async function expectPanelShows(panel: Page, platform: string | null, surface?: string) {
  if (!surface) {
    const heading = platform === null ? 'Sidecoach coaches you on the dashboard in this tab' : 'Open the analytics on';
    await panel.getByTestId('context-unsupported').getByRole('heading', { name: heading }).waitFor({ timeout: 10_000 });
    return;
  }
  await panel
    .locator(`[data-testid="context"][data-platform="${platform}"][data-surface="${surface}"]`)
    .waitFor({ timeout: 10_000 });
}

describe('the built extension', () => {
  it('asks only for storage, the context menu, alarms, notifications and the side panel, and runs its content script on listed hosts only', async () => {
    const manifest = JSON.parse(await readFile(resolve('.output/chrome-mv3/manifest.json'), 'utf8'));
    expect(manifest.permissions).toEqual(['storage', 'contextMenus', 'alarms', 'notifications', 'sidePanel']);
    const matches: string[] = manifest.content_scripts.flatMap((script: { matches: string[] }) => script.matches);
    expect([...manifest.host_permissions].sort()).toEqual([...matches].sort());
    expect(matches).toContain('https://www.linkedin.com/*');
    expect(matches).toContain('https://studio.youtube.com/*');
    for (const pattern of matches) expect(pattern).not.toMatch(/<all_urls>|\*\.|^\*:/);
  });

  it('registers the keyboard shortcut that opens the coach', async () => {
    const commands = await browser.worker.evaluate(() => chrome.commands.getAll());
    expect(commands.find((command) => command.name === 'open-coach')?.shortcut).toMatch(/Alt\+Shift\+S/);
  });
});

describe('popup', () => {
  it('leads with Open coach and the next checklist step, and opens the side panel for the current tab', async () => {
    await browser.worker.evaluate(() => {
      const scope = globalThis as unknown as { opened: unknown[] };
      scope.opened = [];
      chrome.sidePanel.onOpened.addListener((info) => scope.opened.push(info));
    });
    const popup = await browser.extensionPage('popup.html');
    // The next step only, with its stage and progress; the whole list is in the side panel.
    await expect.poll(() => popup.getByTestId('next-step').getByRole('checkbox').count()).toBe(1);
    expect(await popup.getByTestId('next-step').textContent()).toMatch(/First week: \d+ of \d+ done/);
    await expect.poll(() => popup.locator('h1').textContent()).toBe('Your onboarding checklist');

    // Opened in a tab of its own, the popup acts on that tab, the active one when it loaded.
    const openCoach = popup.getByRole('button', { name: 'Open coach' });
    await expect.poll(() => openCoach.isEnabled()).toBe(true);
    await expect.poll(() => openCoach.evaluate((button) => button === document.activeElement)).toBe(true);
    // The popup closes itself once the panel opens, sometimes before the key is released.
    await popup.keyboard.press('Enter').catch(() => undefined);
    await expect
      .poll(() => browser.worker.evaluate(() => (globalThis as unknown as { opened: unknown[] }).opened.length))
      .toBeGreaterThan(0);
  });
});

describe('side panel', () => {
  it('shows the platform and surface of a LinkedIn Page analytics tab, and marks the badge', async () => {
    const { tabId, panel } = await browser.coach(pageAnalytics);
    await expectPanelShows(panel, 'linkedin', 'page-analytics');
    await expect.poll(() => panel.locator('h1').textContent()).toBe('LinkedIn · Page analytics');
    await expect.poll(() => browser.badgeText(tabId)).toBe('•');
  });

  it('reads its language files once each, started by the page before its modules have loaded', async () => {
    const { tabId } = await browser.coach(pageAnalytics);
    const panel = await browser.context.newPage();
    // Every fetch the page makes, from before its first script runs.
    await panel.addInitScript(() => {
      const reads: string[] = ((globalThis as { __reads?: string[] }).__reads = []);
      const fetch = globalThis.fetch;
      globalThis.fetch = (input, init) => {
        reads.push(new URL(String(input)).pathname);
        return fetch(input, init);
      };
    });
    await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html?tabId=${tabId}`);
    await expectPanelShows(panel, 'linkedin', 'page-analytics');
    const reads = () =>
      panel.evaluate(() => ({
        files: (globalThis as { __reads?: string[] }).__reads ?? [],
        // entrypoints/early-load.ts starts them; runtime/extension-json.ts takes each over once.
        waiting: (globalThis as { __sidecoachEarlyReads?: Map<string, unknown> }).__sidecoachEarlyReads?.size,
      }));
    // The first view's strings and library texts; the rest of the strings once the panel is idle.
    await expect.poll(async () => (await reads()).files.includes('/locales/en.json')).toBe(true);
    const read = await reads();
    expect(read.files.filter((path) => path === '/locales/en.sidepanel.json')).toHaveLength(1);
    expect(read.files.indexOf('/locales/en.sidepanel.json')).toBeLessThan(read.files.indexOf('/locales/en.json'));
    expect(read.files.filter((path) => path === '/locales/en.json')).toHaveLength(1);
    expect(read.files.filter((path) => path === '/library/en.json')).toHaveLength(1);
    expect(read.waiting).toBe(0);
    await panel.close();
  });

  it('shows YouTube Studio analytics', async () => {
    const { panel } = await browser.coach(studioAnalytics);
    await expectPanelShows(panel, 'youtube', 'studio-analytics');
  });

  it('follows single-page navigation without reloading the page or the panel', async () => {
    const { page, panel } = await browser.coach(pageAnalytics);
    await expectPanelShows(panel, 'linkedin', 'page-analytics');
    const pageMarker = await page.evaluate(() => (window as unknown as { loadMarker: number }).loadMarker);
    await panel.evaluate(() => ((window as unknown as { panelMarker: string }).panelMarker = 'still here'));

    await page.getByRole('link', { name: 'Feed' }).click();
    await expectPanelShows(panel, 'linkedin', 'feed');
    await page.getByRole('link', { name: 'Jobs' }).click();
    await expectPanelShows(panel, 'linkedin');
    await page.getByRole('link', { name: 'Creator analytics' }).click();
    await expectPanelShows(panel, 'linkedin', 'creator-analytics');

    expect(await page.evaluate(() => (window as unknown as { loadMarker: number }).loadMarker)).toBe(pageMarker);
    expect(await panel.evaluate(() => (window as unknown as { panelMarker: string }).panelMarker)).toBe('still here');
  });

  it('follows the active tab when not pinned', async () => {
    const panel = await browser.openPanel();
    const linkedin = await browser.visit(pageAnalytics);
    const studio = await browser.visit(studioAnalytics);
    const other = await browser.visit('https://example.org/');
    const activate = (tabId: number) =>
      browser.worker.evaluate((id) => chrome.tabs.update(id, { active: true }), tabId);

    await activate(linkedin.tabId);
    await expectPanelShows(panel, 'linkedin', 'page-analytics');
    await activate(studio.tabId);
    await expectPanelShows(panel, 'youtube', 'studio-analytics');
    await activate(other.tabId);
    await expectPanelShows(panel, null);
    await activate(linkedin.tabId);
    await expectPanelShows(panel, 'linkedin', 'page-analytics');
  });

  it('forgets a tab that leaves for an unsupported site, and leaves that site untouched', async () => {
    const { page, tabId, panel } = await browser.coach(pageAnalytics);
    await expectPanelShows(panel, 'linkedin', 'page-analytics');

    await page.goto('https://example.org/');
    await expectPanelShows(panel, null);
    await expect.poll(() => browser.badgeText(tabId)).toBe('');
    // No element, attribute or style of Sidecoach's on a page it does not support.
    const html = await page.evaluate(() => document.documentElement.outerHTML);
    expect(html).not.toMatch(/sidecoach|chrome-extension:/i);
  });

  it('shows that a pinned tab was closed', async () => {
    const { page, tabId } = await browser.visit(pageAnalytics);
    const panel = await browser.openPanel(tabId);
    await expectPanelShows(panel, 'linkedin', 'page-analytics');
    await page.close();
    await panel.getByText('has been closed').waitFor();
  });
});

describe('messages the background must refuse', () => {
  it('ignores malformed reports and reports about another page, and keeps working', async () => {
    // An extension page in a tab is a sender with a tab, like a content script, but not on the page it names.
    const impostor = await browser.extensionPage('options.html');
    const impostorTabId = await impostor.evaluate(async () => (await chrome.tabs.getCurrent())!.id!);
    await impostor.evaluate(async () => {
      const attempts: unknown[] = [
        { type: 'sidecoach/page', url: 'https://www.linkedin.com/feed/' },
        { type: 'sidecoach/page', url: 12 },
        { hello: 'world' },
        'sidecoach/page',
        null,
      ];
      for (const message of attempts) await chrome.runtime.sendMessage(message).catch(() => undefined);
    });
    const stored = await browser.worker.evaluate(
      (id) => chrome.storage.session.get(`tab-context:${id}`),
      impostorTabId,
    );
    expect(stored).toEqual({});

    const { panel } = await browser.coach(pageAnalytics);
    await expectPanelShows(panel, 'linkedin', 'page-analytics');
  });
});

describe('language', () => {
  it('switches every open view to Bahasa Indonesia from the options page, live', async () => {
    const { panel } = await browser.coach(pageAnalytics);
    await expectPanelShows(panel, 'linkedin', 'page-analytics');

    const options = await browser.extensionPage('options.html');
    await options.getByLabel('Language').focus();
    await options.getByLabel('Language').selectOption('id');
    await options.getByText('Tersimpan.').waitFor();

    await expect.poll(() => panel.locator('h1').textContent()).toBe('LinkedIn · Analitik Halaman');
    await expect.poll(() => panel.evaluate(() => document.documentElement.lang)).toBe('id');
    const popup = await browser.extensionPage('popup.html');
    await expect.poll(() => popup.locator('h1').textContent()).toBe('Checklist onboarding Anda');

    await options.getByLabel('Bahasa').selectOption('auto');
    await expect.poll(() => panel.locator('h1').textContent()).toBe('LinkedIn · Page analytics');
  });

  it('falls back to defaults on corrupt settings, says so, and lets the user save again', async () => {
    await browser.worker.evaluate(() => chrome.storage.local.set({ settings: { language: 42 }, other: 'kept' }));
    const options = await browser.extensionPage('options.html');
    await options.getByRole('alert').waitFor();
    expect(await options.getByLabel('Language').inputValue()).toBe('auto');
    await options.getByLabel('Language').selectOption('en');
    await options.getByText('Saved.').waitFor();
    expect(await browser.worker.evaluate(() => chrome.storage.local.get(['settings', 'other']))).toEqual({
      settings: { language: 'en', pausedPlatforms: [], hints: false, history: true },
      other: 'kept',
    });
    expect(await options.getByRole('alert').count()).toBe(0);
  });
});

describe('themes', () => {
  it('follows a dark system theme', async () => {
    const panel = await browser.openPanel();
    const background = () => panel.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect(await background()).toBe('rgb(255, 255, 255)');
    // What the `colorScheme` launch option does too, for one page: the system turns dark.
    await panel.emulateMedia({ colorScheme: 'dark' });
    expect(await background()).toBe('rgb(21, 24, 28)');
  });

  it('uses the browser language by default', async () => {
    const indonesian = await startBrowser({ locale: 'id-ID' });
    try {
      const popup = await indonesian.extensionPage('popup.html');
      await expect.poll(() => popup.locator('h1').textContent()).toBe('Checklist onboarding Anda');
    } finally {
      await indonesian.close();
    }
  });
});
