// The pages Sidecoach reads, from the background: each tab's context from its content script's
// reports and the browser's navigation events, the plan each content script follows, and the
// toolbar badge. The background plans again by itself, and tells every open tab of a platform,
// when the worker starts (a worker stopped mid-answer may have left a page unread) and when the
// settings that decide reading change (pause, hints), so nothing waits on a round trip through
// storage and the page.
import { browser } from 'wxt/browser';
import { contentScriptMatches } from '@/content/hosts';
import { badgeFor } from '@/lib/badge';
import { browserTimeZone } from '@/lib/date-format';
import { readingsFromContext } from '@/lib/history';
import { isSamplePage, sampleContext } from '@/lib/sample';
import type { LabelsReport, PlanPush, ScanPlan } from '@/lib/messages';
import type { Settings } from '@/lib/model/settings';
import { recordActivityVisit } from '@/state/checklist';
import { recordReadings } from '@/state/readings';
import { readSettings, settingsItem } from '@/state/settings';
import {
  followTab,
  forgetTab,
  planFor,
  recordContext,
  recordLabels,
  recordPage,
  type ReadingSettings,
  type TabContext,
} from '@/state/tab-contexts';

/** Runs background work without letting a failure escape as an unhandled rejection. */
export function settle(work: Promise<unknown>, what: string): void {
  work.catch((error: unknown) => console.warn(`Sidecoach could not ${what}:`, error));
}

// Chrome MV3 and Firefox MV3 have `action`; Firefox MV2 has `browserAction`.
const action = browser.action ?? browser.browserAction;

async function show(tabId: number, context: TabContext | null): Promise<void> {
  try {
    await action.setBadgeText({ tabId, text: badgeFor(context).text });
  } catch {
    // The tab closed while we were working: nothing to mark.
  }
}

/** Tells a tab's content script its plan; a tab without one (still loading, or not ours) is skipped. */
async function push(tabId: number, url: string, plan: ScanPlan): Promise<void> {
  const message: PlanPush = { type: 'sidecoach/plan', url, plan };
  await browser.tabs.sendMessage(tabId, message).catch(() => undefined);
}

const reading = (settings: Settings): ReadingSettings => ({
  pausedPlatforms: settings.pausedPlatforms,
  hints: settings.hints,
});

/** A page reported itself: its context, noted for the checklist, and its plan. */
export async function onPage(tabId: number, url: string, title: string | undefined): Promise<ScanPlan> {
  const { value: settings } = await readSettings();
  const context = await recordPage(tabId, { url, title }, reading(settings));
  await show(tabId, context);
  // Opening a page with Sidecoach can tick a checklist item ("open LinkedIn analytics").
  if (context?.platform && context.surface && context.kind && !context.paused) {
    const visit = { platform: context.platform, surface: context.surface, kind: context.kind, at: Date.now() };
    settle(recordActivityVisit(visit), 'note the visit for the checklist');
  }
  return planFor(context, reading(settings));
}

/**
 * A scan of a page found these labels and values: the tab's context, the badge, and, unless the
 * leader turned it off, a reading per value in the private history.
 */
export async function onLabels(tabId: number, report: LabelsReport): Promise<void> {
  const now = Date.now();
  const context = await recordLabels(tabId, report, now, browser.i18n.getUILanguage());
  await show(tabId, context);
  if (!context || context.values.length === 0) return;
  const { value: settings } = await readSettings();
  if (!settings.history) return;
  const written = await recordReadings(readingsFromContext(context, { now, timeZone: browserTimeZone() }), now);
  if (!written.ok) console.warn('Sidecoach could not keep the readings of a page:', written.message.key);
}

/**
 * Plans every open tab on the listed platforms again and tells each its plan. With `refresh`, a
 * page's context is detected afresh (settings changed); otherwise a context known for the same
 * page is kept (the worker restarted).
 */
export async function replanOpenTabs(settings: Settings, refresh: boolean): Promise<void> {
  const tabs = await browser.tabs.query({ url: contentScriptMatches });
  await Promise.all(
    tabs.map(async (tab) => {
      if (tab.id === undefined || !tab.url) return;
      const context = refresh
        ? await recordPage(tab.id, { url: tab.url, title: tab.title }, reading(settings))
        : await followTab(tab.id, tab.url, tab.title, reading(settings));
      await show(tab.id, context);
      await push(tab.id, tab.url, planFor(context, reading(settings)));
    }),
  );
}

const readingChanged = (a: Settings, b: Settings) =>
  a.hints !== b.hints ||
  JSON.stringify([...a.pausedPlatforms].sort()) !== JSON.stringify([...b.pausedPlatforms].sort());

export function startPages(): void {
  let settings: Settings | null = null;
  settle(
    readSettings().then(async (read) => {
      settings ??= read.value;
      await replanOpenTabs(read.value, false);
    }),
    'plan the open tabs',
  );

  settingsItem.watch(({ value }) => {
    const changed = settings === null || readingChanged(settings, value);
    settings = value;
    if (changed) settle(replanOpenTabs(value, true), 'plan the open tabs again');
  });

  // A tab that leaves a supported site has no content script to tell us; without host access
  // to the new page its URL is hidden from us, which is how we know to forget it.
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status !== 'loading' && change.url === undefined) return;
    // The extension's own sample dashboard has no content script: its context is known already.
    if (isSamplePage(tab.url, browser.runtime.getURL('/'))) {
      settle(
        recordContext(tabId, sampleContext(tab.url!, Date.now())).then((context) => show(tabId, context)),
        'coach the sample dashboard',
      );
      return;
    }
    settle(
      readSettings()
        .then(({ value }) => followTab(tabId, tab.url, tab.title, reading(value)))
        .then((context) => show(tabId, context)),
      'follow a tab',
    );
  });

  browser.tabs.onRemoved.addListener((tabId) => settle(forgetTab(tabId), 'forget a closed tab'));
}
