// Where the leader is, in three short lines: the platform and page, what that page is for in one
// sentence (a leader new to Meta Business Suite or TikTok Studio cannot tell their pages apart by
// name), and what Sidecoach read there (how many metrics, the period on screen, the account). A
// sample dashboard says it is one.
import { memo } from 'react';
import type { Platform, Surface } from '@/content';
import type { TabContext } from '@/state/tab-contexts';
import { useI18n } from '@/components/ui/use-i18n';

export const ContextHeader = memo(function ContextHeader({
  context,
  platform,
  surface,
  sample,
}: {
  context: TabContext;
  platform: Platform;
  surface: Surface | undefined;
  sample: boolean;
}) {
  const { t, pick } = useI18n();
  const platformName = pick(platform.name);
  return (
    <section
      className="context-header"
      data-testid="context"
      data-platform={platform.id}
      data-surface={surface?.id ?? ''}
      data-paused={context.paused}
      aria-labelledby="context-heading"
    >
      {sample && (
        <p className="sample-badge" data-testid="sample-badge">
          {t('sampleBadge')}
        </p>
      )}
      <h1 id="context-heading" tabIndex={-1}>
        {platformName}
        {surface && ` · ${pick(surface.name)}`}
      </h1>
      {surface && (
        <p className="context-summary" data-testid="surface-summary">
          {pick(surface.summary)}
        </p>
      )}
      <p className="muted context-facts">
        {!context.paused && surface && (
          <span data-testid="metric-count">{t('coachMetricsRead', { count: context.metrics.length })}</span>
        )}
        {context.dateRange && <span data-testid="date-range">{context.dateRange}</span>}
        {context.account && <span>{t('coachAccount', { account: context.account })}</span>}
      </p>
      {!surface && <p>{t('panelPlatformOnlyBody', { platform: platformName })}</p>}
    </section>
  );
});
