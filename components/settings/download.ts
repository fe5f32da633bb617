// Files the options page offers: made in the page and handed to the browser's downloads, so
// nothing leaves the browser.
import { message, type Message } from '@/lib/i18n';
import { errorText } from '@/lib/model/record';
import { exportBackup } from '@/state/backup';

/** Today as the file names say it, `YYYY-MM-DD`. */
export const fileDay = () => new Date().toISOString().slice(0, 10);

/** Offers text as a file download. */
export function download(name: string, text: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Offers the JSON backup of everything stored now. Resolves to what to say when storage cannot be read, or null. */
export async function downloadBackup(): Promise<Message | null> {
  try {
    download(`sidecoach-backup-${fileDay()}.json`, await exportBackup(), 'application/json');
    return null;
  } catch (error) {
    return message('storageRefused', { detail: errorText(error) });
  }
}
