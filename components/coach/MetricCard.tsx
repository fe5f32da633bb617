// A metric on the page, as a card: what it is, how this platform counts it, the trap in
// comparing it, and the question to ask; expands to the full explainer.
import { useId, useState } from 'react';
import type { Metric } from '@/content';
import { MetricExplainer } from './MetricExplainer';
import type { AgendaApi } from '@/components/team/use-agenda';
import { useI18n } from '@/components/ui/use-i18n';

export interface MetricCardProps {
  metric: Metric;
  platform: string;
  platformName: string;
  agenda: AgendaApi;
  source: { platform: string | null; url: string | null };
  onCompare(metricId: string): void;
  onAddNote?(metricId: string): void;
}

export function MetricCard({ metric, platform, platformName, agenda, source, onCompare, onAddNote }: MetricCardProps) {
  const { t, pick } = useI18n();
  const [open, setOpen] = useState(false);
  const detailsId = useId();
  const variants = metric.variants.filter((entry) => entry.platform === platform);
  const saved = agenda.savedFor('metric', metric.id);

  return (
    <li className="card metric-card" data-testid="metric-card" data-metric={metric.id}>
      <h3>{pick(metric.name)}</h3>
      <p>{pick(metric.short)}</p>
      {variants.length === 0 ? (
        <p className="variant current">
          <strong>{t('cardOnPlatform', { platform: platformName })}</strong>{' '}
          {t('cardNoVariant', { platform: platformName })}
        </p>
      ) : (
        variants.map((variant) => (
          <p className="variant current" key={variant.name?.en ?? ''}>
            <strong>
              {t('cardOnPlatform', {
                platform: variant.name ? `${platformName} · ${pick(variant.name)}` : platformName,
              })}
            </strong>{' '}
            {pick(variant.definition)}
          </p>
        ))
      )}
      <p className="pitfall">
        <strong>{t('cardCareful')}</strong> {pick(metric.pitfalls[0])}
      </p>
      <blockquote className="ask">{pick(metric.question)}</blockquote>
      <div className="actions">
        <button
          type="button"
          className="button small"
          aria-pressed={saved !== undefined}
          onClick={() => agenda.toggle('metric', metric.id, source)}
        >
          {saved ? t('cardSavedForOneOnOne') : t('cardAskAtOneOnOne')}
        </button>
        {onAddNote && (
          <button type="button" className="button small" onClick={() => onAddNote(metric.id)}>
            {t('cardAddNote')}
          </button>
        )}
        <button
          type="button"
          className="link-button"
          aria-expanded={open}
          aria-controls={detailsId}
          onClick={() => setOpen(!open)}
        >
          {open ? t('cardLess') : t('cardMore')}
        </button>
      </div>
      <div id={detailsId} hidden={!open}>
        {open && (
          <>
            <MetricExplainer metric={metric} highlightPlatform={platform} embedded />
            <button type="button" className="link-button" onClick={() => onCompare(metric.id)}>
              {t('cardOpenInGlossary')}
            </button>
          </>
        )}
      </div>
    </li>
  );
}
