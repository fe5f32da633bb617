// Whether crisis mode is on, live: it follows the reminder settings from any window and turns off
// by itself when crisis mode runs out, so the Coach can offer crisis prompts on inbox pages.
import { useEffect, useState } from 'react';
import { crisisActive, reminderSettingsItem } from '@/state/reminder-settings';
import { useStorageItem } from '@/components/ui/use-storage-item';

/** Longest wait a browser timer accepts (about 24.8 days); a longer crisis is checked again then. */
const MAX_TIMER_MS = 2 ** 31 - 1;

export function useCrisisActive(): boolean {
  const { value: settings, loaded } = useStorageItem(reminderSettingsItem);
  const [now, setNow] = useState(() => Date.now());

  const until = settings.crisis?.until ?? null;
  // The time is read again when crisis mode changes (started, moved, ended) and when it runs out.
  useEffect(() => {
    const timer = setTimeout(() => setNow(Date.now()), 0);
    return () => clearTimeout(timer);
  }, [until]);
  useEffect(() => {
    if (until === null || until <= now) return;
    const timer = setTimeout(() => setNow(Date.now()), Math.min(until - now + 50, MAX_TIMER_MS));
    return () => clearTimeout(timer);
  }, [until, now]);

  return loaded && crisisActive(settings, now);
}
