// The Firefox build (MV2) in a real Firefox ESR, used as a person would: the sidebar page beside
// each fixture dashboard, following tabs and in-app navigation, the popup's next checklist step,
// the language switch, in-page hints (which cannot open the sidebar in Firefox) and reminders (whose
// notifications have no buttons in Firefox).
import type { Page } from 'puppeteer-core';
import { afterEach, describe, expect, it } from 'vitest';
import { library } from '../../../content';
import { fixturePages } from '../fixtures/pages';
import { checkInDue } from '../fixtures/seeds';
import { firefoxForFile, until } from './harness';

// Every page the extension showed, in every test, without an error (checked after each test).
const firefox = firefoxForFile({ build: 'firefox-mv2' });

const selector = {
  context: (platform: string, surface: string) =>
    `[data-testid="context"][data-platform="${platform}"][data-surface="${surface}"]`,
  testId: (id: string) => `[data-testid="${id}"]`,
};

const metricCards = (panel: Page) =>
  panel.$$eval('[data-testid="metric-card"]', (cards) => cards.map((card) => card.getAttribute('data-metric')));

const textOf = (page: Page, css: string) => page.$eval(css, (element) => element.textContent);

async function expectCoach(panel: Page, platform: string, surface: string, metrics: string[]) {
  await until(panel, (css) => !!document.querySelector(css), selector.context(platform, surface));
  await expect.poll(() => metricCards(panel), { timeout: 10_000 }).toEqual(metrics);
}

const staticPages = fixturePages.filter((page) => !page.file.startsWith('large') && !page.file.startsWith('late'));
const linkedin = staticPages.find((page) => page.labels)!;
const ga4 = staticPages.find((page) => page.platform === 'google-analytics' && page.language === 'en')!;
const youtube = staticPages.find((page) => page.platform === 'youtube' && page.language === 'en')!;

describe('the Firefox build', () => {
  it('loads as a temporary add-on and opens its sidebar, popup and options pages without an error', async () => {
    const manifest = await firefox.inExtension((api) => api.runtime.getManifest());
    expect(manifest).toMatchObject({
      manifest_version: 2,
      sidebar_action: { default_panel: expect.stringMatching(/sidepanel\.html$/) },
    });
    const panel = await firefox.openPanel();
    await until(panel, () => document.querySelectorAll('[role="tab"]').length === 5, null);
    const options = await firefox.extensionPage('options.html');
    await until(options, () => !!document.querySelector('[data-testid="hints"]'), null);
    const popup = await firefox.extensionPage('popup.html');
    await until(popup, () => !!document.querySelector('[data-testid="next-step"] label[data-item]'), null);
  });
});

describe('Coach on analytics pages', () => {
  it.each(staticPages)('$file: $platform / $surface with its metrics', async (fixture) => {
    const { panel } = await firefox.coach(fixture.url);
    await expectCoach(panel, fixture.platform, fixture.surface, fixture.metrics);
  });

  it('reads a 20,000-element page, to a label 200 levels deep after a 500-row table', async () => {
    const large = fixturePages.find((page) => page.file.startsWith('large'))!;
    const { panel } = await firefox.coach(large.url);
    await expectCoach(panel, large.platform, large.surface, large.metrics);
  });

  it.each([linkedin, ga4])('$file: follows in-app navigation to another set of metrics', async (fixture) => {
    const { page, panel } = await firefox.coach(fixture.url);
    await expectCoach(panel, fixture.platform, fixture.surface, fixture.metrics);
    // LinkedIn pushes a new path, GA4 changes the fragment; neither reloads the page.
    await page.locator(`::-p-aria([name="${fixture.spa!.linkText}"][role="link"])`).click();
    await expectCoach(panel, fixture.platform, fixture.spa!.surface, fixture.spa!.metrics);
  });

  it('follows the active tab of its window when not pinned', async () => {
    const panel = await firefox.openPanel();
    const panelTab = await firefox.inPage(panel, async (api) => (await api.tabs.getCurrent())!.id!);
    const shown = await Promise.all([linkedin, youtube].map((fixture) => firefox.visit(fixture.url)));
    // Into the panel's window, as tabs beside it.
    await firefox.inExtension(
      async (api, [panelId, ...tabIds]) => {
        const { windowId } = await api.tabs.get(panelId);
        await api.tabs.move(tabIds, { windowId, index: -1 });
      },
      [panelTab, ...shown.map((tab) => tab.tabId)],
    );
    const activate = (tabId: number) => firefox.inExtension((api, id) => api.tabs.update(id, { active: true }), tabId);
    await activate(shown[0].tabId);
    await expectCoach(panel, linkedin.platform, linkedin.surface, linkedin.metrics);
    await activate(shown[1].tabId);
    await expectCoach(panel, youtube.platform, youtube.surface, youtube.metrics);
    await activate(shown[0].tabId);
    await expectCoach(panel, linkedin.platform, linkedin.surface, linkedin.metrics);
  });
});

describe('popup', () => {
  it('leads with Open coach and the next checklist step; a tick there shows in the side panel at once', async () => {
    const firstWeek = library.checklists.filter((item) => item.phase === 'first-week').map((item) => item.id);
    // The panel's Checklist view marks the next step; the tests before may have ticked some
    // items by themselves (the analytics of three platforms opened with the coach).
    const panel = await firefox.extensionPage('sidepanel.html#checklist');
    const panelState = () =>
      panel.evaluate(() => ({
        next: document.querySelector('[data-testid="checklist"] li[aria-current="step"]')?.getAttribute('data-item'),
        done: document.querySelectorAll('[data-testid="checklist"] li[data-done="true"]').length,
      }));
    await until(panel, () => !!document.querySelector('[data-testid="checklist"] li[aria-current="step"]'), null);
    const before = await panelState();
    expect(firstWeek).toContain(before.next);

    const popup = await firefox.extensionPage('popup.html');
    const step = '[data-testid="next-step"]';
    const stepItem = () => popup.$eval(`${step} label[data-item]`, (label) => label.getAttribute('data-item'));
    await expect.poll(stepItem).toBe(before.next);
    expect(await textOf(popup, step)).toContain(`First week: ${before.done} of ${firstWeek.length} done`);
    // Open coach comes first, offered with the shortcut Firefox has for the sidebar.
    expect(await popup.$eval('main button', (button) => button.textContent)).toBe('Open coach');
    expect(await textOf(popup, '#open-coach-hint')).toMatch(/Alt\+Shift\+S/);

    // Ticked, the step gives way to the next one, and the panel shows the tick and who made it.
    const inPanel = `[data-item="${before.next}"]`;
    await popup.locator(`${step} input[type="checkbox"]`).click();
    await until(panel, (css) => document.querySelector(css)?.getAttribute('data-done') === 'true', inPanel);
    expect(await textOf(panel, inPanel)).toMatch(/You ticked this/);
    await expect.poll(panelState).toMatchObject({ done: before.done + 1 });
    const after = await panelState();
    expect(after.next).not.toBe(before.next);
    await expect.poll(stepItem).toBe(after.next);
    expect(await textOf(popup, step)).toContain(`First week: ${after.done} of ${firstWeek.length} done`);
  });
});

describe('language', () => {
  it('switches every open view to Bahasa Indonesia from the options page, live', async () => {
    const { panel } = await firefox.coach(linkedin.url);
    await expectCoach(panel, linkedin.platform, linkedin.surface, linkedin.metrics);
    const options = await firefox.extensionPage('options.html');
    const language = await options.waitForSelector('::-p-aria([name="Language"][role="combobox"])');
    await language!.select('id');
    await until(options, () => document.body.textContent!.includes('Tersimpan.'), null);

    await expect.poll(() => textOf(panel, 'h1')).toBe('LinkedIn · Analitik Halaman');
    expect(await panel.evaluate(() => document.documentElement.lang)).toBe('id');
    const popup = await firefox.extensionPage('popup.html');
    await expect.poll(() => textOf(popup, 'h1')).toBe('Checklist onboarding Anda');

    await language!.select('auto');
    await expect.poll(() => textOf(panel, 'h1')).toBe('LinkedIn · Page analytics');
  });
});

/**
 * Where the hint marker beside a label is drawn: BiDi cannot reach into the hints' closed shadow
 * root, so the point comes from the label's box and the marker's placement (4 px to its right,
 * 18 px square, centred), and only counts once the page says Sidecoach's hints are there.
 */
async function markerBeside(page: Page, label: string) {
  const find = (text: string) => {
    const element = [...document.querySelectorAll('body *')].find(
      (candidate) => candidate.childElementCount === 0 && candidate.textContent === text,
    )!;
    const box = element.getBoundingClientRect();
    const x = box.right + 4 + 9;
    const y = box.top + Math.max(0, (box.height - 18) / 2) + 9;
    return { x, y, hit: document.elementFromPoint(x, y)?.localName };
  };
  await expect.poll(() => page.evaluate(find, label), { timeout: 10_000 }).toMatchObject({ hit: 'sidecoach-hints' });
  return page.evaluate(find, label);
}

describe('hints', () => {
  async function hintsOn(on: boolean) {
    const options = await firefox.extensionPage('options.html');
    const box = await options.waitForSelector('[data-testid="hints"]');
    if ((await box!.evaluate((input) => (input as HTMLInputElement).checked)) !== on) await box!.click();
    await until(
      options,
      (want) => (document.querySelector('[data-testid="hints"]') as HTMLInputElement).checked === want,
      on,
    );
    await options.close();
  }

  afterEach(async () => {
    await hintsOn(false);
  });

  /** The route of the real sidebar of a tab's window, and the metric row open there, read through extension.getViews. */
  const sidebarShows = (tabId: number) =>
    firefox.inExtension(async (api, id) => {
      const { windowId } = await api.tabs.get(id);
      const [sidebar] = api.extension.getViews({ type: 'sidebar', windowId });
      return sidebar
        ? {
            route: sidebar.location.hash,
            open: sidebar.document
              .querySelector('[data-testid="metric-card"]:has(button[aria-expanded="true"])')
              ?.getAttribute('data-metric'),
          }
        : null;
    }, tabId);

  /** Whether Sidecoach draws something at a point of the page (only its hints' shadow root can). */
  const drawnBySidecoach = (page: Page, point: { x: number; y: number }) =>
    page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.localName === 'sidecoach-hints', point);

  /** Where the note under a marker is drawn: 24 px below the marker's top, from its left edge. */
  const notePoint = (marker: { x: number; y: number }) => ({ x: marker.x - 9 + 20, y: marker.y - 9 + 24 + 15 });

  it('open the metric in the sidebar when it is open', async () => {
    // The sidebar is open in every window since the install, as Firefox opens it then.
    const { page, tabId } = await firefox.visit(linkedin.url);
    await hintsOn(true);
    const marker = await markerBeside(page, 'Impressions');
    await page.mouse.click(marker.x, marker.y);
    await expect.poll(() => sidebarShows(tabId)).toEqual({ route: '#coach/impressions', open: 'impressions' });
    expect(await drawnBySidecoach(page, notePoint(marker))).toBe(false);
  });

  it('say how to open the sidebar when it is closed, and the metric waits for it', async () => {
    const { page, tabId } = await firefox.visit(linkedin.url);
    await hintsOn(true);
    // The leader closes the sidebar in the dashboard's window with a click, which Firefox
    // counts as the leader's own action (as its ✕ would be); then goes back to the dashboard.
    const byHand = await firefox.extensionTabBeside('popup.html', tabId);
    const handPage = byHand.page;
    await firefox.inPage(handPage, (api) => {
      for (const action of ['close', 'open'] as const) {
        const button = document.createElement('button');
        button.id = `sidebar-${action}`;
        button.textContent = `${action} the sidebar`;
        button.addEventListener('click', () => void api.sidebarAction[action]());
        document.body.prepend(button);
      }
    });
    const windowId = await firefox.inExtension(async (api, id) => (await api.tabs.get(id)).windowId, tabId);
    const sidebarOpen = () => firefox.inExtension((api, id) => api.sidebarAction.isOpen({ windowId: id }), windowId);
    await handPage.locator('#sidebar-close').click();
    await expect.poll(sidebarOpen).toBe(false);
    await firefox.inExtension((api, id) => api.tabs.update(id, { active: true }), tabId);

    const marker = await markerBeside(page, 'Impressions');
    await page.mouse.click(marker.x, marker.y);
    // A note under the marker, drawn in the hints' shadow root, and the metric waiting.
    await expect.poll(() => drawnBySidecoach(page, notePoint(marker))).toBe(true);
    const waiting = () =>
      firefox.inExtension(async (api) => (await api.storage.session.get('panel-request'))['panel-request'] ?? null);
    // The background answers the page and keeps the request at the same time: either may come first.
    await expect.poll(waiting).toMatchObject({ tabId, metric: 'impressions' });

    // The leader opens the sidebar and comes back to the dashboard: the sidebar coaches on it
    // and opens the waiting metric's row.
    await firefox.inExtension((api, id) => api.tabs.update(id, { active: true }), byHand.tabId);
    await handPage.locator('#sidebar-open').click();
    await expect.poll(sidebarOpen).toBe(true);
    await firefox.inExtension((api, id) => api.tabs.update(id, { active: true }), tabId);
    await expect.poll(() => sidebarShows(tabId)).toEqual({ route: '#coach/impressions', open: 'impressions' });
    expect(await waiting()).toBeNull();
  });
});

describe('reminders', () => {
  it('come as a notification that says to click it, as Firefox gives it no buttons, and wait on the options page', async () => {
    // What the background asks Firefox to show: headless Firefox takes a notification away at once.
    await firefox.inExtension(async (api) => {
      const background = await api.runtime.getBackgroundPage();
      const { notifications } = Reflect.get(background!, 'browser') as typeof api;
      const shown: unknown[] = [];
      Reflect.set(window, 'shownNotifications', shown);
      const create: unknown = notifications.create;
      Reflect.set(notifications, 'create', (...args: unknown[]) => {
        shown.push(args);
        return Reflect.apply(create as (...args: unknown[]) => unknown, notifications, args);
      });
    });
    const now = Date.now();
    await firefox.inExtension((api, items) => api.storage.local.set(items), checkInDue(now));
    const alarmDue = () =>
      firefox.inExtension(async (api) => (await api.alarms.get('sidecoach-reminder'))?.scheduledTime ?? Infinity);
    const shown = () => firefox.inExtension(() => Reflect.get(window, 'shownNotifications') as unknown[]);
    // The alarm, planned from the change, is made to ring now, unless the reminder came already.
    await expect.poll(async () => (await alarmDue()) < now + 5 * 60_000 || (await shown()).length > 0).toBe(true);
    if ((await shown()).length === 0) {
      await firefox.inExtension((api) => api.alarms.create('sidecoach-reminder', { when: Date.now() + 100 }));
    }
    await expect.poll(shown).toHaveLength(1);
    const [[id, options]] = (await shown()) as [string, Record<string, unknown>][];
    expect(id).toBe('sidecoach-nudge');
    expect(options).toMatchObject({
      title: 'Time to check in with Dewi',
      message: expect.stringMatching(/\nClick here to answer: done, snooze or dismiss\.$/),
    });
    expect(options).not.toHaveProperty('buttons');

    // Gone from the screen, it is not taken as an answer: it waits where the click lands.
    const page = await firefox.extensionPage('options.html');
    await until(
      page,
      () =>
        document.querySelector('[data-testid="waiting-reminder"] strong')?.textContent === 'Time to check in with Dewi',
      null,
    );
    // The popup shows it as well, with the buttons the notification lacks.
    const popup = await firefox.extensionPage('popup.html');
    await until(
      popup,
      () => document.querySelector('[data-testid="today-nudge"] strong')?.textContent === 'Time to check in with Dewi',
      null,
    );
    const history = () =>
      firefox.inExtension(async (api) => (await api.storage.local.get('nudgeHistory')).nudgeHistory);
    expect(await history()).not.toHaveProperty(['check-in:dewi', 'snoozedUntil']);
    // Each answer is named with the reminder it answers.
    await page
      .locator(
        '[data-testid="waiting-reminder"] ::-p-aria([name="Dismiss: Time to check in with Dewi"][role="button"])',
      )
      .click();
    await expect.poll(history).toMatchObject({ 'check-in:dewi': { lastDismissedAt: expect.any(Number) } });
    await until(page, () => !!document.querySelector('[data-testid="waiting-reminder-none"]'), null);
    // Answered on the options page, it leaves the popup too.
    await until(popup, () => !document.querySelector('[data-testid="today-nudge"]'), null);
  });

  it('in a crisis, put the team first on an inbox and open crisis mode in Settings from there', async () => {
    const until24h = Date.now() + 24 * 60 * 60 * 1000;
    await firefox.inExtension(
      (api, crisisUntil) =>
        api.storage.local.set({
          reminderSettings: {
            timeZone: 'UTC',
            quietStart: '19:00',
            quietEnd: '08:00',
            workDays: [1, 2, 3, 4, 5],
            retro: null,
            crisis: { until: crisisUntil },
          },
        }),
      until24h,
    );
    const { panel } = await firefox.coach('https://www.linkedin.com/messaging/');
    // The crisis note first, then the questions, the crisis ones leading.
    await until(
      panel,
      () => {
        const sections = [...document.querySelectorAll('main section')].map((section) => section.className);
        return (
          document.querySelector('#wellbeing-heading')?.textContent === 'Crisis mode is on: look after the team' &&
          sections.indexOf('wellbeing') < sections.indexOf('questions')
        );
      },
      null,
    );
    await panel.locator('::-p-aria([name="Change or end crisis mode"][role="button"])').click();
    const optionsTabs = () =>
      firefox.inExtension(async (api) =>
        (await api.tabs.query({})).flatMap((tab) =>
          tab.id !== undefined && tab.url?.endsWith('/options.html#crisis') ? [tab.id] : [],
        ),
      );
    await expect.poll(optionsTabs).toHaveLength(1);
    await firefox.inExtension(async (api, ids) => api.tabs.remove(ids), await optionsTabs());
    // Opened there, Settings starts at crisis mode.
    const options = await firefox.extensionPage('options.html#crisis');
    await until(options, () => document.activeElement?.getAttribute('data-testid') === 'crisis-mode', null);
    await firefox.inExtension((api) => api.storage.local.remove('reminderSettings'));
  });
});
