// The reminder on screen, or the first one due, with its answers (a notification's click lands
// here, and Firefox's notifications have no buttons); otherwise when the next one comes. After an
// answer the focus stays in this card, on its heading, so the leader is never sent to the page top.
import { useRef, useState } from 'react';
import { describeNudge } from '@/lib/reminder-words';
import { dueReminders, nextWakeTime, showingNudge } from '@/lib/schedule';
import { answerReminder, type NudgeAnswer, type ReminderData } from '@/state/reminders';
import { useI18n } from '@/components/ui/use-i18n';
import { ReminderAnswers } from './ReminderAnswers';
import { failure, useNudgeLibrary, type Status } from './use-reminder-data';
import { formatter } from './zoned-format';

/** The time now, for event handlers. */
const stamp = () => Date.now();

export function WaitingReminder({ data, now }: { data: ReminderData; now: number }) {
  const { t, say, language } = useI18n();
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const heading = useRef<HTMLHeadingElement>(null);
  const nudge = showingNudge(data.state, now) ?? dueReminders(data.state, now)[0] ?? null;
  const library = useNudgeLibrary(nudge !== null);
  const hasTeam = data.members.some((member) => member.deletedAt === null);

  async function answer(id: string, choice: NudgeAnswer) {
    const result = await answerReminder(id, choice, stamp());
    setStatus(result.ok ? { kind: 'saved' } : failure(result.message, say));
    heading.current?.focus();
  }

  let body = null;
  if (nudge && library) {
    const names = new Map(data.members.map((member) => [member.id, member.name]));
    const text = describeNudge(nudge, { names, settings: data.settings, now, library });
    const title = say(text.title);
    body = (
      <div data-testid="waiting-reminder" data-reminder={nudge.id}>
        <p>
          <strong dir="auto">{title}</strong>
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
        <ReminderAnswers title={title} onAnswer={(choice) => void answer(nudge.id, choice)} />
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
    <section className="card" aria-labelledby="waiting-heading">
      <h3 id="waiting-heading" ref={heading} tabIndex={-1}>
        {t('remindersNextHeading')}
      </h3>
      {body}
      {!hasTeam && <p className="muted hint">{t('remindersNoTeam')}</p>}
      <p role="status" className={status.kind === 'failed' ? 'error' : 'muted'}>
        {status.kind === 'saved' && t('remindersAnswered')}
        {status.kind === 'failed' && t('remindersAnswerFailed', { error: status.message })}
      </p>
    </section>
  );
}
