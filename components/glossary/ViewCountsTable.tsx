// "What counts as a view": each platform's rule, by format, as a real table. On a narrow panel
// the table scrolls sideways inside its own labelled region, which the keyboard can focus and
// scroll, so the page itself never scrolls sideways.
import { useId } from 'react';
import type { ViewCountRow, ViewThresholdKind } from '@/content';
import { library, nameOf } from '@/runtime/library';
import type { MessageKey } from '@/lib/i18n';
import { useI18n } from '@/components/ui/use-i18n';
import { SourceList } from '@/components/ui/SourceList';
import { TableHead } from '@/components/ui/TableHead';

const kindLabel: Record<ViewThresholdKind, MessageKey> = {
  'first-frame': 'viewKindFirstFrame',
  'play-start': 'viewKindPlayStart',
  '2s': 'viewKind2s',
  '2s-50pct': 'viewKind2s50pct',
  '3s': 'viewKind3s',
  '15s-thruplay': 'viewKind15sThruplay',
  'engaged-view': 'viewKindEngagedView',
  other: 'viewKindOther',
};

export interface ViewCountsTableProps {
  /** The rows to show; the library's table when left out. */
  rows?: readonly ViewCountRow[];
}

export function ViewCountsTable({ rows = library.viewCounts }: ViewCountsTableProps) {
  const { t, pick } = useI18n();
  const id = useId();

  return (
    <section className="view-counts" aria-labelledby={`${id}-heading`}>
      <h1 id={`${id}-heading`}>{t('viewCountsHeading')}</h1>
      <p>{t('viewCountsIntro')}</p>
      {/* A focusable region, so keyboard users can scroll a table wider than the panel. */}
      <div className="table-scroll" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
        <table className="reference-table" data-testid="view-counts-table">
          <caption id={`${id}-caption`}>{t('viewCountsCaption')}</caption>
          <TableHead columns={[t('viewCountsWhere'), t('viewCountsRule'), t('viewCountsSources')]} />
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} data-row={row.id} data-kind={row.kind}>
                <th scope="row">
                  <span className="platform">{pick(nameOf('platforms', row.platform))}</span>
                  <span className="surface">{pick(row.surface)}</span>
                </th>
                <td>
                  <span className="kind">{t(kindLabel[row.kind])}</span>
                  <span className="rule">{pick(row.threshold)}</span>
                  {row.note && (
                    <span className="note muted">
                      {t('viewCountsNote')} {pick(row.note)}
                    </span>
                  )}
                </td>
                <td>
                  <SourceList sources={row.sources} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
