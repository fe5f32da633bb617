// The Coach: what the leader is looking at right now, explained. The platform and page, a card
// for each metric on screen, the questions that fit, a word on looking after the team when the
// moment calls for it, and exactly what Sidecoach read to get there.
import { useId, useState } from 'react';
import { library, type Question } from '@/content';
import { questionsFor, situationFor, wellbeingFor } from '@/lib/coach';
import type { TabContext } from '@/state/tab-contexts';
import { MetricCard } from './MetricCard';
import { PageNotes } from '@/components/notes/PageNotes';
import { useAgenda, type AgendaApi } from '@/components/team/use-agenda';
import { useCrisisActive } from './use-crisis';
import { useSettings } from '@/components/ui/use-settings';
import { useI18n } from '@/components/ui/use-i18n';

const questionsShown = 4;

export interface CoachViewProps {
  context: TabContext | null;
  onOpenMetric(metricId: string): void;
  /** Fixed in tests; the clock otherwise. */
  now?: Date;
}

export function CoachView({ context, onOpenMetric, now = new Date() }: CoachViewProps) {
  const { t, pick, say } = useI18n();
  const agenda = useAgenda();
  // The metric a note is being written about ('' for the page), or null.
  const [composing, setComposing] = useState<string | null>(null);
  const platform = context?.platform ? library.platforms.find((entry) => entry.id === context.platform) : undefined;

  if (!context || !platform) {
    return (
      <section className="card" data-testid="context-unsupported">
        <h1>{t('panelUnsupportedTitle')}</h1>
        <p>{t('panelUnsupportedBody')}</p>
        <h2>{t('panelSupportedPlatforms')}</h2>
        <ul className="tag-list">
          {library.platforms.map((entry) => (
            <li key={entry.id}>{pick(entry.name)}</li>
          ))}
        </ul>
      </section>
    );
  }

  const platformName = pick(platform.name);
  const surface = platform.surfaces.find((entry) => entry.id === context.surface);
  const source = { platform: platform.id, url: context.url };

  return (
    <>
      <section
        className="card"
        data-testid="context"
        data-platform={platform.id}
        data-surface={surface?.id ?? ''}
        data-paused={context.paused}
      >
        <div className="eyebrow">{t('panelYouAreOn')}</div>
        <h1>
          {platformName}
          {surface && ` · ${pick(surface.name)}`}
        </h1>
        <p>{surface ? pick(surface.summary) : t('panelPlatformOnlyBody', { platform: platformName })}</p>
        {(context.account || context.dateRange) && (
          <p className="muted context-facts">
            {context.account && <span>{t('coachAccount', { account: context.account })}</span>}
            {context.dateRange && (
              <span data-testid="date-range">{t('coachDateRange', { range: context.dateRange })}</span>
            )}
          </p>
        )}
        <PauseSwitch platform={platform.id} platformName={platformName} paused={context.paused} />
      </section>

      {context.paused ? (
        <section className="card" data-testid="paused">
          <h2>{t('coachPausedTitle', { platform: platformName })}</h2>
          <p>{t('coachPausedBody', { platform: platformName })}</p>
        </section>
      ) : (
        surface && (
          <>
            <OnThisPage
              context={context}
              platformName={platformName}
              agenda={agenda}
              source={source}
              onOpenMetric={onOpenMetric}
              onAddNote={setComposing}
            />
            <PageNotes context={context} composing={composing} onCompose={setComposing} />
            <WellbeingCard context={context} now={now} />
            <QuestionList context={context} agenda={agenda} source={source} />
          </>
        )
      )}
      {agenda.error && (
        <p className="error" role="alert">
          {t('agendaSaveFailed', { error: say(agenda.error) })}
        </p>
      )}
      <WhatWeRead context={context} />
    </>
  );
}

function PauseSwitch({ platform, platformName, paused }: { platform: string; platformName: string; paused: boolean }) {
  const { t, say } = useI18n();
  const { setPaused } = useSettings();
  const [error, setError] = useState<string | null>(null);

  function toggle() {
    setError(null);
    void setPaused(platform, !paused).then((failure) => setError(failure && say(failure)));
  }

  return (
    <>
      <button type="button" className="button small" aria-pressed={paused} onClick={toggle} data-testid="pause">
        {paused ? t('coachResume', { platform: platformName }) : t('coachPause', { platform: platformName })}
      </button>
      {error && (
        <p className="error" role="alert">
          {t('coachPauseFailed', { error })}
        </p>
      )}
    </>
  );
}

function OnThisPage({
  context,
  platformName,
  agenda,
  source,
  onOpenMetric,
  onAddNote,
}: {
  context: TabContext;
  platformName: string;
  agenda: AgendaApi;
  source: { platform: string | null; url: string | null };
  onOpenMetric(metricId: string): void;
  onAddNote?(metricId: string): void;
}) {
  const { t } = useI18n();
  const metrics = context.metrics.flatMap((id) => library.metrics.find((metric) => metric.id === id) ?? []);
  const readsHere = context.kind !== 'inbox' && context.kind !== 'publishing';
  return (
    <section aria-labelledby="on-this-page">
      <h2 id="on-this-page">{t('coachOnThisPage')}</h2>
      {metrics.length === 0 ? (
        <p className="muted card" data-testid="no-metrics">
          {readsHere ? t('panelNoMetrics') : t('coachReadsNothingHere')}
        </p>
      ) : (
        <ul className="cards" data-testid="metrics">
          {metrics.map((metric) => (
            <MetricCard
              key={metric.id}
              metric={metric}
              platform={context.platform ?? ''}
              platformName={platformName}
              agenda={agenda}
              source={source}
              onCompare={onOpenMetric}
              onAddNote={onAddNote}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

function QuestionList({
  context,
  agenda,
  source,
}: {
  context: TabContext;
  agenda: AgendaApi;
  source: { platform: string | null; url: string | null };
}) {
  const { t } = useI18n();
  const [all, setAll] = useState(false);
  const questions = questionsFor(library.questions, context);
  if (questions.length === 0) return null;
  const shown = all ? questions : questions.slice(0, questionsShown);
  return (
    <section aria-labelledby="questions-here">
      <h2 id="questions-here">{t('coachQuestionsHeading')}</h2>
      <ul className="cards" data-testid="questions">
        {shown.map((question) => (
          <QuestionCard key={question.id} question={question} agenda={agenda} source={source} />
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

function QuestionCard({
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
  return (
    <li className="card question" data-question={question.id}>
      <p className="question-text">{pick(question.text)}</p>
      <details>
        <summary>{t('questionWhy')}</summary>
        <p>{pick(question.why)}</p>
        <p>
          <strong>{t('questionGoodAnswer')}</strong> {pick(question.goodAnswer)}
        </p>
      </details>
      <button
        type="button"
        className="button small"
        aria-pressed={saved !== undefined}
        onClick={() => agenda.toggle('question', question.id, source)}
      >
        {saved ? t('cardSavedForOneOnOne') : t('cardAskAtOneOnOne')}
      </button>
    </li>
  );
}

function WellbeingCard({ context, now }: { context: TabContext; now: Date }) {
  const { t, pick } = useI18n();
  const [offset, setOffset] = useState(0);
  const headingId = useId();
  const crisis = useCrisisActive();
  const situation = situationFor(context.kind, { now, crisis });
  const prompt = wellbeingFor(library.wellbeing, situation, now, offset);
  if (!prompt) return null;
  return (
    <section className="card wellbeing" aria-labelledby={headingId} data-testid="wellbeing" data-situation={situation}>
      <h2 id={headingId}>{t('coachWellbeingHeading')}</h2>
      <p>{pick(prompt.prompt)}</p>
      <p>
        <strong>{t('wellbeingToday')}</strong> {pick(prompt.action)}
      </p>
      <button type="button" className="link-button" onClick={() => setOffset(offset + 1)}>
        {t('wellbeingAnother')}
      </button>
    </section>
  );
}

function WhatWeRead({ context }: { context: TabContext }) {
  const { t } = useI18n();
  return (
    <details className="card reads" data-testid="what-we-read">
      <summary>{t('readsHeading')}</summary>
      <ul>
        <li>{t('readsAddress')}</li>
        {context.paused ? (
          <li>{t('readsPaused')}</li>
        ) : context.labels.length > 0 ? (
          <li>
            {t('readsLabels')}
            <ul className="tag-list" data-testid="read-labels">
              {context.labels.map((label) => (
                <li key={label}>{label}</li>
              ))}
            </ul>
          </li>
        ) : (
          <li>{t('readsNoLabels')}</li>
        )}
        {context.dateRange && <li>{t('readsDateRange', { range: context.dateRange })}</li>}
        {context.scan && (
          <li className="muted">
            {t('readsScan', { nodes: context.scan.nodes, ms: context.scan.ms.toFixed(1), slices: context.scan.slices })}
          </li>
        )}
      </ul>
      <p className="muted">{t('readsNever')}</p>
    </details>
  );
}
