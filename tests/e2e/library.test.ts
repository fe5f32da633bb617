// The coaching library as a leader meets it in the side panel: the Glossary, and the full
// checklist by stage in the Checklist view (the popup shows only its next step).
import { describe, expect, it } from 'vitest';
import { library } from '../../content';
import { browserForFile } from './harness';

const browser = browserForFile();

describe('Glossary', () => {
  it('finds Reach from its Indonesian name and compares it across platforms', async () => {
    const panel = await browser.extensionPage('sidepanel.html');
    const tab = panel.getByRole('tab', { name: 'Glossary' });
    await tab.click();
    const search = panel.getByLabel('Find a metric, in English or Indonesian');
    await search.waitFor();
    // Chosen with the tabs, the Glossary leaves the focus on its tab, so arrows keep moving between tabs.
    expect(await tab.evaluate((element) => element === document.activeElement)).toBe(true);
    await search.fill('jangkauan');
    const results = panel.getByTestId('glossary-results').locator('button');
    await expect.poll(() => results.first().getAttribute('data-metric')).toBe('reach');
    // Each result says which of its names matched.
    expect(await results.first().getByTestId('match-why').textContent()).toBe(
      'Matched the Indonesian name “Reach (jangkauan)”',
    );
    await search.press('Enter');

    const explainer = panel.getByTestId('metric-explainer');
    await expect.poll(() => explainer.getAttribute('data-metric')).toBe('reach');
    // One definition for each platform the library explains Reach on.
    const reach = library.metrics.find((metric) => metric.id === 'reach')!;
    expect(
      await panel
        .getByTestId('metric-variants')
        .locator('[data-platform]')
        .evaluateAll((variants) => variants.map((variant) => variant.getAttribute('data-platform'))),
    ).toEqual(reach.variants.map((variant) => variant.platform));
    // Every definition names where it comes from and when it was read.
    await expect.poll(() => explainer.locator('.sources li').count()).toBeGreaterThan(0);
    expect(await explainer.locator('.sources').textContent()).toMatch(/checked/);

    await panel.keyboard.press('Escape');
    await panel.getByTestId('glossary-results').waitFor();
    // Back on the list, the search is kept and the focus is on the metric just read.
    expect(await search.inputValue()).toBe('jangkauan');
    await expect.poll(() => results.first().evaluate((button) => button === document.activeElement)).toBe(true);
  });

  it('says so when nothing matches, and the URL keeps the search', async () => {
    const panel = await browser.extensionPage('sidepanel.html#glossary?q=zzqx');
    await panel.getByText('No metric matches “zzqx”').waitFor();
    expect(await panel.getByTestId('glossary-results').locator('li').count()).toBe(0);
  });

  it("opens the table of what counts as a view, read after the panel's first view", async () => {
    const panel = await browser.extensionPage('sidepanel.html#glossary');
    await panel.getByRole('button', { name: 'What counts as a view, platform by platform' }).click();
    const table = panel.getByRole('table');
    await expect.poll(() => table.locator('tbody tr').count()).toBe(library.viewCounts.length);
    expect(await table.textContent()).toContain(library.viewCounts[0].threshold.en);
  });

  it('opens a metric from its link', async () => {
    const panel = await browser.extensionPage('sidepanel.html#glossary/ga4-engagement-rate');
    await expect
      .poll(() => panel.getByTestId('metric-explainer').getAttribute('data-metric'))
      .toBe('ga4-engagement-rate');
  });
});

// The popup leads with the next step only; the whole checklist is the panel's Checklist tab.
describe('the whole checklist', () => {
  it('lists every stage, moving between them with the keyboard', async () => {
    // Every item of each stage, in the library's order of stages.
    const expected = ['first-week', 'first-30-days', 'first-60-days', 'first-90-days'].map((phase) =>
      library.checklists.filter((item) => item.phase === phase).map((item) => item.id),
    );
    const panel = await browser.extensionPage('sidepanel.html#checklist');
    const items = panel.getByTestId('checklist').locator('li');
    const shown = () => items.evaluateAll((all) => all.map((item) => item.getAttribute('data-item')));
    await expect.poll(shown).toEqual(expected[0]);
    // Each stage's tab carries its progress, nothing ticked yet: "First week · 0/7".
    const names = ['First week', 'First 30 days', 'First 60 days', 'First 90 days'];
    const tab = (index: number) =>
      panel
        .getByRole('tablist', { name: 'Checklist stage' })
        .getByRole('tab', { name: `${names[index]} · 0/${expected[index].length}`, exact: true });
    await tab(0).focus();
    for (const index of [1, 2, 3]) {
      await panel.keyboard.press('ArrowRight');
      await expect.poll(() => tab(index).getAttribute('aria-selected')).toBe('true');
      await expect.poll(() => tab(index).evaluate((element) => element === document.activeElement)).toBe(true);
      await expect.poll(shown).toEqual(expected[index]);
    }
  });
});
