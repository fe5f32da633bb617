// Background: wiring only. Keeps each tab's context from its content script's reports, marks
// supported tabs on the toolbar badge, and opens the side panel from the keyboard shortcut.
import { browser, type Browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { badgeFor } from '@/lib/badge';
import { checkPageReport } from '@/lib/messages';
import { followTab, forgetTab, recordPage, type TabContext } from '@/state/tab-contexts';

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

  browser.runtime.onMessage.addListener((message: unknown, sender: Browser.runtime.MessageSender) => {
    const check = checkPageReport(message, sender, browser.runtime.id);
    if (!check.ok) {
      console.warn('Sidecoach ignored a message:', check.reason);
      return undefined;
    }
    const { tabId, report } = check;
    settle(
      recordPage(tabId, report).then((context) => show(tabId, context)),
      'record a page',
    );
    return undefined;
  });

  // A tab that leaves a supported site has no content script to tell us; without host access
  // to the new page its URL is hidden from us, which is how we know to forget it.
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status !== 'loading' && change.url === undefined) return;
    settle(
      followTab(tabId, tab.url, tab.title).then((context) => show(tabId, context)),
      'follow a tab',
    );
  });

  browser.tabs.onRemoved.addListener((tabId) => settle(forgetTab(tabId), 'forget a closed tab'));

  if (browser.sidePanel) {
    browser.commands.onCommand.addListener((command, tab) => {
      // sidePanel.open must run in the same turn as the shortcut press: no await before it.
      if (command === 'open-coach' && tab?.id !== undefined) {
        settle(browser.sidePanel.open({ tabId: tab.id }), 'open the side panel');
      }
    });
  }
});
