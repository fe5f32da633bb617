// Opens the coach beside a tab: Chrome's side panel or Firefox's sidebar. Both browsers accept
// the call only during a user gesture, so callers must not await anything before calling.
import { browser } from 'wxt/browser';

interface FirefoxSidebarAction {
  open(): Promise<void>;
}

export function openCoach(tabId: number): Promise<void> {
  if (import.meta.env.FIREFOX) {
    const { sidebarAction } = browser as unknown as { sidebarAction: FirefoxSidebarAction };
    return sidebarAction.open();
  }
  return browser.sidePanel.open({ tabId });
}

/** The shortcut the user has for opening the coach now (it can be changed in the browser), or ''. */
export async function openCoachShortcut(): Promise<string> {
  const commands = await browser.commands.getAll();
  const command = commands.find((entry) => entry.name === 'open-coach' || entry.name === '_execute_sidebar_action');
  return command?.shortcut ?? '';
}
