// Today's reminder, when one waits for an answer: worded as its notification was (the background
// keeps it in session storage, state/shown-nudge.ts), with Done, Snooze and Dismiss, which
// Firefox's notifications lack. The background answers it, so the popup carries none of the
// schedule's code. Nothing shows when no reminder waits.
import { useState } from 'react';
import { browser } from 'wxt/browser';
import type { NudgeAnswerReply, NudgeAnswerRequest } from '@/lib/messages';
import { errorText } from '@/lib/model/record';
import { shownNudgeItem } from '@/state/shown-nudge';
import { useI18n } from '@/components/ui/use-i18n';
import { useStorageItem } from '@/components/ui/use-storage-item';
import { ReminderAnswers } from '@/components/settings/ReminderAnswers';

type Status = { kind: 'idle' } | { kind: 'answered' } | { kind: 'gone' } | { kind: 'failed'; error: string };

/** `onAnswered` is called once the card is gone, to put the keyboard somewhere on the page. */
export function TodayNudge({ onAnswered }: { onAnswered(): void }) {
  const { t } = useI18n();
  const { value: nudge } = useStorageItem(shownNudgeItem);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  async function answer(id: string, choice: NudgeAnswerRequest['answer']) {
    const request: NudgeAnswerRequest = { type: 'sidecoach/answer-nudge', id, answer: choice };
    try {
      const reply = (await browser.runtime.sendMessage(request)) as NudgeAnswerReply | undefined;
      if (reply?.ok) setStatus({ kind: 'answered' });
      else if (reply?.reason === 'gone') setStatus({ kind: 'gone' });
      else return setStatus({ kind: 'failed', error: t('popupNudgeNoAnswer') });
      onAnswered();
    } catch (error) {
      setStatus({ kind: 'failed', error: errorText(error) });
    }
  }

  return (
    <>
      {nudge && (
        <section
          className="card today-nudge"
          aria-labelledby="today-nudge"
          data-testid="today-nudge"
          lang={nudge.language}
        >
          <h2 id="today-nudge" className="eyebrow">
            {t('remindersNextHeading')}
          </h2>
          <p>
            <strong dir="auto">{nudge.title}</strong>
          </p>
          {nudge.lines.map((line, index) => (
            <p key={index} className="note-text">
              {line}
            </p>
          ))}
          {nudge.steps.length > 0 && (
            <ul>
              {nudge.steps.map((step, index) => (
                <li key={index}>{step}</li>
              ))}
            </ul>
          )}
          <ReminderAnswers title={nudge.title} onAnswer={(choice) => void answer(nudge.id, choice)} />
        </section>
      )}
      <p role="status" className={status.kind === 'failed' ? 'error' : 'muted hint'}>
        {status.kind === 'answered' && t('remindersAnswered')}
        {status.kind === 'gone' && t('popupNudgeGone')}
        {status.kind === 'failed' && t('remindersAnswerFailed', { error: status.error })}
      </p>
    </>
  );
}
