// The Firefox MV3 build in a real Firefox ESR: it loads, its pages open without an error, and the
// side panel page coaches on a dashboard and follows it through an in-app navigation.
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { fixturePages } from '../fixtures/pages';
import { firefoxForFile, until } from './harness';

const firefox = firefoxForFile({ build: 'firefox-mv3' });

const metricCards = (panel: Page) =>
  panel.$$eval('[data-testid="metric-card"]', (cards) => cards.map((card) => card.getAttribute('data-metric')));

const linkedin = fixturePages.find((page) => page.platform === 'linkedin' && page.language === 'en')!;

describe('the Firefox MV3 build', () => {
  it('loads as a temporary add-on and opens its sidebar, popup and options pages without an error', async () => {
    const manifest = await firefox.inExtension((api) => api.runtime.getManifest());
    expect(manifest).toMatchObject({
      manifest_version: 3,
      background: { scripts: [expect.stringMatching(/\/background\.js$/)] },
    });
    const popup = await firefox.extensionPage('popup.html');
    await until(popup, () => !!document.querySelector('[data-testid="next-step"] label[data-item]'), null);
    const options = await firefox.extensionPage('options.html');
    await until(options, () => !!document.querySelector('[data-testid="hints"]'), null);
  });

  it('coaches on LinkedIn Page analytics with its metrics, and follows an in-app navigation', async () => {
    const { page, panel } = await firefox.coach(linkedin.url);
    await expect.poll(() => metricCards(panel), { timeout: 10_000 }).toEqual(linkedin.metrics);
    await page.locator(`::-p-aria([name="${linkedin.spa!.linkText}"][role="link"])`).click();
    await expect.poll(() => metricCards(panel), { timeout: 10_000 }).toEqual(linkedin.spa!.metrics);
  });
});
