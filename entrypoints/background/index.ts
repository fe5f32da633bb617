// Background: wiring only. Keeps each tab's context from its content script's reports, tells
// the content script what to read, shows the number of metrics on the toolbar badge, and opens
// the side panel from the keyboard shortcut, the context menu and in-page hints.
import { browser, type Browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { contentScriptMatches } from '@/content/hosts';
import { badgeFor } from '@/lib/badge';
import { metricsForLabels } from '@/lib/context';
import { checkContentMessage, noScan, type ScanPlan } from '@/lib/messages';
import { recordActivityVisit } from '@/state/checklist';
import { requestPanel } from '@/state/panel-request';
import { startReminders } from './reminders';
import { readSettings } from '@/state/settings';
import {
  followTab,
  forgetTab,
  planFor,
  readTabContext,
  recordLabels,
  recordPage,
  type TabContext,
} from '@/state/tab-contexts';

const explainMenuId = 'sidecoach-explain';

export default defineBackground(() => {
  // Chrome MV3 and Firefox MV3 have `action`; Firefox MV2 has `browserAction`.
  const action = browser.action ?? browser.browserAction;

  async function show(tabId: number, context: TabContext | null) {
    try {
      await action.setBadgeText({ tabId, text: badgeFor(context).text });
    } catch {
      // The tab closed while we were working: nothing to mark.
    }
  }

  /** Runs background work without letting a failure escape as an unhandled rejection. */
  function settle(work: Promise<unknown>, what: string) {
    work.catch((error: unknown) => console.warn(`Sidecoach could not ${what}:`, error));
  }

  /**
   * Opens the coach beside a tab. Must be called in the same turn as the user's action: the
   * browser refuses to open a panel later. Firefox's sidebar is one per window.
   */
  function openPanel(tabId: number) {
    const { sidebarAction } = browser as unknown as { sidebarAction?: { open(): Promise<void> } };
    if (browser.sidePanel) settle(browser.sidePanel.open({ tabId }), 'open the side panel');
    else if (sidebarAction) settle(sidebarAction.open(), 'open the sidebar');
  }

  async function onPage(tabId: number, url: string, title: string | undefined): Promise<ScanPlan> {
    const { settings } = await readSettings();
    const context = await recordPage(tabId, { url, title }, settings);
    await show(tabId, context);
    // Opening a page with Sidecoach can tick a checklist item ("open LinkedIn analytics").
    if (context?.platform && context.surface && context.kind && !context.paused) {
      const visit = { platform: context.platform, surface: context.surface, kind: context.kind, at: Date.now() };
      settle(recordActivityVisit(visit), 'note the visit for the checklist');
    }
    return planFor(context, settings);
  }

  async function onExplain(tabId: number, label: string) {
    const context = await readTabContext(tabId);
    const [metric] = context?.platform ? metricsForLabels(context.platform, [label]) : [];
    if (metric) await requestPanel({ tabId, metric, at: Date.now() });
  }

  browser.runtime.onMessage.addListener(
    (message: unknown, sender: Browser.runtime.MessageSender, sendResponse: (response: unknown) => void) => {
      const check = checkContentMessage(message, sender, browser.runtime.id);
      if (!check.ok) {
        console.warn('Sidecoach ignored a message:', check.reason);
        return undefined;
      }
      const { tabId, message: content } = check;
      switch (content.type) {
        case 'sidecoach/page':
          onPage(tabId, content.url, content.title)
            .then(sendResponse)
            .catch((error: unknown) => {
              console.warn('Sidecoach could not record a page:', error);
              sendResponse(noScan);
            });
          // Keeps the channel open for the asynchronous answer.
          return true;
        case 'sidecoach/labels':
          settle(
            recordLabels(tabId, content).then((context) => show(tabId, context)),
            'record what a page shows',
          );
          return undefined;
        case 'sidecoach/explain':
          // A click on a hint is a user action: open first, then say what to show.
          openPanel(tabId);
          settle(onExplain(tabId, content.label), 'explain a metric');
          return undefined;
      }
    },
  );

  // A tab that leaves a supported site has no content script to tell us; without host access
  // to the new page its URL is hidden from us, which is how we know to forget it.
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status !== 'loading' && change.url === undefined) return;
    settle(
      readSettings()
        .then(({ settings }) => followTab(tabId, tab.url, tab.title, settings))
        .then((context) => show(tabId, context)),
      'follow a tab',
    );
  });

  browser.tabs.onRemoved.addListener((tabId) => settle(forgetTab(tabId), 'forget a closed tab'));

  // Menus outlive the service worker; creating them on install is enough.
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({
      id: explainMenuId,
      title: browser.i18n.getMessage('menuExplain'),
      contexts: ['selection'],
      documentUrlPatterns: contentScriptMatches,
    });
  });

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== explainMenuId || tab?.id === undefined) return;
    openPanel(tab.id);
    const query = (info.selectionText ?? '').replace(/\s+/g, ' ').trim().slice(0, 200);
    if (query) settle(requestPanel({ tabId: tab.id, query, at: Date.now() }), 'pass the selection to the panel');
  });

  startReminders();

  if (browser.sidePanel) {
    browser.commands.onCommand.addListener((command, tab) => {
      // sidePanel.open must run in the same turn as the shortcut press: no await before it.
      if (command === 'open-coach' && tab?.id !== undefined) openPanel(tab.id);
    });
  }
});
