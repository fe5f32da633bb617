// Crisis mode: on until the end of a day the leader chooses, in their time zone; moved or ended
// early; and, once it ends, a debrief offered at the next good moment.
import { useId, useState } from 'react';
import { dateInZone, datePlusDays, endOfDate } from '@/lib/calendar-dates';
import { dayText } from '@/lib/date-format';
import { crisisEnded } from '@/lib/schedule';
import { crisisActive } from '@/state/reminder-settings';
import { endCrisis, startCrisis, type ReminderData } from '@/state/reminders';
import { useI18n } from '@/components/ui/use-i18n';
import { failure, type Status } from './use-reminder-data';
import { formatter } from './zoned-format';

const MINUTE = 60_000;
const CRISIS_DEFAULT_DAYS = 7;

export function CrisisMode({ data, now }: { data: ReminderData; now: number }) {
  const { t, say, language } = useI18n();
  const id = useId();
  const { settings } = data;
  const active = crisisActive(settings, now);
  const zone = settings.timeZone;
  // The last day crisis mode covers: the day before the midnight it ends at.
  const storedEnd = active && settings.crisis ? dateInZone(settings.crisis.until - MINUTE, zone) : null;
  const [endDate, setEndDate] = useState(() => storedEnd ?? datePlusDays(now, CRISIS_DEFAULT_DAYS, zone));
  const [shownEnd, setShownEnd] = useState(storedEnd);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [busy, setBusy] = useState(false);

  // Crisis mode turned on or moved in another window: show its end date.
  if (shownEnd !== storedEnd) {
    setShownEnd(storedEnd);
    if (storedEnd) setEndDate(storedEnd);
  }

  const longDate = (ms: number) => formatter(language, zone, { dateStyle: 'long' }).format(ms);
  // The date field shows the browser's format ("12/09/2026" in an Indonesian interface too).
  const endDay = dayText(endDate, language);

  async function run(task: () => ReturnType<typeof endCrisis>) {
    setBusy(true);
    const result = await task();
    setBusy(false);
    setStatus(result.ok ? { kind: 'idle' } : failure(result.message, say));
  }

  function turnOn() {
    const until = endOfDate(endDate, zone);
    if (until === null || until <= Date.now()) {
      setStatus({ kind: 'failed', message: t('remindersCrisisBadDate') });
      return;
    }
    void run(() => startCrisis(until));
  }

  // Ended, with its debrief still to hold; once that is done or dismissed, crisis mode is just off.
  const ended = crisisEnded(data.state, now);

  return (
    <>
      <label className="check">
        <input
          type="checkbox"
          role="switch"
          checked={active}
          disabled={busy}
          onChange={(event) => (event.target.checked ? turnOn() : void run(() => endCrisis(Date.now())))}
          data-testid="crisis-switch"
        />
        {t('remindersCrisisSwitch')}
      </label>
      <label htmlFor={`${id}-until`}>{t('remindersCrisisUntil')}</label>
      <div className="actions">
        <input
          id={`${id}-until`}
          type="date"
          value={endDate}
          min={dateInZone(now, zone)}
          onChange={(event) => {
            setEndDate(event.target.value);
            setStatus({ kind: 'idle' });
          }}
          aria-describedby={endDay ? `${id}-until-day` : undefined}
          data-testid="crisis-until"
        />
        {endDay && (
          <span className="muted" id={`${id}-until-day`} data-testid="crisis-until-day">
            {endDay}
          </span>
        )}
        {active && endDate !== storedEnd && (
          <button type="button" className="button small" disabled={busy} onClick={turnOn}>
            {t('remindersCrisisChangeEnd')}
          </button>
        )}
      </div>
      <p role="status" data-testid="crisis-status" className={status.kind === 'failed' ? 'error' : undefined}>
        {status.kind === 'failed'
          ? t('remindersCrisisFailed', { error: status.message })
          : active && settings.crisis
            ? t('remindersCrisisOn', { date: longDate(settings.crisis.until - MINUTE) })
            : ended && settings.crisis
              ? t('remindersCrisisEnded', { date: longDate(settings.crisis.until) })
              : t('remindersCrisisOff')}
      </p>
    </>
  );
}
