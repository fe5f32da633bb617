// Whether crisis mode is on, live: it follows the reminder settings from any window and turns off
// by itself when crisis mode runs out, so the Coach can offer crisis prompts on inbox pages.
import { useEffect, useState } from 'react';
import type { ReminderSettings } from '@/lib/schedule';
import { crisisActive, readReminderSettings, watchReminderSettings } from '@/state/reminders';

/** Longest wait a browser timer accepts (about 24.8 days); a longer crisis is checked again then. */
const MAX_TIMER_MS = 2 ** 31 - 1;

export function useCrisisActive(): boolean {
  const [settings, setSettings] = useState<ReminderSettings | null>(null);
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    let live = true;
    let changed = false;
    const apply = (next: ReminderSettings) => {
      if (!live) return;
      setSettings(next);
      setNow(Date.now());
    };
    // A change seen while the first read was on its way is newer: the read must not replace it.
    void readReminderSettings().then((read) => changed || apply(read.settings));
    const stop = watchReminderSettings((read) => {
      changed = true;
      apply(read.settings);
    });
    return () => {
      live = false;
      stop();
    };
  }, []);

  const until = settings?.crisis?.until ?? null;
  useEffect(() => {
    if (until === null || until <= now) return;
    const timer = setTimeout(() => setNow(Date.now()), Math.min(until - now + 50, MAX_TIMER_MS));
    return () => clearTimeout(timer);
  }, [until, now]);

  return settings !== null && crisisActive(settings, now);
}
