// The options page's reminders: the reminder waiting for an answer, when reminders may come (time
// zone, quiet hours, work days, the weekly retro), and crisis mode. Each part is its own component
// in this folder; the time-zone date arithmetic is in lib/calendar-dates.ts. Opened as
// `options.html#crisis` (from the Coach's crisis note), the page starts at crisis mode.
import { useEffect, useRef } from 'react';
import { useI18n } from '@/components/ui/use-i18n';
import { settingsSections } from '@/runtime/open-settings';
import { CrisisMode } from './CrisisMode';
import { ReminderForm } from './ReminderForm';
import { useReminderData } from './use-reminder-data';
import { WaitingReminder } from './WaitingReminder';

export function RemindersSettings() {
  const { t } = useI18n();
  const { data, error, now } = useReminderData();
  const crisis = useRef<HTMLElement>(null);
  const loaded = data !== null;

  // Once, when the reminders have loaded: before, the sections above it are still growing.
  useEffect(() => {
    if (loaded && location.hash === `#${settingsSections.crisis}`) crisis.current?.focus();
  }, [loaded]);

  return (
    <>
      <section className="card" aria-labelledby="reminders-heading" data-testid="reminders-settings">
        <h2 id="reminders-heading">{t('remindersHeading')}</h2>
        <p className="muted">{t('remindersIntro')}</p>
        {error && (
          <p className="error" role="alert">
            {t('remindersLoadFailed', { error })}
          </p>
        )}
        {data?.settingsProblem && (
          <p className="error" role="alert">
            {t('remindersSettingsReset')}
          </p>
        )}
        {data && <WaitingReminder data={data} now={now} />}
        {data && <ReminderForm settings={data.settings} />}
      </section>
      <section
        className="card"
        aria-labelledby="crisis-heading"
        data-testid="crisis-mode"
        id={settingsSections.crisis}
        ref={crisis}
        tabIndex={-1}
      >
        <h2 id="crisis-heading">{t('remindersCrisisHeading')}</h2>
        <p>{t('remindersCrisisIntro')}</p>
        {data && <CrisisMode data={data} now={now} />}
      </section>
    </>
  );
}
