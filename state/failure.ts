// What a refused storage write means for the leader: a full disk or something else. Saving never
// throws in Sidecoach; every failure comes back as one of these.
import { message, type Message } from '../lib/i18n';
import { errorText } from '../lib/model/record';

export type StorageFailure = { ok: false; reason: 'quota' | 'error'; message: Message };

/** Turns a rejected storage call into a result a person understands. */
export function storageFailure(error: unknown): StorageFailure {
  const detail = errorText(error);
  const name = error instanceof Error ? error.name : '';
  if (name === 'QuotaExceededError' || /quota/i.test(detail)) {
    return { ok: false, reason: 'quota', message: message('storageFull') };
  }
  return { ok: false, reason: 'error', message: message('storageRefused', { detail: detail.slice(0, 200) }) };
}
