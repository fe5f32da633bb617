// When reminders may come: the time zone, quiet hours, work days and the weekly retro. Kept as
// typed until saved (a failed save keeps it); a change saved in another window shows here while
// nothing is being edited.
import { useId, useState, type FormEvent } from 'react';
import type { ReminderSettings } from '@/lib/model/reminder-settings';
import { updateReminderSettings } from '@/state/reminders';
import { useI18n } from '@/components/ui/use-i18n';
import { failure, type Status } from './use-reminder-data';
import { clockText, timeZones, weekdayName, weekOrder } from './zoned-format';

/** The framed look of base.css's switch lists, with its contents one under another instead of in columns. */
const stacked = { display: 'block' } as const;

interface Draft {
  timeZone: string;
  quietStart: string;
  quietEnd: string;
  workDays: number[];
  retroOn: boolean;
  retroDay: number;
  retroTime: string;
}

function draftOf(settings: ReminderSettings): Draft {
  return {
    timeZone: settings.timeZone,
    quietStart: settings.quietStart,
    quietEnd: settings.quietEnd,
    workDays: settings.workDays,
    retroOn: settings.retro !== null,
    retroDay: settings.retro?.day ?? 5,
    retroTime: settings.retro?.time ?? '15:00',
  };
}

export function ReminderForm({ settings }: { settings: ReminderSettings }) {
  const { t, say, language } = useI18n();
  const [draft, setDraft] = useState<Draft>(() => draftOf(settings));
  const [dirty, setDirty] = useState(false);
  const [saving, setSaving] = useState(false);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [shown, setShown] = useState(settings);
  const id = useId();

  // Follow a change saved in another window, unless the leader is editing here.
  if (shown !== settings) {
    setShown(settings);
    if (!dirty) setDraft(draftOf(settings));
  }

  function change(patch: Partial<Draft>) {
    setDraft((current) => ({ ...current, ...patch }));
    setDirty(true);
    setStatus({ kind: 'idle' });
  }

  function toggleDay(day: number, on: boolean) {
    const others = draft.workDays.filter((other) => other !== day);
    change({ workDays: on ? [...others, day].sort((a, b) => a - b) : others });
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    const result = await updateReminderSettings({
      timeZone: draft.timeZone,
      quietStart: draft.quietStart,
      quietEnd: draft.quietEnd,
      workDays: draft.workDays,
      retro: draft.retroOn ? { day: draft.retroDay, time: draft.retroTime } : null,
    });
    setSaving(false);
    if (result.ok) {
      setDirty(false);
      setStatus({ kind: 'saved' });
    } else {
      setStatus(failure(result.message, say));
    }
  }

  const time = (label: string, value: string, onChange: (value: string) => void, testId?: string, on = true) => (
    <label>
      {label}
      <input
        type="time"
        required={on}
        disabled={!on}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        data-testid={testId}
      />
    </label>
  );

  // Said again in the language on screen: the time fields show the browser's own format.
  const quietFrom = clockText(draft.quietStart, language);
  const quietUntil = clockText(draft.quietEnd, language);
  const retroAt = clockText(draft.retroTime, language);

  return (
    <form onSubmit={(event) => void save(event)} data-testid="reminders-form">
      <label htmlFor={`${id}-zone`}>{t('remindersTimeZone')}</label>
      <select
        id={`${id}-zone`}
        value={draft.timeZone}
        onChange={(event) => change({ timeZone: event.target.value })}
        aria-describedby={`${id}-zone-help`}
      >
        {timeZones(draft.timeZone).map((zone) => (
          <option key={zone} value={zone}>
            {zone.replaceAll('_', ' ')}
          </option>
        ))}
      </select>
      <p className="muted hint" id={`${id}-zone-help`}>
        {t('remindersTimeZoneHelp')}
      </p>

      <fieldset className="platform-switches" style={stacked} aria-describedby={`${id}-quiet-help`}>
        <legend>{t('remindersQuietHours')}</legend>
        <div className="filter-grid">
          {time(t('remindersQuietFrom'), draft.quietStart, (quietStart) => change({ quietStart }), 'quiet-start')}
          {time(t('remindersQuietUntil'), draft.quietEnd, (quietEnd) => change({ quietEnd }), 'quiet-end')}
        </div>
      </fieldset>
      <p className="muted hint" id={`${id}-quiet-help`} data-testid="quiet-summary">
        {quietFrom && quietUntil && draft.quietStart === draft.quietEnd
          ? t('remindersQuietNone')
          : quietFrom && quietUntil
            ? t('remindersQuietHelp', { from: quietFrom, until: quietUntil })
            : t('remindersQuietSameForNone')}
      </p>

      <fieldset className="platform-switches">
        <legend>{t('remindersWorkDays')}</legend>
        {weekOrder.map((day) => (
          <label key={day} className="check">
            <input
              type="checkbox"
              checked={draft.workDays.includes(day)}
              onChange={(event) => toggleDay(day, event.target.checked)}
              data-weekday={day}
            />
            {weekdayName(day, language)}
          </label>
        ))}
      </fieldset>
      {draft.workDays.length === 0 && <p className="error hint">{t('remindersNoWorkDays')}</p>}

      <fieldset className="platform-switches" style={stacked}>
        <legend>{t('remindersRetro')}</legend>
        <label className="check">
          <input
            type="checkbox"
            checked={draft.retroOn}
            onChange={(event) => change({ retroOn: event.target.checked })}
            data-testid="retro-on"
          />
          {t('remindersRetroOn')}
        </label>
        <div className="filter-grid">
          <label>
            {t('remindersRetroDay')}
            <select
              value={draft.retroDay}
              disabled={!draft.retroOn}
              onChange={(event) => change({ retroDay: Number(event.target.value) })}
            >
              {weekOrder.map((day) => (
                <option key={day} value={day}>
                  {weekdayName(day, language)}
                </option>
              ))}
            </select>
          </label>
          {time(
            t('remindersRetroTime'),
            draft.retroTime,
            (retroTime) => change({ retroTime }),
            undefined,
            draft.retroOn,
          )}
        </div>
        {draft.retroOn && retroAt && (
          <p className="muted hint" data-testid="retro-summary">
            {t('remindersRetroWhen', { day: weekdayName(draft.retroDay, language), time: retroAt })}
          </p>
        )}
      </fieldset>

      <div className="actions">
        <button type="submit" className="button primary" disabled={saving}>
          {t('remindersSave')}
        </button>
      </div>
      <p role="status" className={status.kind === 'failed' ? 'error' : 'muted'} data-testid="reminders-status">
        {status.kind === 'saved' && t('remindersSaved')}
        {status.kind === 'failed' && t('remindersSaveFailed', { error: status.message })}
        {status.kind === 'idle' && dirty && t('remindersUnsaved')}
      </p>
    </form>
  );
}
