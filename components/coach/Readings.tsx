// What the metrics on screen may mean together: each reading whose condition holds, as a heading
// that names the condition, what the combination often means (on demand), and the question to ask.
import { memo } from 'react';
import { nameOf } from '@/runtime/library';
import type { ReadingMatch } from '@/lib/readings';
import { useI18n } from '@/components/ui/use-i18n';

export const Readings = memo(function Readings({
  matches,
  onOpenMetric,
}: {
  matches: readonly ReadingMatch[];
  onOpenMetric(id: string): void;
}) {
  const { t, pick } = useI18n();
  if (matches.length === 0) return null;
  return (
    <section className="readings" aria-labelledby="readings-heading" data-testid="readings">
      <h2 id="readings-heading">{t('readingsHeading')}</h2>
      <ul>
        {matches.map(({ rule }) => (
          <li key={rule.id} data-reading={rule.id}>
            <details>
              <summary>{pick(rule.title)}</summary>
              <p>{pick(rule.text)}</p>
              {rule.basis && <p className="muted">{pick(rule.basis)}</p>}
              <p className="muted">
                {t('readingsSee')}{' '}
                {rule.metrics.map((metric, index) => (
                  <span key={metric}>
                    {index > 0 && ', '}
                    <button type="button" className="link-button" onClick={() => onOpenMetric(metric)}>
                      {pick(nameOf('metrics', metric))}
                    </button>
                  </span>
                ))}
              </p>
            </details>
            <p className="ask small">{pick(rule.question)}</p>
          </li>
        ))}
      </ul>
    </section>
  );
});
