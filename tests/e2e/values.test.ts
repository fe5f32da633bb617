// The values on screen, end to end: the content script reads the figure and the change beside a
// label on a fixture dashboard, the background keeps them with the tab, and the Coach's metric
// row shows them as the page wrote them, in the page's own number format.
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

const linkedin = (language: 'en' | 'id') =>
  fixturePages.find((page) => page.file === `linkedin-analytics.${language}.html`)!;

describe('values beside the labels', () => {
  it.each([
    { language: 'en' as const, value: '48,210', change: '▲ 12.4% vs previous period' },
    { language: 'id' as const, value: '48.210', change: '▲ 12,4% vs periode sebelumnya' },
  ])('shows the Impressions tile’s value and change in its row ($language page)', async (shown) => {
    const { panel } = await browser.coach(linkedin(shown.language).url);
    const value = panel.locator('[data-testid="metric-card"][data-metric="impressions"] [data-testid="metric-value"]');
    await value.waitFor({ timeout: 10_000 });
    // The tile's figure, not the posts table's first row (6,104), which is read too but is not the headline.
    expect(await value.locator('.value-text').textContent()).toBe(shown.value);
    expect(await value.textContent()).toContain(shown.change);
  });
});
