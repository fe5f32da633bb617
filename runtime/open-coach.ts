// Opens the coach beside a tab: Chrome's side panel or Firefox's sidebar. Both browsers accept
// the call only during a user gesture, so callers must not await anything before calling. Shared
// by the popup's button and the background's shortcut, context menu and in-page hints.
import { browser } from 'wxt/browser';
import type { ExplainAnswer } from '@/lib/messages';

/** Firefox's sidebar, which the Chrome types the build uses do not describe. */
type WithSidebar = typeof browser & {
  sidebarAction?: { open(): Promise<void>; isOpen(details: { windowId?: number }): Promise<boolean> };
};

export function openCoach(tabId: number): Promise<void> {
  const { sidebarAction } = browser as WithSidebar;
  if (browser.sidePanel) return browser.sidePanel.open({ tabId });
  if (sidebarAction) return sidebarAction.open();
  return Promise.reject(new Error('This browser has neither a side panel nor a sidebar for extensions.'));
}

/** The shortcut the user has for opening the coach now (it can be changed in the browser), or ''. */
export async function openCoachShortcut(): Promise<string> {
  const commands = await browser.commands.getAll();
  const command = commands.find((entry) => entry.name === 'open-coach' || entry.name === '_execute_sidebar_action');
  return command?.shortcut ?? '';
}

/**
 * Firefox only: whether the sidebar is open in a window, and the shortcut that opens it. Firefox
 * opens its sidebar only from its own buttons, menus and keys, never for a page's message, so a
 * hint click answers with this; null in Chrome, where the click opens the side panel.
 */
export async function sidebarState(windowId: number | undefined): Promise<ExplainAnswer | null> {
  const { sidebarAction } = browser as WithSidebar;
  if (browser.sidePanel || !sidebarAction) return null;
  const [sidebarOpen, shortcut] = await Promise.all([sidebarAction.isOpen({ windowId }), openCoachShortcut()]);
  return { sidebarOpen, shortcut };
}
