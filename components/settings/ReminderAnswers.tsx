// A reminder's three answers, each named with the reminder it answers: on the options page and in
// the popup alike.
import type { NudgeAnswer } from '@/state/reminders';
import { useI18n } from '@/components/ui/use-i18n';

const answers: readonly { answer: NudgeAnswer; key: 'remindersDone' | 'remindersSnooze' | 'remindersDismiss' }[] = [
  { answer: 'done', key: 'remindersDone' },
  { answer: 'snooze', key: 'remindersSnooze' },
  { answer: 'dismiss', key: 'remindersDismiss' },
];

export function ReminderAnswers({ title, onAnswer }: { title: string; onAnswer(answer: NudgeAnswer): void }) {
  const { t } = useI18n();
  return (
    <div className="actions">
      {answers.map(({ answer, key }) => (
        <button
          key={answer}
          type="button"
          className={answer === 'done' ? 'button small primary' : 'button small'}
          onClick={() => onAnswer(answer)}
          aria-label={t('namedAction', { action: t(key), subject: title })}
        >
          {t(key)}
        </button>
      ))}
    </div>
  );
}
