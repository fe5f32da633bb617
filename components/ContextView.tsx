// What the panel shows for one tab's context: where the leader is, and what is on screen; or,
// on a page Sidecoach does not know, where it does work.
import { library } from '@/content';
import type { DetectedContext } from '@/lib/context';
import { useI18n } from './use-i18n';

export function ContextView({ context }: { context: DetectedContext | null }) {
  const { t, pick } = useI18n();
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

  const surface = platform.surfaces.find((entry) => entry.id === context.surface);
  if (!surface) {
    return (
      <section className="card" data-testid="context" data-platform={platform.id}>
        <div className="eyebrow">{t('panelYouAreOn')}</div>
        <h1>{pick(platform.name)}</h1>
        <p>{t('panelPlatformOnlyBody', { platform: pick(platform.name) })}</p>
      </section>
    );
  }

  const metrics = context.metrics.flatMap((id) => library.metrics.find((metric) => metric.id === id) ?? []);
  return (
    <>
      <section className="card" data-testid="context" data-platform={platform.id} data-surface={surface.id}>
        <div className="eyebrow">{t('panelYouAreOn')}</div>
        <h1>
          {pick(platform.name)} · {pick(surface.name)}
        </h1>
        <p>{pick(surface.summary)}</p>
      </section>
      <section className="card" aria-labelledby="metrics-heading">
        <h2 id="metrics-heading">{t('panelMetricsHeading')}</h2>
        {metrics.length === 0 ? (
          <p className="muted">{t('panelNoMetrics')}</p>
        ) : (
          <ul className="tag-list" data-testid="metrics">
            {metrics.map((metric) => (
              <li key={metric.id}>{pick(metric.name)}</li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
