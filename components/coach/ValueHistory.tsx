// What the leader saw of this metric before: "Last time you looked (12 Nov): 6.9%", the last
// readings as a sparkline, and on demand every reading in a table.
import { useId, useState } from 'react';
import { dateFormat } from '@/lib/date-format';
import { readingsFor, type Reading } from '@/lib/model/reading';
import { useI18n } from '@/components/ui/use-i18n';
import { Sparkline } from './Sparkline';
import { TableHead } from '@/components/ui/TableHead';

export function ValueHistory({
  readings,
  metric,
  metricName,
  platform,
  account,
  today,
}: {
  readings: readonly Reading[];
  metric: string;
  metricName: string;
  platform: string;
  account: string | null;
  today: string;
}) {
  const { t, language } = useI18n();
  const [table, setTable] = useState(false);
  const tableId = useId();
  const { previous, recent } = readingsFor(readings, { metric, platform, account, today, limit: 30 });
  const dates = dateFormat(language, { day: 'numeric', month: 'short', timeZone: 'UTC' });
  const date = (day: string) => dates.format(new Date(day));
  const mine = readings.filter((reading) => reading.metric === metric);
  if (mine.length === 0) return <p className="muted history-none">{t('historyNone')}</p>;
  const first = recent[0];
  const last = recent.at(-1);
  return (
    <div className="value-history" data-testid="value-history">
      {previous ? (
        <p data-testid="last-time">
          {t('historyLastTime', { date: date(previous.day), value: previous.text })}
          {previous.rangeText && <span className="muted"> · {previous.rangeText}</span>}
        </p>
      ) : (
        <p className="muted">{t('historyFirstLook')}</p>
      )}
      {first && last && (
        <Sparkline
          readings={recent}
          label={t('historySparkline', {
            metric: metricName,
            count: recent.length,
            from: `${first.text} (${date(first.day)})`,
            to: `${last.text} (${date(last.day)})`,
          })}
        />
      )}
      <button
        type="button"
        className="link-button"
        aria-expanded={table}
        aria-controls={tableId}
        onClick={() => setTable(!table)}
      >
        {table ? t('historyHideTable') : t('historyShowTable', { count: mine.length })}
      </button>
      {table && (
        <table id={tableId} className="history-table">
          <caption className="visually-hidden">{t('historyTableCaption', { metric: metricName })}</caption>
          <TableHead columns={[t('historyDay'), t('historyValue'), t('historyChange'), t('historyRange')]} />
          <tbody>
            {[...mine].reverse().map((reading) => (
              <tr key={`${reading.day}-${reading.where ?? ''}-${reading.rangeText ?? ''}`}>
                <td>{date(reading.day)}</td>
                <td>{reading.text}</td>
                <td>{reading.changeText ?? '–'}</td>
                <td>{reading.rangeText ?? '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
