// Background: wiring only. Content scripts' reports and their plans (pages.ts), reminders
// (reminders.ts), and opening the side panel from the keyboard shortcut, the context menu and
// in-page hints.
import { browser, type Browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { contentScriptMatches } from '@/content/hosts';
import { metricsForLabels } from '@/lib/context';
import { checkContentMessage, checkPageMessage, noScan, type NudgeAnswerReply } from '@/lib/messages';
import { requestPanel } from '@/state/panel-request';
import { openCoach, sidebarState } from '@/runtime/open-coach';
import { readTabContext } from '@/state/tab-contexts';
import { onLabels, onPage, settle, startPages } from './pages';
import { answerNudge, startReminders } from './reminders';

const explainMenuId = 'sidecoach-explain';

export default defineBackground(() => {
  /**
   * Opens the coach beside a tab. Must be called in the same turn as the user's action: the
   * browser refuses to open a panel later. Firefox's sidebar is one per window.
   */
  function openPanel(tabId: number) {
    settle(openCoach(tabId), 'open the coach');
  }

  async function onExplain(tabId: number, label: string) {
    const context = await readTabContext(tabId);
    const [metric] = context?.platform ? metricsForLabels(context.platform, [label]) : [];
    if (metric) await requestPanel({ tabId, metric, at: Date.now() });
  }

  const extensionBase = browser.runtime.getURL('/');

  browser.runtime.onMessage.addListener(
    (message: unknown, sender: Browser.runtime.MessageSender, sendResponse: (response: unknown) => void) => {
      // From the popup: a reminder's answer.
      const fromPage = checkPageMessage(message, sender, browser.runtime.id, extensionBase);
      if (fromPage.ok) {
        answerNudge(fromPage.message.id, fromPage.message.answer).then(sendResponse, (error: unknown) => {
          console.warn('Sidecoach could not answer a reminder:', error);
          sendResponse({ ok: false, reason: 'failed' } satisfies NudgeAnswerReply);
        });
        return true;
      }
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
          settle(onLabels(tabId, content), 'record what a page shows');
          return undefined;
        case 'sidecoach/explain':
          if (!import.meta.env.FIREFOX) {
            // A click on a hint is a user action in Chrome: open first, then say what to show.
            openPanel(tabId);
            settle(onExplain(tabId, content.label), 'explain a metric');
            return undefined;
          }
          // Firefox opens its sidebar only from its own buttons, menus and keys, never for a page's
          // message. An open sidebar shows the metric; a closed one finds it waiting, and the page
          // says how to open it.
          settle(onExplain(tabId, content.label), 'explain a metric');
          sidebarState(sender.tab?.windowId).then(sendResponse, (error: unknown) => {
            console.warn('Sidecoach could not tell whether the sidebar is open:', error);
            sendResponse(null);
          });
          return true;
      }
    },
  );

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

  startPages();
  startReminders();

  if (browser.sidePanel) {
    browser.commands.onCommand.addListener((command, tab) => {
      // sidePanel.open must run in the same turn as the shortcut press: no await before it.
      if (command === 'open-coach' && tab?.id !== undefined) openPanel(tab.id);
    });
  }
});
