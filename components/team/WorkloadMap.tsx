// The workload map: where the team's week goes, hat by hat, and one stacked bar per person with
// a line at a full week, so the people carrying too much stand out at a glance. Drawn with plain
// CSS; each hat has a pattern as well as a colour, and every bar is labelled in words, so no one
// needs to tell colours apart; the same numbers are in a table for screen readers. Below it,
// concrete ways to lighten the week of anyone overloaded (lib/workload.ts), to agree together.
import { useId, useMemo, useState } from 'react';
import {
  DEFAULT_WEEKLY_HOURS,
  OVERLOADED_ABOVE,
  STRETCHED_ABOVE,
  suggestions,
  teamWorkload,
  type LoadLevel,
  type MemberLoad,
} from '@/lib/workload';
import { hatNameKeys, hats, type Member } from '@/lib/model/member';
import { useI18n, type I18n } from '@/components/ui/use-i18n';
import { WorkloadIdeas } from './WorkloadIdeas';
import { TableHead } from '@/components/ui/TableHead';

/** People drawn at first, most loaded first; the rest on request. */
const firstShown = 12;

export function WorkloadMap({ members }: { members: readonly Member[] }) {
  const { t, language } = useI18n();
  const [everyone, setEveryone] = useState(false);
  const headingId = useId();
  const weeklyHours = DEFAULT_WEEKLY_HOURS;
  const format = useMemo(() => new Intl.NumberFormat(language, { maximumFractionDigits: 1 }), [language]);
  const hours = (value: number) => t('workloadHours', { hours: format.format(value) });

  const { rows, byHat, teamTotal, ideas, scale } = useMemo(() => {
    const active = members.filter((member) => member.deletedAt === null);
    const workload = teamWorkload(active, { weeklyHours });
    const byId = new Map(active.map((member) => [member.id, member]));
    const rows = workload.members
      .map((load) => ({ load, member: byId.get(load.memberId)! }))
      // Most loaded first; equal loads keep roster order (toSorted is stable).
      .toSorted((a, b) => b.load.total - a.load.total);
    const most = rows.reduce((max, row) => Math.max(max, row.load.total), 0);
    return {
      rows,
      byHat: workload.byHat,
      teamTotal: rows.reduce((sum, row) => sum + row.load.total, 0),
      ideas: suggestions(active, { weeklyHours }),
      // Room past a full week, so the capacity line never sits at the very edge.
      scale: Math.max(weeklyHours * 1.25, most),
    };
  }, [members, weeklyHours]);

  const worn = hats.filter((hat) => byHat[hat] > 0);
  const biggestHat = Math.max(0, ...worn.map((hat) => byHat[hat]));
  const overloaded = rows.filter((row) => row.load.level === 'overloaded').length;
  const drawn = everyone ? rows : rows.slice(0, firstShown);

  const head = (
    <>
      <h2 id={headingId}>{t('workloadHeading')}</h2>
      <p className="muted hint">{t('workloadIntro', { hours: format.format(weeklyHours) })}</p>
    </>
  );
  // With no hours written for anyone, a bar of 0 h per person and a table saying each is within
  // the week would only contradict "the map appears here": the empty state stands alone.
  if (worn.length === 0) {
    return (
      <section aria-labelledby={headingId} className="workload" data-testid="workload-map">
        {head}
        <p className="card muted" data-testid="workload-empty">
          {t('workloadNoHours')}
        </p>
      </section>
    );
  }

  return (
    <section aria-labelledby={headingId} className="workload" data-testid="workload-map">
      {head}
      <p className="workload-summary" aria-live="polite">
        {t('workloadTeamTotal', { hours: format.format(teamTotal), people: rows.length })}{' '}
        {overloaded > 0 ? (
          <strong className="overload-text">{t('workloadOverloadedCount', { count: overloaded })}</strong>
        ) : (
          <span>{t('workloadNobodyOverloaded')}</span>
        )}
      </p>

      <h3>{t('workloadByHatHeading')}</h3>
      <ul className="hat-totals" data-testid="hat-totals">
        {worn.map((hat) => (
          <li key={hat} data-hat={hat}>
            <span className={`hat-swatch hat-${hat}`} aria-hidden="true" />
            <span className="hat-total-name">{t(hatNameKeys[hat])}</span>
            <span className="hat-total-bar" aria-hidden="true">
              <span className={`hat-${hat}`} style={{ width: `${(byHat[hat] / biggestHat) * 100}%` }} />
            </span>
            <span className="hat-total-hours">{hours(byHat[hat])}</span>
          </li>
        ))}
      </ul>

      <h3>{t('workloadPeopleHeading')}</h3>
      <p className="muted hint">
        {t('workloadLegend', {
          hours: format.format(weeklyHours),
          stretched: format.format(weeklyHours * STRETCHED_ABOVE),
          overloaded: format.format(weeklyHours * OVERLOADED_ABOVE),
        })}
      </p>
      {/* The chart is for the eye; the table below carries the same numbers for screen readers. */}
      <ul className="load-rows" aria-hidden="true" data-testid="load-rows">
        {drawn.map(({ load, member }) => (
          <LoadRow key={member.id} member={member} load={load} scale={scale} hours={hours} />
        ))}
      </ul>
      {/* One button that stays, so the focus does too: everyone, then back to the first few. */}
      {rows.length > firstShown && (
        <button type="button" className="button small" onClick={() => setEveryone(!everyone)}>
          {everyone ? t('workloadShowFewer', { count: firstShown }) : t('workloadShowEveryone', { count: rows.length })}
        </button>
      )}
      <div className="visually-hidden">
        <table data-testid="workload-table">
          <caption>{t('workloadTableCaption', { hours: format.format(weeklyHours) })}</caption>
          <TableHead
            columns={[t('workloadColPerson'), t('workloadColHours'), t('workloadColLevel'), t('workloadColHats')]}
          />
          <tbody>
            {rows.map(({ load, member }) => (
              <tr key={member.id}>
                <th scope="row" dir="auto">
                  {member.name}
                </th>
                <td>{hours(load.total)}</td>
                <td>{levelText(load.level, t)}</td>
                <td>
                  {member.hats
                    .filter((entry) => entry.hoursPerWeek > 0)
                    .map((entry) => `${t(hatNameKeys[entry.hat])}: ${hours(entry.hoursPerWeek)}`)
                    .join('; ') || t('workloadNoHats')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      {ideas.length > 0 && <WorkloadIdeas ideas={ideas} members={members} />}
    </section>
  );
}

function levelText(level: LoadLevel, t: I18n['t']): string {
  if (level === 'overloaded') return t('workloadOverloaded');
  if (level === 'stretched') return t('workloadStretched');
  return t('workloadOk');
}

function LoadRow({
  member,
  load,
  scale,
  hours,
}: {
  member: Member;
  load: MemberLoad;
  scale: number;
  hours(value: number): string;
}) {
  const { t } = useI18n();
  const worn = hats.flatMap((hat) => {
    const entry = member.hats.find((item) => item.hat === hat);
    return entry && entry.hoursPerWeek > 0 ? [entry] : [];
  });
  return (
    <li className={`load-row ${load.level}`} data-testid="load-row" data-member={member.id} data-level={load.level}>
      <div className="load-head">
        <span className="load-name" dir="auto">
          {member.name}
        </span>
        <span className="load-figure">
          {hours(load.total)}
          {load.level !== 'ok' && (
            <strong className={`load-flag ${load.level}`}>
              {load.level === 'overloaded' ? '⚠ ' : ''}
              {levelText(load.level, t)}
            </strong>
          )}
        </span>
      </div>
      <div className="load-track">
        {worn.map((entry) => (
          <span
            key={entry.hat}
            className={`load-segment hat-${entry.hat}`}
            style={{ width: `${(entry.hoursPerWeek / scale) * 100}%` }}
            title={`${t(hatNameKeys[entry.hat])}: ${hours(entry.hoursPerWeek)}`}
          />
        ))}
        <span className="capacity-line" style={{ left: `${(load.capacity / scale) * 100}%` }} />
      </div>
      {worn.length === 0 ? (
        <span className="muted hint">{t('workloadNoHats')}</span>
      ) : (
        <p className="load-hats">
          {worn.map((entry) => (
            <span key={entry.hat} className="load-hat">
              <span className={`hat-swatch hat-${entry.hat}`} />
              {t(hatNameKeys[entry.hat])} {hours(entry.hoursPerWeek)}
            </span>
          ))}
        </p>
      )}
    </li>
  );
}
