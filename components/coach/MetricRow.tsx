// One metric on the page as a compact row: its name, the value and change the page shows, and one
// line of meaning; only a definition that changed within the period shown is marked. Opened in
// place, it shows this platform's definition, what the leader saw before, the trap, the question
// to ask, and notes, and closes from its bottom too. Hovering or focusing it outlines the label
// on the page.
import { memo, useId, useRef, useState } from 'react';
import type { Metric } from '@/content';
import { cautionFor, firstSentence } from '@/lib/coach';
import { changeDateText } from '@/lib/date-format';
import type { DefinitionWarning } from '@/lib/definition-warnings';
import type { TabValue } from '@/lib/model/tab-context';
import { AskAtOneOnOne } from '@/components/team/AskAtOneOnOne';
import { NoteEditor } from '@/components/notes/NoteEditor';
import { aboutPage } from '@/components/notes/PageNotes';
import type { TabContext } from '@/state/tab-contexts';
import { useNotesStore } from '@/state/stores';
import { useI18n } from '@/components/ui/use-i18n';
import { ValueHistory } from './ValueHistory';
import { useSeries } from './use-series';
import { WithExplainers } from './WithExplainers';

const arrows = { up: '▲', down: '▼', flat: '▬' } as const;
/** An arrow a dashboard already draws in its change text ("▲ 12.4%"): the row then adds none of its own. */
const pageArrow = /[▲△↑⬆▴⇧⏶▼▽↓⬇▾⇩⏷▬]/u;
const directionWords = { up: 'changeUp', down: 'changeDown', flat: 'changeFlat' } as const;
const placeWords = { tile: 'placeTile', table: 'placeTable', row: 'placeRow' } as const;
const spanWords = {
  period: 'warningSpanPeriod',
  comparison: 'warningSpanComparison',
  history: 'warningSpanHistory',
} as const;

export interface MetricRowProps {
  metric: Metric;
  context: TabContext;
  platformName: string;
  values: readonly TabValue[];
  /**
   * The definition changes this metric's numbers cross: the range on screen and its comparison,
   * and, given the days of the leader's earlier readings, those too.
   */
  warningsFor(history?: readonly string[]): DefinitionWarning[];
  open: boolean;
  onToggle(open: boolean): void;
  /** Opens the Team view's form to add a person, from the 1:1 picker when nobody is on the team. */
  onAddPerson?(): void;
  onCompare(metricId: string): void;
  onHighlight(label: string | null): void;
  /** Today, `YYYY-MM-DD`, for "last time you looked". */
  today: string;
  /** The label the page shows for this metric, to outline it there. */
  pageLabel: string | null;
}

/**
 * Whether a change is usually good news for this metric: a rise in cost per click is not, a fall
 * in reach is not; spend, frequency and the like are neither (`Metric.better`).
 */
function changeNews(better: Metric['better'], direction: 'up' | 'down' | 'flat'): 'good' | 'bad' | null {
  if (better === 'neither' || direction === 'flat') return null;
  return (direction === 'up') === (better === 'higher') ? 'good' : 'bad';
}

/**
 * The value and change as the page shows them, or nothing when none was read. The change is drawn
 * as good or bad news for this metric, and said so to screen readers too, not by colour alone.
 */
function ShownValue({ value, better }: { value: TabValue | undefined; better: Metric['better'] }) {
  const { t } = useI18n();
  if (!value) return null;
  const news = value.change ? changeNews(better, value.change.direction) : null;
  return (
    <span className="row-value" data-testid="metric-value">
      <span className="value-text">{value.text}</span>
      {value.changeText && (
        <span className={news ? `change ${news}` : 'change'} data-news={news ?? undefined}>
          {value.change && !pageArrow.test(value.changeText) && (
            <span aria-hidden="true">{arrows[value.change.direction]} </span>
          )}
          {value.changeText}
          {value.change && (
            <span className="visually-hidden">
              {' '}
              ({t(directionWords[value.change.direction])}
              {news && `, ${t(news === 'good' ? 'changeGoodNews' : 'changeBadNews')}`})
            </span>
          )}
        </span>
      )}
    </span>
  );
}

/**
 * A definition change, as a warning says it: the date written out first, in bold, for a glance
 * ("Definition changed August 2024:"), then what changed and that the two sides do not compare.
 */
function ChangeSaid({ warning }: { warning: DefinitionWarning }) {
  const { t, pick, language } = useI18n();
  const { when, what } = warning.change;
  return (
    <>
      <strong>{t('warningChangedLead', { when: changeDateText(when, language) })}</strong> {pick(what)}{' '}
      {t('warningChangedTail')}
    </>
  );
}

export const MetricRow = memo(function MetricRow(props: MetricRowProps) {
  const { metric, values, warningsFor, open, onToggle, onHighlight, pageLabel } = props;
  const warnings = warningsFor();
  const { pick } = useI18n();
  const detailsId = useId();
  const toggle = useRef<HTMLButtonElement>(null);
  const mine = values.filter((value) => value.metric === metric.id);
  const headline = mine.find((value) => value.where === 'tile') ?? mine[0];
  const label = mine[0]?.label ?? pageLabel;
  const name = pick(metric.name);

  function close() {
    onToggle(false);
    toggle.current?.focus();
  }

  return (
    <li
      className={open ? 'metric-row open' : 'metric-row'}
      data-testid="metric-card"
      data-metric={metric.id}
      onMouseEnter={() => onHighlight(label)}
      onMouseLeave={() => onHighlight(null)}
      onFocus={() => onHighlight(label)}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) onHighlight(null);
      }}
    >
      {warnings.length > 0 && (
        // Cut to one line on a closed row: a click on it opens the row, as the row's button does
        // (which the keyboard reaches; this is the mouse's shortcut, not a control of its own).
        <p
          className="definition-warning"
          data-testid="definition-warning"
          onClick={() => {
            if (!open) onToggle(true);
          }}
        >
          <ChangeSaid warning={warnings[0]!} />
        </p>
      )}
      <h3 className="row-head">
        <button
          ref={toggle}
          type="button"
          className="row-button"
          aria-expanded={open}
          aria-controls={detailsId}
          onClick={() => onToggle(!open)}
        >
          <span className="row-line">
            <span className="row-name">{name}</span>
            <ShownValue value={headline} better={metric.better} />
          </span>
          <span className="row-meaning">{firstSentence(pick(metric.short))}</span>
        </button>
      </h3>
      <div id={detailsId} hidden={!open}>
        {open && (
          <WithExplainers>
            <MetricDetails {...props} mine={mine} name={name} onClose={close} />
          </WithExplainers>
        )}
      </div>
    </li>
  );
});

function MetricDetails({
  metric,
  context,
  platformName,
  warningsFor,
  onAddPerson,
  onCompare,
  today,
  mine,
  name,
  onClose,
}: MetricRowProps & { mine: readonly TabValue[]; name: string; onClose(): void }) {
  const { t, pick } = useI18n();
  const [writing, setWriting] = useState(false);
  const addNote = useRef<HTMLButtonElement>(null);
  const platform = context.platform ?? '';
  const readings = useSeries(platform, context.account, metric.id);
  const onScreen = new Set(warningsFor().map((warning) => warning.change.when));
  // With the history read, a change between the earlier readings and now is said here too.
  const warnings = warningsFor(readings?.map((reading) => reading.day));
  const noteCount = useNotesStore(
    (state) => state.items.filter((note) => note.about.metric === metric.id && note.about.platform === platform).length,
  );
  const variants = metric.variants.filter((entry) => entry.platform === platform);
  const caution = cautionFor(metric.pitfalls, context.platform);
  const source = { platform, url: context.url };

  return (
    <div className="row-details" data-testid="metric-details">
      {warnings.map((warning) =>
        onScreen.has(warning.change.when) ? (
          <p key={`${warning.change.platform}-${warning.change.when}`} className="muted">
            {t(spanWords[warning.span])}
          </p>
        ) : (
          <p
            key={`${warning.change.platform}-${warning.change.when}`}
            className="definition-warning"
            data-testid="history-warning"
          >
            <ChangeSaid warning={warning} /> {t(spanWords[warning.span])}
          </p>
        ),
      )}
      {variants.map((variant) => (
        <p className="variant current" key={variant.name?.en ?? ''}>
          <strong>
            {t('cardOnPlatform', { platform: variant.name ? `${platformName} · ${pick(variant.name)}` : platformName })}
          </strong>{' '}
          {pick(variant.definition)}
        </p>
      ))}
      {variants.length === 0 && <p>{pick(metric.short)}</p>}
      {mine.length > 1 && (
        <ul className="shown-values">
          {mine.map((value) => (
            <li key={`${value.where ?? ''}-${value.text}`}>
              {value.where ? t(placeWords[value.where]) : t('placePage')}: {value.text}
              {value.changeText && ` (${value.changeText})`}
            </li>
          ))}
        </ul>
      )}
      {readings && (
        <ValueHistory
          readings={readings}
          metric={metric.id}
          metricName={name}
          platform={platform}
          account={context.account}
          today={today}
        />
      )}
      {caution && (
        <p className="pitfall">
          <strong>{t('cardCareful')}</strong> {pick(caution)}
        </p>
      )}
      <blockquote className="ask">{pick(metric.question)}</blockquote>
      <div className="actions">
        <AskAtOneOnOne kind="metric" refId={metric.id} subject={name} source={source} onAddPerson={onAddPerson} />
        {!writing && (
          <button
            ref={addNote}
            type="button"
            className="button small"
            aria-label={t('cardAddNoteAbout', { metric: name })}
            onClick={() => setWriting(true)}
          >
            {t('cardAddNote')}
          </button>
        )}
        {noteCount > 0 && (
          <span className="muted" data-testid="note-count">
            {t('cardNoteCount', { count: noteCount })}
          </span>
        )}
      </div>
      {writing && (
        <NoteEditor
          about={aboutPage(context, metric.id)}
          onDone={() => {
            setWriting(false);
            requestAnimationFrame(() => addNote.current?.focus());
          }}
        />
      )}
      <div className="actions row-foot">
        <button type="button" className="link-button" onClick={() => onCompare(metric.id)}>
          {t('cardOpenInGlossary')}
        </button>
        <button
          type="button"
          className="link-button"
          aria-label={t('cardCloseAbout', { metric: name })}
          onClick={onClose}
        >
          {t('cardClose')}
        </button>
      </div>
    </div>
  );
}
