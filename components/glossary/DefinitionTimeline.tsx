// When definitions changed: every metric's dated changes, newest first, for one platform or all.
// A leader checking a trend reads down to the start of the period; each metric opens in full.
import { useId, useMemo, useState } from 'react';
import type { Metric } from '@/content';
import { library, nameOf } from '@/runtime/library';
import { definitionTimeline, timelinePlatforms } from '@/lib/definition-timeline';
import { useI18n } from '@/components/ui/use-i18n';
import { changeDateText } from '@/lib/date-format';

export interface DefinitionTimelineProps {
  onOpenMetric(metricId: string): void;
  /** The metrics whose changes to list; the library's when left out. */
  metrics?: readonly Metric[];
  /** The platform to start filtered to, usually the one on screen; all platforms otherwise. */
  initialPlatform?: string;
}

export function DefinitionTimeline({
  onOpenMetric,
  metrics = library.metrics,
  initialPlatform,
}: DefinitionTimelineProps) {
  const { t, pick, language } = useI18n();
  const id = useId();
  const platformName = (platform: string) => pick(nameOf('platforms', platform));
  // The platforms with at least one change, in alphabetical order of their names.
  const platforms = useMemo(() => {
    const named = timelinePlatforms(metrics).map((option) => ({
      option,
      name: pick(nameOf('platforms', option)),
    }));
    return named.sort((a, b) => a.name.localeCompare(b.name, language)).map(({ option }) => option);
  }, [metrics, pick, language]);
  const [platform, setPlatform] = useState(
    initialPlatform && platforms.includes(initialPlatform) ? initialPlatform : '',
  );
  const entries = useMemo(
    () => definitionTimeline(metrics, { platform: platform || undefined, newestFirst: true }),
    [metrics, platform],
  );
  const metricById = new Map(metrics.map((metric) => [metric.id, metric]));

  return (
    <section className="timeline" aria-labelledby={`${id}-heading`}>
      <h1 id={`${id}-heading`}>{t('timelineHeading')}</h1>
      <p>{t('timelineIntro')}</p>
      <label htmlFor={`${id}-platform`}>{t('timelinePlatformLabel')}</label>
      <select
        id={`${id}-platform`}
        value={platform}
        onChange={(event) => setPlatform(event.target.value)}
        aria-describedby={`${id}-count`}
      >
        <option value="">{t('timelineAllPlatforms')}</option>
        {platforms.map((option) => (
          <option key={option} value={option}>
            {platformName(option)}
          </option>
        ))}
      </select>
      <p id={`${id}-count`} className="muted hint" aria-live="polite">
        {t('timelineCount', { count: entries.length })}
      </p>
      <ol className="timeline-list" data-testid="timeline">
        {entries.map((entry, index) => {
          const metric = metricById.get(entry.metricId);
          return (
            <li key={`${entry.metricId}-${entry.platform}-${entry.when}-${index}`} data-platform={entry.platform}>
              <p className="timeline-when">
                <time dateTime={entry.when}>{changeDateText(entry.when, language)}</time> ·{' '}
                {platformName(entry.platform)}
              </p>
              <p className="timeline-what">
                <button type="button" className="link-button" onClick={() => onOpenMetric(entry.metricId)}>
                  {metric ? pick(metric.name) : entry.metricId}
                </button>
                : {pick(entry.what)}
              </p>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
