// Exactly what Sidecoach read on this page, on request: the address, each label and the value
// read beside it, the period, and how long the look took; nothing else, and how long it is kept.
import { memo } from 'react';
import type { TabContext } from '@/state/tab-contexts';
import { useI18n } from '@/components/ui/use-i18n';
import { useSettings } from '@/components/ui/use-settings';

export const WhatWeRead = memo(function WhatWeRead({ context }: { context: TabContext }) {
  const { t } = useI18n();
  // Said as the leader set it: with the history on, the values outlive the tab.
  const { settings } = useSettings();
  return (
    <details className="reads" data-testid="what-we-read">
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
        {context.values.length > 0 && (
          <li>
            {t('readsValues')}
            <ul data-testid="read-values">
              {context.values.map((value, index) => (
                <li key={index}>
                  {value.label}: {value.text}
                  {value.changeText && ` (${value.changeText})`}
                  {value.value === null && <span className="muted"> · {t('readsNotANumber')}</span>}
                </li>
              ))}
            </ul>
          </li>
        )}
        {context.dateRange && <li>{t('readsDateRange', { range: context.dateRange })}</li>}
        {context.scan && (
          <li className="muted">
            {t('readsScan', { nodes: context.scan.nodes, ms: context.scan.ms.toFixed(1), slices: context.scan.slices })}
          </li>
        )}
      </ul>
      <p className="muted">
        {t('readsNever')} {t(settings.history ? 'readsKeptAsHistory' : 'readsForgotten')}
      </p>
    </details>
  );
});
