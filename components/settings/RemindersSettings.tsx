// The options page's reminders: the reminder waiting for an answer (a notification's click lands
// here, and Firefox's notifications have no buttons), when reminders may come (time zone, quiet
// hours, work days, the weekly retro), and crisis mode. A failed save keeps what was typed.
import { useEffect, useId, useState, type FormEvent } from 'react';
import type { Language } from '@/lib/i18n';
import {
  crisisEnded,
  dueReminders,
  nextWakeTime,
  showingNudge,
  zonedParts,
  zonedToUtc,
  type ReminderSettings,
} from '@/lib/schedule';
import {
  answerReminder,
  crisisActive,
  endCrisis,
  loadReminderData,
  startCrisis,
  updateReminderSettings,
  watchReminderInputs,
  type NudgeAnswer,
  type ReminderData,
} from '@/state/reminders';
import { describeNudge, type NudgeLibrary } from '@/lib/reminder-words';
import type { Message } from '@/lib/i18n';
import { useI18n } from '@/components/ui/use-i18n';

const MINUTE = 60_000;
/** Monday first, as most work weeks are written; 0 is Sunday. */
const weekOrder = [1, 2, 3, 4, 5, 6, 0];
const CRISIS_DEFAULT_DAYS = 7;
/** The framed look of base.css's switch lists, with its contents one under another instead of in columns. */
const stacked = { display: 'block' } as const;

/** The reminder data, read again whenever anything it comes from changes, and the time, each minute. */
function useReminderData() {
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
          if (live && request === latest) setError(reason instanceof Error ? reason.message : String(reason));
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
function useNudgeLibrary(wanted: boolean): NudgeLibrary | null {
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

function timeZones(current: string): string[] {
  let zones: string[] = [];
  try {
    zones = Intl.supportedValuesOf('timeZone');
  } catch {
    // An older engine: the current zone alone, still choosable.
  }
  return zones.includes(current) ? zones : [current, ...zones];
}

function weekdayName(day: number, language: Language): string {
  // 7 January 2024 was a Sunday.
  return new Intl.DateTimeFormat(language, { weekday: 'long', timeZone: 'UTC' }).format(Date.UTC(2024, 0, 7 + day));
}

function formatter(language: Language, timeZone: string, options: Intl.DateTimeFormatOptions) {
  try {
    return new Intl.DateTimeFormat(language, { ...options, timeZone });
  } catch {
    return new Intl.DateTimeFormat(language, { ...options, timeZone: 'UTC' });
  }
}

const pad = (value: number) => String(value).padStart(2, '0');

/** The calendar date of a moment in the zone, as a date input writes it: YYYY-MM-DD. */
function dateInZone(ms: number, timeZone: string): string {
  const parts = zonedParts(ms, timeZone);
  return `${parts.year}-${pad(parts.month)}-${pad(parts.day)}`;
}

/** The date `days` calendar days after today in the zone. */
function datePlusDays(now: number, days: number, timeZone: string): string {
  const today = zonedParts(now, timeZone);
  const date = new Date(Date.UTC(today.year, today.month - 1, today.day + days));
  return date.toISOString().slice(0, 10);
}

/** Crisis mode "until 14 March" lasts to the end of that day in the leader's zone: the next midnight. */
function endOfDate(date: string, timeZone: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return null;
  const next = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + 1));
  return zonedToUtc(
    { year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate(), hour: 0, minute: 0 },
    timeZone,
  );
}

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

type Status = { kind: 'idle' } | { kind: 'saved' } | { kind: 'failed'; message: string };

function failure(message: Message, say: (message: Message) => string): Status {
  return { kind: 'failed', message: say(message) };
}

export function RemindersSettings() {
  const { t, say, language } = useI18n();
  const { data, error, now } = useReminderData();

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
      <section className="card" aria-labelledby="crisis-heading" data-testid="crisis-mode">
        <h2 id="crisis-heading">{t('remindersCrisisHeading')}</h2>
        <p>{t('remindersCrisisIntro')}</p>
        {data && <CrisisMode data={data} now={now} language={language} say={say} />}
      </section>
    </>
  );
}

/** The reminder on screen, or the first one due, with its answers; otherwise when the next one comes. */
function WaitingReminder({ data, now }: { data: ReminderData; now: number }) {
  const { t, say, language } = useI18n();
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const nudge = showingNudge(data.state, now) ?? dueReminders(data.state, now)[0] ?? null;
  const library = useNudgeLibrary(nudge !== null);
  const hasTeam = data.members.some((member) => member.deletedAt === null);

  async function answer(id: string, choice: NudgeAnswer) {
    const result = await answerReminder(id, choice, Date.now());
    setStatus(result.ok ? { kind: 'saved' } : failure(result.message, say));
  }

  let body;
  if (nudge && library) {
    const names = new Map(data.members.map((member) => [member.id, member.name]));
    const text = describeNudge(nudge, { names, settings: data.settings, now, library });
    body = (
      <div data-testid="waiting-reminder" data-reminder={nudge.id}>
        <p>
          <strong dir="auto">{say(text.title)}</strong>
        </p>
        {text.lines.map((line, index) => (
          <p key={index} className="note-text">
            {say(line)}
          </p>
        ))}
        {text.steps.length > 0 && (
          <ul>
            {text.steps.map((step, index) => (
              <li key={index}>{say(step)}</li>
            ))}
          </ul>
        )}
        <div className="actions">
          <button type="button" className="button small primary" onClick={() => void answer(nudge.id, 'done')}>
            {t('remindersDone')}
          </button>
          <button type="button" className="button small" onClick={() => void answer(nudge.id, 'snooze')}>
            {t('remindersSnooze')}
          </button>
          <button type="button" className="button small" onClick={() => void answer(nudge.id, 'dismiss')}>
            {t('remindersDismiss')}
          </button>
        </div>
      </div>
    );
  } else if (!nudge) {
    const next = nextWakeTime(data.state, now);
    const time =
      next === null
        ? null
        : formatter(language, data.settings.timeZone, { dateStyle: 'full', timeStyle: 'short' }).format(next);
    body = (
      <p className="muted" data-testid="waiting-reminder-none">
        {t('remindersNothingDue')} {time && t('remindersNextAt', { time })}
      </p>
    );
  }

  return (
    <div className="card" aria-labelledby="waiting-heading">
      <h3 id="waiting-heading">{t('remindersNextHeading')}</h3>
      {body}
      {!hasTeam && <p className="muted hint">{t('remindersNoTeam')}</p>}
      <p role="status" className={status.kind === 'failed' ? 'error' : 'muted'}>
        {status.kind === 'saved' && t('remindersAnswered')}
        {status.kind === 'failed' && t('remindersAnswerFailed', { error: status.message })}
      </p>
    </div>
  );
}

/** When reminders may come. Kept as typed until saved; a change stored elsewhere shows while nothing is being edited. */
function ReminderForm({ settings }: { settings: ReminderSettings }) {
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
          <label>
            {t('remindersQuietFrom')}
            <input
              type="time"
              required
              value={draft.quietStart}
              onChange={(event) => change({ quietStart: event.target.value })}
              data-testid="quiet-start"
            />
          </label>
          <label>
            {t('remindersQuietUntil')}
            <input
              type="time"
              required
              value={draft.quietEnd}
              onChange={(event) => change({ quietEnd: event.target.value })}
              data-testid="quiet-end"
            />
          </label>
        </div>
      </fieldset>
      <p className="muted hint" id={`${id}-quiet-help`}>
        {t('remindersQuietHelp')}
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
          <label>
            {t('remindersRetroTime')}
            <input
              type="time"
              required={draft.retroOn}
              disabled={!draft.retroOn}
              value={draft.retroTime}
              onChange={(event) => change({ retroTime: event.target.value })}
            />
          </label>
        </div>
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

function CrisisMode({
  data,
  now,
  language,
  say,
}: {
  data: ReminderData;
  now: number;
  language: Language;
  say: (message: Message) => string;
}) {
  const { t } = useI18n();
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
          aria-checked={active}
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
          data-testid="crisis-until"
        />
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
