// The questions that fit this page, best first: three at once, the rest on request, those about
// this page apart from those worth asking anywhere. Each can be saved for a 1:1 with someone on
// the team, and names itself in that button, so a screen reader hears which question it would
// save. In a narrow panel that button is short ("+ 1:1"), so the questions keep the width and the
// metrics start higher. A question opens on why it matters and what a good answer sounds like:
// texts the panel reads after its first view, with the metric explainers, so they are drawn only
// once opened.
import { memo, useEffect, useRef, useState } from 'react';
import type { Question } from '@/content';
import type { AgendaItem } from '@/lib/model/agenda-item';
import { AskAtOneOnOne } from '@/components/team/AskAtOneOnOne';
import { useI18n } from '@/components/ui/use-i18n';
import { WithExplainers } from './WithExplainers';

const shownFirst = 3;

export interface QuestionListProps {
  questions: readonly Question[];
  /** How many of the first questions are about this page; the rest are worth asking anywhere. */
  here: number;
  /** Crisis mode put its questions first: said under the heading, so the order is no surprise. */
  crisisFirst?: boolean;
  /** The platform and page on screen, kept with what is saved. */
  source: AgendaItem['source'];
  /** Opens the Team view's form to add a person, from the 1:1 picker when nobody is on the team. */
  onAddPerson?(): void;
}

export const QuestionList = memo(function QuestionList({
  questions,
  here,
  crisisFirst = false,
  source,
  onAddPerson,
}: QuestionListProps) {
  const { t, pick } = useI18n();
  const [all, setAll] = useState(false);
  const section = useRef<HTMLElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  // Set when the button is pressed: "more" takes the keyboard on to the first question it showed;
  // "fewer" keeps it on the button, brought back into view as the list above it folds away.
  const pressed = useRef(false);
  useEffect(() => {
    if (!pressed.current) return;
    pressed.current = false;
    if (all) section.current?.querySelectorAll<HTMLElement>('.question summary')[shownFirst]?.focus();
    else toggle.current?.scrollIntoView({ block: 'nearest' });
  }, [all]);
  if (questions.length === 0) return null;
  const shown = all ? questions.length : Math.min(shownFirst, questions.length);
  const item = (question: Question) => (
    <li className="question" data-question={question.id} key={question.id}>
      <QuestionDetails question={question} />
      <AskAtOneOnOne
        kind="question"
        refId={question.id}
        subject={pick(question.text)}
        source={source}
        onAddPerson={onAddPerson}
        compact
      />
    </li>
  );
  const aboutHere = questions.slice(0, Math.min(here, shown));
  const anywhere = questions.slice(aboutHere.length, shown);
  return (
    <section
      aria-labelledby="questions-here"
      className="questions"
      id="questions"
      ref={section}
      tabIndex={-1}
      data-testid="questions"
    >
      <h2 id="questions-here">{t('coachQuestionsHeading')}</h2>
      {crisisFirst && <p className="muted hint">{t('coachQuestionsCrisisFirst')}</p>}
      {aboutHere.length > 0 && <ul className="question-list">{aboutHere.map(item)}</ul>}
      {anywhere.length > 0 && (
        <>
          {/* Said only beside questions about this page: alone, the heading above says enough. */}
          {here > 0 && <h3 className="question-group">{t('coachQuestionsAnywhere')}</h3>}
          <ul className="question-list">{anywhere.map(item)}</ul>
        </>
      )}
      {questions.length > shownFirst && (
        <button
          type="button"
          className="link-button"
          ref={toggle}
          onClick={() => {
            pressed.current = true;
            setAll(!all);
          }}
        >
          {all ? t('coachFewerQuestions') : t('coachMoreQuestions', { count: questions.length - shownFirst })}
        </button>
      )}
    </section>
  );
});

function QuestionDetails({ question }: { question: Question }) {
  const { t, pick } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <details onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className="question-text">{pick(question.text)}</summary>
      {open && (
        <WithExplainers>
          <p>{pick(question.why)}</p>
          <p>
            <strong>{t('questionGoodAnswer')}</strong> {pick(question.goodAnswer)}
          </p>
        </WithExplainers>
      )}
    </details>
  );
}
