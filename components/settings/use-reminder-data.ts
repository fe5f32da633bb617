// What the reminders settings show, live: the reminder data (settings, team, history), read again
// whenever anything it comes from changes, the time each minute, and the library texts reminders
// quote, loaded only once a reminder is on screen.
import { useEffect, useState } from 'react';
import type { Message } from '@/lib/i18n';
import type { NudgeLibrary } from '@/lib/reminder-words';
import { errorText } from '@/lib/model/record';
import { loadReminderData, watchReminderInputs, type ReminderData } from '@/state/reminders';

const MINUTE = 60_000;

/** The reminder data, read again whenever anything it comes from changes, and the time, each minute. */
export function useReminderData(): { data: ReminderData | null; error: string | null; now: number } {
  const [data, setData] = useState<ReminderData | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    let latest = 0;
    let live = true;
    const load = () => {
      const request = ++latest;
      loadReminderData()
        .then((loaded) => {
          if (!live || request !== latest) return;
          setData(loaded);
          setError(null);
          setNow(Date.now());
        })
        .catch((reason: unknown) => {
          if (live && request === latest) setError(errorText(reason));
        });
    };
    load();
    const stop = watchReminderInputs(load);
    const timer = setInterval(() => setNow(Date.now()), MINUTE);
    return () => {
      live = false;
      stop();
      clearInterval(timer);
    };
  }, []);

  return { data, error, now };
}

let libraryLoad: Promise<NudgeLibrary> | null = null;

/** The library texts reminders quote, loaded once and only when a reminder is shown. */
function loadNudgeLibrary(): Promise<NudgeLibrary> {
  libraryLoad ??= Promise.all([import('@/content/wellbeing'), import('@/content/learning')]).then(
    ([{ wellbeing }, { learning }]) => ({ wellbeing, retro: learning.retro }),
  );
  return libraryLoad;
}

/** The library, once loaded; null until then (or if it cannot load). */
export function useNudgeLibrary(wanted: boolean): NudgeLibrary | null {
  const [library, setLibrary] = useState<NudgeLibrary | null>(null);
  useEffect(() => {
    if (!wanted || library) return;
    let live = true;
    loadNudgeLibrary()
      .then((loaded) => live && setLibrary(loaded))
      .catch((error: unknown) => console.warn('Sidecoach could not load the reminder texts:', error));
    return () => {
      live = false;
    };
  }, [wanted, library]);
  return library;
}

/** How a save went, for the status line under a form. */
export type Status = { kind: 'idle' } | { kind: 'saved' } | { kind: 'failed'; message: string };

/** A failed save, in words. */
export function failure(message: Message, say: (message: Message) => string): Status {
  return { kind: 'failed', message: say(message) };
}
