// The Coach on realistic analytics pages in English and Indonesian: the right platform, page and
// metric cards, live updates as the page changes, hints, explain on demand, and pause.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixturePages, largeElementCount } from './fixtures/pages';
import { startBrowser, type Harness } from './harness';

let browser: Harness;

beforeAll(async () => {
  browser = await startBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const metricCards = (panel: Page) =>
  panel.getByTestId('metric-card').evaluateAll((cards) => cards.map((card) => card.getAttribute('data-metric')));

async function expectCoach(panel: Page, platform: string, surface: string, metrics: string[]) {
  await panel
    .locator(`[data-testid="context"][data-platform="${platform}"][data-surface="${surface}"]`)
    .waitFor({ timeout: 10_000 });
  await expect.poll(() => metricCards(panel), { timeout: 10_000 }).toEqual(metrics);
}

const staticPages = fixturePages.filter((page) => !page.file.startsWith('large') && !page.file.startsWith('late'));

describe('Coach on analytics pages', () => {
  it.each(staticPages)('$file: $platform / $surface with its metrics', async (fixture) => {
    const { tabId } = await browser.visit(fixture.url);
    const panel = await browser.openPanel(tabId);
    await expectCoach(panel, fixture.platform, fixture.surface, fixture.metrics);
    await expect.poll(() => browser.badgeText(tabId)).toBe(String(fixture.metrics.length));
    await panel.close();
  });

  it('follows single-page navigation to another set of metrics', async () => {
    for (const fixture of fixturePages.filter((page) => page.spa)) {
      const { page, tabId } = await browser.visit(fixture.url);
      const panel = await browser.openPanel(tabId);
      await expectCoach(panel, fixture.platform, fixture.surface, fixture.metrics);
      await page.getByText(fixture.spa!.linkText, { exact: true }).first().click();
      await expectCoach(panel, fixture.platform, fixture.spa!.surface, fixture.spa!.metrics);
      await panel.close();
      await page.close();
    }
  });

  it('sees metrics a page renders late', async () => {
    const late = fixturePages.find((page) => page.file.startsWith('late'))!;
    const { tabId } = await browser.visit(late.url);
    const panel = await browser.openPanel(tabId);
    await expectCoach(panel, late.platform, late.surface, late.metrics);
  });

  it('reads a 20,000-element page', async () => {
    const large = fixturePages.find((page) => page.file.startsWith('large'))!;
    const { page, tabId } = await browser.visit(large.url);
    expect(largeElementCount).toBeGreaterThanOrEqual(20_000);
    expect(await page.evaluate(() => document.getElementsByTagName('*').length)).toBeGreaterThanOrEqual(20_000);
    const panel = await browser.openPanel(tabId);
    await expectCoach(panel, large.platform, large.surface, large.metrics);
  });

  it('lists exactly what it read, and offers questions that fit', async () => {
    const fixture = staticPages[0];
    const { tabId } = await browser.visit(fixture.url);
    const panel = await browser.openPanel(tabId);
    await expectCoach(panel, fixture.platform, fixture.surface, fixture.metrics);
    await panel.getByText('What Sidecoach reads on this page').click();
    const read = await panel.getByTestId('read-labels').locator('li').allTextContents();
    expect(read.length).toBeGreaterThanOrEqual(fixture.metrics.length);
    expect(await panel.getByTestId('questions').locator('li').count()).toBeGreaterThan(0);
  });
});

describe('saving for a 1:1', () => {
  it('saves a card’s question, shows it saved in every open panel, and unsaves it', async () => {
    const fixture = staticPages[0];
    const { tabId } = await browser.visit(fixture.url);
    const panel = await browser.openPanel(tabId);
    const other = await browser.openPanel(tabId);
    await expectCoach(panel, fixture.platform, fixture.surface, fixture.metrics);
    const card = panel.getByTestId('metric-card').first();
    await card.getByRole('button', { name: 'Ask at my next 1:1' }).click();
    await card.getByRole('button', { name: /Saved for my next 1:1/ }).waitFor();
    await other
      .getByTestId('metric-card')
      .first()
      .getByRole('button', { name: /Saved for my next 1:1/ })
      .waitFor();
    const stored = await browser.worker.evaluate(async () =>
      Object.entries(await chrome.storage.local.get(null)).filter(([key]) => key.startsWith('agenda:')),
    );
    expect(stored).toHaveLength(1);
    await card.getByRole('button', { name: /Saved for my next 1:1/ }).click();
    await card.getByRole('button', { name: 'Ask at my next 1:1' }).waitFor();
  });
});

describe('hints', () => {
  it('are off by default, mark each metric without moving the page, and open its explainer', async () => {
    const fixture = staticPages[0];
    const { page, tabId } = await browser.visit(fixture.url);
    const panel = await browser.openPanel(tabId);
    await expectCoach(panel, fixture.platform, fixture.surface, fixture.metrics);
    expect(await page.locator('sidecoach-hints').count()).toBe(0);

    const layout = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('body *')].slice(0, 400).map((element) => {
          const rect = element.getBoundingClientRect();
          return [rect.x, rect.y, rect.width, rect.height].join(',');
        }),
      );
    const before = await layout();

    const options = await browser.extensionPage('options.html');
    await options.getByTestId('hints').check();
    await page.locator('sidecoach-hints').waitFor({ state: 'attached' });
    expect(await layout()).toEqual(before);

    // The marker sits just right of the first label the scan found; click it as a person would.
    const label = await panel.evaluate(() => document.querySelector('[data-testid="read-labels"] li')?.textContent);
    const firstLabel = label ?? (await panel.getByTestId('what-we-read').textContent());
    expect(firstLabel).toBeTruthy();
    await page.waitForTimeout(300);
    const box = await page.getByText(String(firstLabel), { exact: true }).first().boundingBox();
    await page.mouse.click(box!.x + box!.width + 4 + 9, box!.y + Math.max(9, box!.height / 2));
    await panel.getByTestId('metric-explainer').waitFor();

    await options.getByTestId('hints').uncheck();
    await expect.poll(() => page.locator('sidecoach-hints').count()).toBe(0);
    await options.close();
  });
});

describe('explain with Sidecoach', () => {
  it('opens the Glossary at the metric the selected text names, or searches for it', async () => {
    const fixture = staticPages[0];
    const { tabId } = await browser.visit(fixture.url);
    const panel = await browser.openPanel(tabId);
    await expectCoach(panel, fixture.platform, fixture.surface, fixture.metrics);
    // What the context-menu handler stores (the native menu cannot be clicked in headless Chromium).
    const request = (query: string) =>
      browser.worker.evaluate(
        ([id, text]) => chrome.storage.session.set({ 'panel-request': { tabId: id, query: text, at: Date.now() } }),
        [tabId, query] as const,
      );
    await request('Jangkauan');
    await expect.poll(() => panel.getByTestId('metric-explainer').getAttribute('data-metric')).toBe('reach');
    await request('cost per');
    await expect.poll(() => panel.getByRole('searchbox').inputValue()).toBe('cost per');
  });
});

describe('pause', () => {
  it('stops reading a platform at once, says so, and resumes', async () => {
    const fixture = staticPages[0];
    const { tabId } = await browser.visit(fixture.url);
    const panel = await browser.openPanel(tabId);
    await expectCoach(panel, fixture.platform, fixture.surface, fixture.metrics);
    await panel.getByTestId('pause').click();
    await panel.getByTestId('paused').waitFor();
    await expect.poll(() => browser.badgeText(tabId)).toBe('');
    expect(await panel.getByTestId('metric-card').count()).toBe(0);
    await panel.getByTestId('pause').click();
    await expectCoach(panel, fixture.platform, fixture.surface, fixture.metrics);
  });
});
