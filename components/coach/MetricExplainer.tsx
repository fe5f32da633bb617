// One metric, explained in full: what it is, how each platform counts it, where comparisons go
// wrong, what changed and when, the question to ask, the goals it shows progress on (each opens
// on what the goal means, the numbers that show it, the trap in reading them alone and the
// questions to ask about it, each of which can be saved for a 1:1 as the Coach's can), and the
// sources with the day they were read.
import type { Goal, Metric } from '@/content';
import type { AgendaItem } from '@/lib/model/agenda-item';
import { library, nameOf } from '@/runtime/library';
import { AskAtOneOnOne } from '@/components/team/AskAtOneOnOne';
import { changeDateText } from '@/lib/date-format';
import { SourceList } from '@/components/ui/SourceList';
import { useI18n } from '@/components/ui/use-i18n';

export function MetricExplainer({ metric, highlightPlatform }: { metric: Metric; highlightPlatform?: string }) {
  const { t, pick, language } = useI18n();
  const otherName = language === 'en' ? metric.name.id : metric.name.en;
  // A question saved from here keeps the platform the leader was reading about.
  const source = { platform: highlightPlatform ?? null, url: null };

  return (
    <article className="explainer" data-testid="metric-explainer" data-metric={metric.id}>
      <h1>{pick(metric.name)}</h1>
      {otherName !== pick(metric.name) && <p className="muted">{t('metricOtherLanguageName', { name: otherName })}</p>}
      <p className="lead">{pick(metric.short)}</p>
      <p>{pick(metric.explanation)}</p>
      {metric.formula && (
        <p className="formula">
          <strong>{t('metricFormula')}</strong> {pick(metric.formula)}
        </p>
      )}

      <h2>{t('metricOnEachPlatform')}</h2>
      <dl className="variants" data-testid="metric-variants">
        {metric.variants.map((variant) => (
          <div
            key={`${variant.platform}-${variant.name?.en ?? ''}`}
            className={variant.platform === highlightPlatform ? 'variant current' : 'variant'}
            data-platform={variant.platform}
          >
            <dt>
              {pick(nameOf('platforms', variant.platform))}
              {variant.name && <span className="muted"> · {pick(variant.name)}</span>}
            </dt>
            <dd>{pick(variant.definition)}</dd>
          </div>
        ))}
      </dl>

      <h2>{t('metricPitfalls')}</h2>
      <ul>
        {metric.pitfalls.map((pitfall, index) => (
          // The library holds only the language on screen: its position is the pitfall's identity.
          <li key={index}>{pick(pitfall)}</li>
        ))}
      </ul>

      {metric.changes.length > 0 && (
        <>
          <h2>{t('metricChanges')}</h2>
          <ul className="changes">
            {metric.changes.map((change) => (
              <li key={`${change.platform}-${change.when}`}>
                <strong>
                  {pick(nameOf('platforms', change.platform))},{' '}
                  <time dateTime={change.when}>{changeDateText(change.when, language)}</time>:
                </strong>{' '}
                {pick(change.what)}
              </li>
            ))}
          </ul>
        </>
      )}

      <h2>{t('metricAskTheTeam')}</h2>
      <blockquote className="ask">{pick(metric.question)}</blockquote>

      <h2>{t('metricGoals')}</h2>
      <ul className="goal-list" data-testid="metric-goals">
        {metric.goals.map((id) => {
          const goal = library.goals.find((entry) => entry.id === id);
          return <li key={id}>{goal ? <GoalDetails goal={goal} source={source} /> : pick(nameOf('goals', id))}</li>;
        })}
      </ul>

      <h2>{t('metricSources')}</h2>
      {metric.sourceNote && <p className="source-note">{pick(metric.sourceNote)}</p>}
      <SourceList sources={metric.sources} />
    </article>
  );
}

function GoalDetails({ goal, source }: { goal: Goal; source: AgendaItem['source'] }) {
  const { t, pick } = useI18n();
  const numbers = goal.metrics.map((metric) => pick(nameOf('metrics', metric))).join(', ');
  const questions = goal.questions.flatMap((id) => library.questions.filter((question) => question.id === id));
  return (
    <details data-goal={goal.id}>
      <summary>{pick(goal.name)}</summary>
      <p>{pick(goal.summary)}</p>
      <p>{t('goalNumbers', { metrics: numbers })}</p>
      <p>
        <strong>{t('goalTrap')}</strong> {pick(goal.trap)}
      </p>
      {questions.length > 0 && (
        <>
          <p className="goal-ask">{t('metricAskTheTeam')}</p>
          <ul className="question-list">
            {questions.map((question) => (
              <li key={question.id} data-question={question.id}>
                <span className="goal-question">{pick(question.text)}</span>
                <AskAtOneOnOne
                  kind="question"
                  refId={question.id}
                  subject={pick(question.text)}
                  source={source}
                  compact
                />
              </li>
            ))}
          </ul>
        </>
      )}
    </details>
  );
}
