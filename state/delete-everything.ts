// Deleting everything Sidecoach keeps in this browser, as the options page offers it: every value
// in local storage (notes, team, 1:1 items, the history of numbers, checklist, reminders,
// settings, and any value kept aside as unreadable) in one call, with no other writer in between.
// Every open view follows through storage's change event. What the content script read from the
// tabs open now lives in session storage, which the browser empties when it closes.
import { browser } from 'wxt/browser';
import { message, type Message } from '../lib/i18n';
import { errorText } from '../lib/model/record';
import { withStoreLock } from './lock';

export type DeleteResult = { ok: true } | { ok: false; message: Message };

/** Deletes every stored value. Never throws. */
export async function deleteEverything(): Promise<DeleteResult> {
  try {
    await withStoreLock(() => browser.storage.local.clear());
    return { ok: true };
  } catch (error) {
    return { ok: false, message: message('deleteFailed', { detail: errorText(error).slice(0, 200) }) };
  }
}
