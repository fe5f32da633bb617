// Opens the options page at one of its sections, from another page (the Coach's crisis note opens
// it at crisis mode). The section's element takes the focus when the page starts
// (components/settings), so the keyboard and a screen reader start there too.
import { browser } from 'wxt/browser';

/** The options page's sections a link can open, by their element ids. */
export const settingsSections = { crisis: 'crisis' } as const;

export function openSettingsAt(section: keyof typeof settingsSections): Promise<unknown> {
  return browser.tabs.create({ url: `${browser.runtime.getURL('/options.html')}#${settingsSections[section]}` });
}
