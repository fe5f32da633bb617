// The coaching library as a leader meets it: the Glossary in the side panel and the full
// checklist in the popup, in both languages.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowser, type Harness } from './harness';

let browser: Harness;

beforeAll(async () => {
  browser = await startBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('Glossary', () => {
  it('finds Reach from its Indonesian name and compares it across platforms', async () => {
    const panel = await browser.extensionPage('sidepanel.html');
    await panel.getByRole('tab', { name: 'Glossary' }).click();
    const search = panel.getByLabel('Find a metric, in English or Indonesian');
    await expect.poll(() => search.evaluate((input) => input === document.activeElement)).toBe(true);
    await search.fill('jangkauan');
    const results = panel.getByTestId('glossary-results').locator('button');
    await expect.poll(() => results.first().getAttribute('data-metric')).toBe('reach');
    await search.press('Enter');

    const explainer = panel.getByTestId('metric-explainer');
    await expect.poll(() => explainer.getAttribute('data-metric')).toBe('reach');
    const platforms = await panel.getByTestId('metric-variants').locator('[data-platform]').count();
    expect(platforms).toBeGreaterThanOrEqual(3);
    // Every definition names where it comes from and when it was read.
    await expect.poll(() => explainer.locator('.sources li').count()).toBeGreaterThan(0);
    expect(await explainer.locator('.sources').textContent()).toMatch(/checked/);

    await panel.keyboard.press('Escape');
    await panel.getByTestId('glossary-results').waitFor();
  });

  it('says so when nothing matches, and the URL keeps the search', async () => {
    const panel = await browser.extensionPage('sidepanel.html#glossary?q=zzqx');
    await panel.getByText('No metric matches “zzqx”').waitFor();
    expect(await panel.getByTestId('glossary-results').locator('li').count()).toBe(0);
  });

  it('opens a metric from its link', async () => {
    const panel = await browser.extensionPage('sidepanel.html#glossary/ga4-engagement-rate');
    await expect
      .poll(() => panel.getByTestId('metric-explainer').getAttribute('data-metric'))
      .toBe('ga4-engagement-rate');
  });
});

describe('popup checklist', () => {
  it('lists every stage, moving between them with the keyboard', async () => {
    const popup = await browser.extensionPage('popup.html');
    const items = popup.getByTestId('checklist').locator('li');
    await expect.poll(() => items.count()).toBeGreaterThanOrEqual(7);
    const counts: number[] = [await items.count()];
    await popup.getByRole('tab', { name: 'First week' }).focus();
    for (const name of ['First 30 days', 'First 60 days', 'First 90 days']) {
      await popup.keyboard.press('ArrowRight');
      await expect.poll(() => popup.getByRole('tab', { name }).getAttribute('aria-selected')).toBe('true');
      counts.push(await items.count());
    }
    expect(counts.every((count) => count >= 7)).toBe(true);
    expect(counts.reduce((sum, count) => sum + count, 0)).toBeGreaterThanOrEqual(30);
  });
});
