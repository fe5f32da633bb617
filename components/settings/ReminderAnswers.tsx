// A reminder's three answers, each named with the reminder it answers, on the options page (the
// popup draws the same buttons from the same list, entrypoints/popup/today-nudge.ts).
import type { NudgeAnswer } from '@/state/reminders';
import { nudgeAnswers } from '@/lib/reminder-words';
import { useI18n } from '@/components/ui/use-i18n';

export function ReminderAnswers({ title, onAnswer }: { title: string; onAnswer(answer: NudgeAnswer): void }) {
  const { t } = useI18n();
  return (
    <div className="actions">
      {nudgeAnswers.map(({ answer, key }) => (
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
