// The onboarding checklist as the leader uses it: ticks in the popup that show in the side
// panel, and items that tick themselves from what the leader does with Sidecoach, saying why.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fixturePages } from './fixtures/pages';
import { startBrowser, type Harness } from './harness';

let browser: Harness;

beforeAll(async () => {
  browser = await startBrowser();
});

afterEach(async () => {
  await browser.closePages();
});

afterAll(async () => {
  await browser?.close();
});

describe('checklist', () => {
  it('ticks and unticks in the popup, and the side panel shows it at once', async () => {
    const popup = await browser.extensionPage('popup.html');
    const panel = await browser.extensionPage('sidepanel.html#checklist');
    const first = popup.getByTestId('checklist').locator('li').first();
    const id = await first.getAttribute('data-item');
    const inPanel = panel.locator(`[data-item="${id}"]`);
    await expect.poll(() => inPanel.getAttribute('data-done')).toBe('false');

    await first.getByRole('checkbox').check();
    await expect.poll(() => inPanel.getAttribute('data-done')).toBe('true');
    await expect.poll(() => inPanel.textContent()).toMatch(/You ticked this/);
    await expect.poll(() => popup.getByRole('tab', { selected: true }).textContent()).toMatch(/1\/\d+/);

    await first.getByRole('checkbox').uncheck();
    await expect.poll(() => inPanel.getAttribute('data-done')).toBe('false');
  });

  it('ticks an item itself when the leader opens LinkedIn analytics with Sidecoach, and says why', async () => {
    const linkedin = fixturePages.find((page) => page.platform === 'linkedin')!;
    await browser.visit(linkedin.url);
    const panel = await browser.extensionPage('sidepanel.html#checklist');
    await panel.getByRole('tab', { name: /First 30 days/ }).click();
    const item = panel.locator('[data-item="walk-through-page-analytics"]');
    await expect.poll(() => item.getAttribute('data-done')).toBe('true');
    expect(await item.getAttribute('data-source')).toBe('auto');
    expect(await item.locator('.because').textContent()).toMatch(/LinkedIn/);
  });
});
