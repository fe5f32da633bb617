// The Coach: what the leader is looking at right now, at a glance. Where they are and what was
// read; what the numbers may mean together; the questions that fit, three at first; a word on
// the team when the moment calls for it (first of all on an inbox in crisis mode); then each
// metric as a compact row that opens in place.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { library, libraryLabels } from '@/runtime/library';
import { questionsFor, situationFor } from '@/lib/coach';
import { definitionWarnings } from '@/lib/definition-warnings';
import { browserTimeZone } from '@/lib/date-format';
import { calendarDay } from '@/lib/history';
import { parsePeriod } from '@/lib/period';
import { evaluateReadings } from '@/lib/readings';
import type { TabContext } from '@/state/tab-contexts';
import { PageNotes } from '@/components/notes/PageNotes';
import { useI18n } from '@/components/ui/use-i18n';
import { ContextHeader } from './ContextHeader';
import { FirstRun } from './FirstRun';
import { MetricRow } from './MetricRow';
import { PausedNotice } from './PausedNotice';
import { QuestionList } from './QuestionList';
import { Readings } from './Readings';
import { useCrisisActive } from './use-crisis';
import { useHighlight } from './use-highlight';
import { usePreloadedSeries } from './use-series';
import { WellbeingNote } from './WellbeingNote';
import { WhatWeRead } from './WhatWeRead';
import { preloadExplainers } from './WithExplainers';
import './coach.css';

export interface CoachViewProps {
  context: TabContext | null;
  /** The tab coached, to outline a metric's label on its page. */
  tabId: number | null;
  /** A metric whose row opens first (an in-page hint was clicked). */
  openMetric?: string | null;
  onOpenMetric(metricId: string): void;
  /** Opens the Team view's form to add a person, offered when nobody is on the team yet. */
  onAddPerson?(): void;
  /** Fixed in tests; the clock otherwise. */
  now?: Date;
}

export function CoachView({ context, tabId, openMetric = null, onOpenMetric, onAddPerson, now }: CoachViewProps) {
  const { t, pick, language } = useI18n();
  const [open, setOpen] = useState<string | null>(openMetric);
  // A card opened from elsewhere is brought into view: from a hint on the page (the view opens with
  // it) or from a reading above the rows, which also takes the keyboard there. A card opened by its
  // own row is already in view.
  const reveal = useRef(openMetric ? { metric: openMetric, focus: false } : null);
  const [revealAsked, setRevealAsked] = useState(0);
  const rows = useRef<HTMLUListElement>(null);
  useEffect(() => {
    const wanted = reveal.current;
    reveal.current = null;
    if (!wanted) return;
    const row = [...(rows.current?.children ?? [])].find(
      (element) => element instanceof HTMLElement && element.dataset.metric === wanted.metric,
    );
    if (wanted.focus) row?.querySelector<HTMLButtonElement>('.row-button')?.focus();
    row?.scrollIntoView({ block: 'start' });
  }, [revealAsked]);
  const openFromReading = useCallback((metric: string) => {
    reveal.current = { metric, focus: true };
    setOpen(metric);
    setRevealAsked((count) => count + 1);
  }, []);
  // The first view is up: the cards' explainers load while the leader reads it.
  useEffect(() => preloadExplainers(language), [language]);
  const highlight = useHighlight(tabId, context?.url ?? null);
  const platform = context?.platform ? library.platforms.find((entry) => entry.id === context.platform) : undefined;
  const surface = platform?.surfaces.find((entry) => entry.id === context?.surface);

  // The clock and time zone are read again when the page changes, not on every render: opening a
  // card renders the view again, and everything that does not depend on the open card stays as it
  // was (the parts below are memoised on what they show).
  const [read, setRead] = useState(() => ({ context, at: new Date(), zone: browserTimeZone() }));
  if (read.context !== context) setRead({ context, at: new Date(), zone: browserTimeZone() });
  const clock = now ?? read.at;
  const zone = read.zone;
  const dateRange = context?.dateRange ?? null;
  const locale = context?.locale ?? 'en';
  const metricIds = context?.metrics;
  const values = context?.values;
  const platformId = context?.platform ?? null;
  const period = useMemo(
    () => (dateRange ? parsePeriod(dateRange, { now: clock, locale, timeZone: zone }) : null),
    [dateRange, locale, clock, zone],
  );
  const metrics = useMemo(
    () => (metricIds ?? []).flatMap((id) => library.metrics.find((metric) => metric.id === id) ?? []),
    [metricIds],
  );
  // Each card's history, read ahead in idle time so that opening a card does not wait for it.
  usePreloadedSeries(platformId, context?.account ?? null, metricIds ?? []);
  const matches = useMemo(
    () => (platformId && values ? evaluateReadings(library.readings, values, platformId) : []),
    [platformId, values],
  );
  const crisis = useCrisisActive();
  const questions = useMemo(
    () => (context ? questionsFor(library.questions, context, { crisis }) : { questions: [], here: 0 }),
    [context, crisis],
  );
  const source = useMemo(() => ({ platform: platformId ?? '', url: context?.url ?? '' }), [platformId, context?.url]);
  const today = useMemo(() => calendarDay(clock.getTime(), zone), [clock, zone]);
  const labels = context?.labels;
  const pageLabels = useMemo(() => {
    const byMetric = new Map<string, string>();
    if (!platformId) return byMetric;
    const index = libraryLabels();
    for (const label of labels?.length ? labels : index.labelsFor(platformId)) {
      const [metric] = index.metricsForLabels(platformId, [label]);
      if (metric && !byMetric.has(metric)) byMetric.set(metric, label);
    }
    return byMetric;
  }, [platformId, labels]);
  // One function per metric that keeps its identity while the page stays: a row that neither
  // opens nor closes is not drawn again.
  const rowHandlers = useMemo(
    () =>
      new Map(
        metrics.map((metric) => {
          const changes = metric.changes.filter((change) => change.platform === platformId);
          return [
            metric.id,
            {
              warningsFor: (history?: readonly string[]) =>
                definitionWarnings(changes, { platform: platformId ?? '', period, history }),
              onToggle: (next: boolean) => setOpen(next ? metric.id : null),
            },
          ] as const;
        }),
      ),
    [metrics, platformId, period],
  );

  if (!context || !platform) return <FirstRun />;
  if (!surface) return <FirstRun platformOnly={pick(platform.name)} />;

  const platformName = pick(platform.name);
  const readsHere = context.kind !== 'inbox' && context.kind !== 'publishing';
  // In a crisis the team's care comes first on an inbox, where the team meets the public.
  const situation = situationFor(context.kind, { now: clock, crisis });
  const wellbeing = <WellbeingNote situation={situation} now={clock} />;

  return (
    <>
      <ContextHeader context={context} platform={platform} surface={surface} sample={context.sample} />
      {context.paused ? (
        <PausedNotice platform={context.platform ?? ''} platformName={platformName} />
      ) : (
        <>
          {situation === 'crisis' && wellbeing}
          <Readings matches={matches} onOpenMetric={openFromReading} />
          <QuestionList
            {...questions}
            crisisFirst={crisis && questions.questions[0]?.theme === 'crisis'}
            source={source}
            onAddPerson={onAddPerson}
          />
          {situation !== 'crisis' && wellbeing}
          <section aria-labelledby="on-this-page" className="metrics">
            <h2 id="on-this-page">{t('coachOnThisPage')}</h2>
            {metrics.length === 0 ? (
              <p className="muted" data-testid="no-metrics">
                {readsHere ? t('panelNoMetrics') : t('coachReadsNothingHere')}
              </p>
            ) : (
              <ul className="metric-rows" data-testid="metrics" ref={rows}>
                {metrics.map((metric) => (
                  <MetricRow
                    key={metric.id}
                    metric={metric}
                    context={context}
                    platformName={platformName}
                    values={context.values}
                    warningsFor={rowHandlers.get(metric.id)!.warningsFor}
                    open={open === metric.id}
                    onToggle={rowHandlers.get(metric.id)!.onToggle}
                    onAddPerson={onAddPerson}
                    onCompare={onOpenMetric}
                    onHighlight={highlight}
                    today={today}
                    pageLabel={pageLabels.get(metric.id) ?? null}
                  />
                ))}
              </ul>
            )}
          </section>
          <PageNotes context={context} />
        </>
      )}
      <WhatWeRead context={context} />
    </>
  );
}
