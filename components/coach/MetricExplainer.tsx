// One metric, explained in full: what it is, how each platform counts it, where comparisons go
// wrong, what changed and when, the question to ask, and the sources with the day they were read.
import { library, type Metric } from '@/content';
import { SourceList } from '@/components/ui/SourceList';
import { useI18n } from '@/components/ui/use-i18n';

const platformName = new Map(library.platforms.map((platform) => [platform.id, platform.name]));
const goalName = new Map(library.goals.map((goal) => [goal.id, goal.name]));

export function MetricExplainer({
  metric,
  highlightPlatform,
  embedded = false,
}: {
  metric: Metric;
  highlightPlatform?: string;
  /** Inside a card that already shows the name, the short definition and the question. */
  embedded?: boolean;
}) {
  const { t, pick, language } = useI18n();
  const otherName = language === 'en' ? metric.name.id : metric.name.en;

  return (
    <article className="explainer" data-testid="metric-explainer" data-metric={metric.id}>
      {!embedded && (
        <>
          <h2>{pick(metric.name)}</h2>
          {otherName !== pick(metric.name) && (
            <p className="muted">{t('metricOtherLanguageName', { name: otherName })}</p>
          )}
          <p className="lead">{pick(metric.short)}</p>
        </>
      )}
      <p>{pick(metric.explanation)}</p>
      {metric.formula && (
        <p className="formula">
          <strong>{t('metricFormula')}</strong> {pick(metric.formula)}
        </p>
      )}

      <h3>{t('metricOnEachPlatform')}</h3>
      <dl className="variants" data-testid="metric-variants">
        {metric.variants.map((variant) => (
          <div
            key={`${variant.platform}-${variant.name?.en ?? ''}`}
            className={variant.platform === highlightPlatform ? 'variant current' : 'variant'}
            data-platform={variant.platform}
          >
            <dt>
              {pick(platformName.get(variant.platform) ?? { en: variant.platform, id: variant.platform })}
              {variant.name && <span className="muted"> · {pick(variant.name)}</span>}
            </dt>
            <dd>{pick(variant.definition)}</dd>
          </div>
        ))}
      </dl>

      <h3>{t('metricPitfalls')}</h3>
      <ul>
        {metric.pitfalls.map((pitfall) => (
          <li key={pitfall.en}>{pick(pitfall)}</li>
        ))}
      </ul>

      {metric.changes.length > 0 && (
        <>
          <h3>{t('metricChanges')}</h3>
          <ul className="changes">
            {metric.changes.map((change) => (
              <li key={`${change.platform}-${change.when}`}>
                <strong>
                  {pick(platformName.get(change.platform) ?? { en: change.platform, id: change.platform })},{' '}
                  {change.when}:
                </strong>{' '}
                {pick(change.what)}
              </li>
            ))}
          </ul>
        </>
      )}

      {!embedded && (
        <>
          <h3>{t('metricAskTheTeam')}</h3>
          <blockquote className="ask">{pick(metric.question)}</blockquote>
        </>
      )}

      <h3>{t('metricGoals')}</h3>
      <ul className="tag-list">
        {metric.goals.map((goal) => (
          <li key={goal}>{pick(goalName.get(goal) ?? { en: goal, id: goal })}</li>
        ))}
      </ul>

      <h3>{t('metricSources')}</h3>
      {metric.sourceNote && <p className="source-note">{pick(metric.sourceNote)}</p>}
      <SourceList sources={metric.sources} />
    </article>
  );
}
