// The onboarding checklist as the leader uses it: ticks in the popup that show in the side
// panel, and items that tick themselves from what the leader does with Sidecoach, saying why.
import { describe, expect, it } from 'vitest';
import { fixturePages } from './fixtures/pages';
import { browserForFile } from './harness';

const browser = browserForFile();

describe('checklist', () => {
  it('ticks the next step in the popup, the side panel shows it at once, and an untick brings it back', async () => {
    const popup = await browser.extensionPage('popup.html');
    const panel = await browser.extensionPage('sidepanel.html#checklist');
    const step = popup.getByTestId('next-step');
    const first = step.locator('label[data-item]');
    const id = await first.getAttribute('data-item');
    const inPanel = panel.locator(`[data-item="${id}"]`);
    await expect.poll(() => inPanel.getAttribute('data-done')).toBe('false');
    await expect.poll(() => step.textContent()).toMatch(/First week: 0 of \d+ done/);

    // Ticked, the step gives way to the next one at once: a click, not Playwright's check(), which
    // would wait for this box to show a tick.
    await first.getByRole('checkbox').click();
    await expect.poll(() => inPanel.getAttribute('data-done')).toBe('true');
    await expect.poll(() => inPanel.textContent()).toMatch(/You ticked this/);
    await expect.poll(() => step.textContent()).toMatch(/First week: 1 of \d+ done/);
    expect(await step.locator('label[data-item]').getAttribute('data-item')).not.toBe(id);
    const stage = panel.getByRole('tablist', { name: 'Checklist stage' }).getByRole('tab', { selected: true });
    await expect.poll(() => stage.textContent()).toMatch(/1\/\d+/);

    await inPanel.getByRole('checkbox').uncheck();
    await expect.poll(() => step.locator('label[data-item]').getAttribute('data-item')).toBe(id);
  });

  it('fits its four stages at 320 px, each label whole', async () => {
    const panel = await browser.extensionPage('sidepanel.html#checklist');
    await panel.setViewportSize({ width: 320, height: 700 });
    const tabs = panel.getByRole('tablist', { name: 'Checklist stage' }).getByRole('tab');
    await expect.poll(() => tabs.count()).toBe(4);
    const boxes = await tabs.evaluateAll((all) =>
      all.map((tab) => ({
        text: tab.textContent,
        whole: tab.scrollWidth <= tab.clientWidth,
        inside: tab.getBoundingClientRect().right <= document.documentElement.clientWidth,
      })),
    );
    expect(boxes.map((box) => [box.whole, box.inside])).toEqual(Array.from({ length: 4 }, () => [true, true]));
    expect(boxes[3].text).toMatch(/^First 90 days · 0\/\d+$/);
    expect(
      await panel.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth),
    ).toBe(true);
  });

  it('ticks an item itself when the leader opens the analytics of three platforms, and says why', async () => {
    for (const platform of ['linkedin', 'youtube', 'tiktok']) {
      const page = fixturePages.find((entry) => entry.platform === platform && entry.language === 'en')!;
      await browser.visit(page.url);
    }
    const panel = await browser.extensionPage('sidepanel.html#checklist');
    await panel.getByRole('tab', { name: /First week/ }).click();
    const item = panel.locator('[data-item="open-analytics-with-coach"]');
    await expect.poll(() => item.getAttribute('data-done')).toBe('true');
    expect(await item.getAttribute('data-source')).toBe('auto');
    expect(await item.locator('.because').textContent()).toMatch(/LinkedIn, YouTube and TikTok/);

    // Opening the analytics is not asking someone to walk you through them.
    await panel.getByRole('tab', { name: /First 30 days/ }).click();
    const walkThrough = panel.locator('[data-item="walk-through-page-analytics"]');
    await walkThrough.waitFor();
    expect(await walkThrough.getAttribute('data-done')).toBe('false');
  });
});
