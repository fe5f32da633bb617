// The questions that fit this page, best first: three at once, the rest on request. Each names
// itself in its buttons, so a screen reader hears which question it would save.
import { useState } from 'react';
import type { Question } from '@/content';
import type { AgendaApi } from '@/components/team/use-agenda';
import { useI18n } from '@/components/ui/use-i18n';

const shownFirst = 3;

export function QuestionList({
  questions,
  agenda,
  source,
}: {
  questions: readonly Question[];
  agenda: AgendaApi;
  source: { platform: string | null; url: string | null };
}) {
  const { t } = useI18n();
  const [all, setAll] = useState(false);
  if (questions.length === 0) return null;
  const shown = all ? questions : questions.slice(0, shownFirst);
  return (
    <section aria-labelledby="questions-here" className="questions" id="questions" tabIndex={-1}>
      <h2 id="questions-here">{t('coachQuestionsHeading')}</h2>
      <ul className="question-list" data-testid="questions">
        {shown.map((question) => (
          <QuestionRow key={question.id} question={question} agenda={agenda} source={source} />
        ))}
      </ul>
      {questions.length > shown.length && (
        <button type="button" className="link-button" onClick={() => setAll(true)}>
          {t('coachMoreQuestions', { count: questions.length - shown.length })}
        </button>
      )}
    </section>
  );
}

function QuestionRow({
  question,
  agenda,
  source,
}: {
  question: Question;
  agenda: AgendaApi;
  source: { platform: string | null; url: string | null };
}) {
  const { t, pick } = useI18n();
  const saved = agenda.savedFor('question', question.id);
  const text = pick(question.text);
  return (
    <li className="question" data-question={question.id}>
      <details>
        <summary className="question-text">{text}</summary>
        <p>{pick(question.why)}</p>
        <p>
          <strong>{t('questionGoodAnswer')}</strong> {pick(question.goodAnswer)}
        </p>
      </details>
      <button
        type="button"
        className="button small"
        aria-pressed={saved !== undefined}
        aria-label={saved ? t('questionSavedAbout', { question: text }) : t('questionAskAbout', { question: text })}
        onClick={() => agenda.toggle('question', question.id, source)}
      >
        {saved ? t('cardSavedForOneOnOne') : t('cardAskAtOneOnOne')}
      </button>
    </li>
  );
}
