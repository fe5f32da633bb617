// Background: wiring only. Keeps each tab's context from its content script's reports, marks
// supported tabs on the toolbar badge, and opens the side panel from the keyboard shortcut.
import { browser, type Browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { badgeFor } from '@/lib/badge';
import { checkPageReport } from '@/lib/messages';
import { forgetTab, readTabContext, recordPage, type TabContext } from '@/state/tab-contexts';

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

  browser.runtime.onMessage.addListener((message: unknown, sender: Browser.runtime.MessageSender) => {
    const check = checkPageReport(message, sender, browser.runtime.id);
    if (!check.ok) {
      console.warn('Sidecoach ignored a message:', check.reason);
      return undefined;
    }
    const { tabId, report } = check;
    void recordPage(tabId, report).then((context) => show(tabId, context));
    return undefined;
  });

  // A tab that leaves a supported site has no content script to tell us; without host access
  // to the new page its URL is hidden from us, which is how we know to forget it.
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status !== 'loading' && change.url === undefined) return;
    if (!tab.url) {
      void forgetTab(tabId).then(() => show(tabId, null));
      return;
    }
    const url = tab.url;
    void readTabContext(tabId).then(async (known) => {
      // Keep what the content script already reported for this very URL (it knows the metrics).
      const context = known?.url === url ? known : await recordPage(tabId, { url, title: tab.title });
      await show(tabId, context);
    });
  });

  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));

  if (browser.sidePanel) {
    browser.commands.onCommand.addListener((command, tab) => {
      // sidePanel.open must run in the same turn as the shortcut press: no await before it.
      if (command === 'open-coach' && tab?.id !== undefined) void browser.sidePanel.open({ tabId: tab.id });
    });
  }
});
