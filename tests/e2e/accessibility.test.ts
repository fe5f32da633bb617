// Every view as different people meet it: axe-core finds no violation of any impact on any panel
// view (a card and the 1:1 picker open, a person being added, an agenda), the popup (with a
// reminder waiting too) or the options page (asking to delete everything too), in light and
// dark, in English and Indonesian; nothing scrolls sideways at 320, 360 or 480 px; the Coach
// stays short; the keyboard reaches every tab.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixturePages } from './fixtures/pages';
import { startBrowser, type Harness } from './harness';

const require = createRequire(import.meta.url);
const linkedin = fixturePages.find((page) => page.platform === 'linkedin' && page.language === 'en')!;
let browser: Harness;
let axeSource: string;
let tabId: number;
let blankTabId: number;

beforeAll(async () => {
  browser = await startBrowser();
  axeSource = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  ({ tabId } = await browser.visit(linkedin.url));
  blankTabId = await browser.worker.evaluate(async () => (await chrome.tabs.create({ url: 'about:blank' })).id!);
  // One person on the team, so Team shows its roster, map and an agenda, and the 1:1 picker a name.
  const now = Date.now();
  await browser.worker.evaluate((member) => chrome.storage.local.set({ [`member:${member.id}`]: member }), {
    v: 1,
    id: 'a11y-dewi',
    name: 'Dewi',
    role: 'Community manager',
    platforms: ['linkedin'],
    hats: [
      { hat: 'community-manager', hoursPerWeek: 30 },
      { hat: 'writer', hoursPerWeek: 15 },
    ],
    checkInEveryDays: 14,
    lastCheckInAt: null,
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
  });
});

afterAll(async () => {
  await browser?.close();
});

type View = { name: string; path: () => string; ready: (page: Page) => Promise<void> };

const views: View[] = [
  {
    name: 'coach',
    path: () => `sidepanel.html?tabId=${tabId}#coach`,
    ready: (page) => page.getByTestId('metric-card').first().waitFor(),
  },
  {
    name: 'coach with a card open',
    path: () => `sidepanel.html?tabId=${tabId}#coach/impressions`,
    ready: (page) => page.getByTestId('metric-details').waitFor(),
  },
  {
    name: 'coach with the 1:1 picker open',
    path: () => `sidepanel.html?tabId=${tabId}#coach/impressions`,
    ready: async (page) => {
      await page.getByTestId('metric-details').getByTestId('ask-at-one-on-one').click();
      await page.getByRole('listbox').waitFor();
    },
  },
  {
    name: 'first run',
    path: () => `sidepanel.html?tabId=${blankTabId}#coach`,
    ready: (page) => page.getByTestId('try-sample').waitFor(),
  },
  {
    name: 'glossary',
    path: () => 'sidepanel.html#glossary',
    ready: (page) => page.getByRole('searchbox').first().waitFor(),
  },
  {
    name: 'glossary metric with a goal open',
    path: () => 'sidepanel.html#glossary/reach',
    ready: async (page) => {
      // The goal opens on its questions, each with its 1:1 button.
      await page.getByTestId('metric-goals').locator('summary').first().click();
      await page.getByTestId('metric-goals').getByTestId('ask-at-one-on-one').first().waitFor();
    },
  },
  { name: 'notes', path: () => 'sidepanel.html#notes', ready: (page) => page.getByTestId('notes-search').waitFor() },
  {
    name: 'checklist',
    path: () => 'sidepanel.html#checklist',
    ready: (page) => page.getByRole('checkbox').first().waitFor(),
  },
  {
    name: 'team',
    path: () => 'sidepanel.html#team',
    ready: (page) => page.getByTestId('member').first().waitFor(),
  },
  {
    name: 'team adding a person',
    path: () => 'sidepanel.html#team/new',
    ready: (page) => page.locator('main form input').first().waitFor(),
  },
  {
    name: 'agenda',
    path: () => 'sidepanel.html#team',
    ready: async (page) => {
      await page.locator('.open-agenda').first().click();
      await page.getByTestId('agenda').waitFor();
    },
  },
  { name: 'popup', path: () => 'popup.html', ready: (page) => page.getByRole('button').first().waitFor() },
  {
    name: 'popup with a reminder waiting',
    path: () => 'popup.html',
    ready: async (page) => {
      // What the background keeps while a reminder waits (state/shown-nudge.ts).
      await page.evaluate(() =>
        chrome.storage.session.set({
          'shown-nudge': {
            id: 'check-in:a11y-dewi',
            language: 'en',
            title: 'Time to check in with Dewi',
            lines: ['Your last check-in with Dewi was 15 days ago; you planned one every 14 days.'],
            steps: ['Ask how the week went.'],
          },
        }),
      );
      await page.getByTestId('today-nudge').waitFor();
    },
  },
  { name: 'options', path: () => 'options.html', ready: (page) => page.getByTestId('data-tools').waitFor() },
  {
    name: 'options asking to delete everything',
    path: () => 'options.html',
    ready: async (page) => {
      await page.getByTestId('delete-ask').click();
      await page.getByTestId('delete-confirm').waitFor();
    },
  },
];

async function setLanguage(language: 'en' | 'id') {
  await browser.worker.evaluate(
    (value) =>
      chrome.storage.local.set({
        settings: { language: value, pausedPlatforms: [], hints: false, history: true },
        settings$: { v: 1 },
      }),
    language,
  );
}

/** Loads `view` afresh in `page` (a new page when not given) and waits until it is ready. */
async function open(view: View, width = 360, page?: Page): Promise<Page> {
  if (page) await page.goto('about:blank');
  else {
    page = await browser.context.newPage();
    await page.setViewportSize({ width, height: 800 });
  }
  await page.goto(`chrome-extension://${browser.extensionId}/${view.path()}`);
  await view.ready(page);
  // Fonts and late layout settle before anything is measured.
  await page.evaluate(() => document.fonts.ready);
  return page;
}

/** axe-core's violations on the page as it is now, one line each; only those of `rules` when given. */
async function violationsOf(page: Page, rules?: readonly string[]): Promise<string[]> {
  return page.evaluate(
    async (only) => {
      const axe = (
        window as unknown as {
          axe: {
            run(options?: {
              runOnly: { type: 'rule'; values: string[] };
            }): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }>;
          };
        }
      ).axe;
      const { violations } = await axe.run(only ? { runOnly: { type: 'rule', values: only } } : undefined);
      return violations.map(
        (v) =>
          `${v.id} (${v.impact}) at ${v.nodes
            .map((node) => node.target.join(' '))
            .slice(0, 3)
            .join(', ')}`,
      );
    },
    rules && [...rules],
  );
}

/** The rules whose answer can change with the colour scheme; the others are asked once, in light. */
const colourRules = ['color-contrast', 'link-in-text-block'] as const;

describe('axe-core', () => {
  // Each view loads once per language, in one page, and is checked in light (every rule), then in
  // dark (the colour rules): the colour scheme changes in place, as it does when the system's does.
  it.each(['en', 'id'] as const)('finds no violations on any view, light and dark, %s', async (language) => {
    await setLanguage(language);
    const found: string[] = [];
    let page: Page | undefined;
    for (const view of views) {
      page = await open(view, 360, page);
      // Evaluated, not injected as a script tag: extension pages allow no inline script.
      await page.evaluate(axeSource);
      await page.emulateMedia({ colorScheme: 'light' });
      for (const violation of await violationsOf(page)) found.push(`${view.name}, light: ${violation}`);
      await page.emulateMedia({ colorScheme: 'dark' });
      for (const violation of await violationsOf(page, colourRules)) found.push(`${view.name}, dark: ${violation}`);
    }
    await page?.close();
    expect(found).toEqual([]);
  });
});

describe('layout', () => {
  it('scrolls no view sideways at 320, 360 or 480 px, in Indonesian (its words are the longest)', async () => {
    await setLanguage('id');
    const overflowing: string[] = [];
    let page: Page | undefined;
    // The popup is a fixed 340 px wide; the browser sizes its window to it.
    for (const view of views.filter((entry) => !entry.name.startsWith('popup'))) {
      page = await open(view, 320, page);
      for (const width of [320, 360, 480]) {
        await page.setViewportSize({ width, height: 800 });
        // The layout after the resize, a frame later.
        const sideways = await page.evaluate(
          () =>
            new Promise<number>((done) =>
              requestAnimationFrame(() =>
                done(document.documentElement.scrollWidth - document.documentElement.clientWidth),
              ),
            ),
        );
        if (sideways > 0) overflowing.push(`${view.name} at ${width} px: ${sideways} px too wide`);
      }
      await page.setViewportSize({ width: 320, height: 800 });
    }
    await page?.close();
    expect(overflowing).toEqual([]);
  });

  it('starts the Glossary, Notes, Checklist and Team views at the same height under the tabs', async () => {
    await setLanguage('en');
    const tops: Record<string, number> = {};
    let page: Page | undefined;
    for (const name of ['glossary', 'notes', 'checklist', 'team']) {
      page = await open(
        views.find((view) => view.name === name)!,
        360,
        page,
      );
      tops[name] = await page.evaluate(() =>
        Math.round(document.querySelector('main')!.firstElementChild!.getBoundingClientRect().top),
      );
    }
    await page?.close();
    expect(new Set(Object.values(tops)).size, JSON.stringify(tops)).toBe(1);
  });

  it('keeps the Coach on a nine-metric dashboard within 1,600 px at 360 px, before anything opens', async () => {
    await setLanguage('en');
    const page = await open(views[0]!);
    expect(await page.getByTestId('metric-card').count()).toBe(9);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    // Printed for the README and the closing notes: 5,700 px before the Coach was made compact.
    console.info(`Coach height, nine metrics at 360 px: ${height} px`);
    expect(height).toBeLessThanOrEqual(1600);
    await page.close();
  });
});

describe('keyboard', () => {
  it('reaches every main tab with the arrow keys, and focus stays on the tabs', async () => {
    await setLanguage('en');
    const page = await open(views[0]!);
    await page.getByRole('tab', { name: 'Coach' }).focus();
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('id'));
    expect(await focused()).toBe('tab-coach');
    // Each press moves the focus to the next tab, and from the last back to the first.
    for (const next of ['tab-glossary', 'tab-notes', 'tab-checklist', 'tab-team', 'tab-coach']) {
      await page.keyboard.press('ArrowRight');
      await expect.poll(focused).toBe(next);
    }
    await page.close();
  });
});
