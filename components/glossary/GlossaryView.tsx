// The Glossary: every metric, found by any name in either language (as you type, one typo
// forgiven, each result saying what matched), and one metric's meaning on every platform side by side.
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { library } from '@/runtime/library';
import { searchGlossary } from '@/lib/glossary';
import type { MessageKey } from '@/lib/i18n';
import type { MatchReason } from '@/lib/word-search';
import { DefinitionTimeline } from './DefinitionTimeline';
import { TermNotes } from './TermNotes';
import { ViewCountsTable } from './ViewCountsTable';
import { glossaryIndex } from './glossary-index';
import { MetricExplainer } from '@/components/coach/MetricExplainer';
import { WithExplainers } from '@/components/coach/WithExplainers';
import { useI18n } from '@/components/ui/use-i18n';

export interface GlossaryViewProps {
  /** The metric open in detail, or null for the list. */
  metricId: string | null;
  /** What the search box starts with. */
  initialQuery?: string;
  onOpen(metricId: string | null): void;
  /** The platform on screen, whose definition is marked in the comparison. */
  platform?: string;
  /**
   * Whether the Glossary takes the focus when it opens: true when the leader asked for it (a
   * "Compare every platform" link, "Explain with Sidecoach", a link to a metric), false when it
   * was chosen with the panel's tabs, whose arrow keys must keep moving between tabs.
   */
  takeFocus?: boolean;
}

/** What a result matched, by the name field it was found in. */
const nameReasons: Record<string, MessageKey> = {
  en: 'matchedNameEn',
  id: 'matchedNameId',
  aliases: 'matchedAlias',
  labels: 'matchedLabel',
};

export function GlossaryView({ metricId, initialQuery = '', onOpen, platform, takeFocus = false }: GlossaryViewProps) {
  const { t, pick } = useI18n();
  const [query, setQuery] = useState(initialQuery);
  // The reference tables open inside the Glossary; a metric opened from one replaces it.
  const [table, setTable] = useState<'view-counts' | 'timeline' | null>(null);
  const searchId = useId();
  const searchBox = useRef<HTMLInputElement>(null);
  const backButton = useRef<HTMLButtonElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const tableLinks = useRef<Partial<Record<'view-counts' | 'timeline', HTMLButtonElement | null>>>({});
  const results = useMemo(() => searchGlossary(glossaryIndex(), query), [query]);
  const metric = metricId ? library.metrics.find((entry) => entry.id === metricId) : undefined;

  // What is open: a metric, a table, or the list. Each change moves the focus where the leader
  // works next: into an opened page its way back; back on the list, to the metric or link that
  // opened the page. When the Glossary first shows, it takes the focus only if asked to.
  const shown = metric ? `metric:${metric.id}` : table ? `table:${table}` : 'list';
  const lastShown = useRef<string | null>(null);
  const focusWhenShown = useRef(takeFocus);
  useEffect(() => {
    const before = lastShown.current;
    lastShown.current = shown;
    if (before === shown || (before === null && !focusWhenShown.current)) return;
    if (shown !== 'list') return backButton.current?.focus();
    const [kind, id] = before?.split(':') ?? [];
    const opener =
      kind === 'metric'
        ? list.current?.querySelector<HTMLElement>(`[data-metric="${id}"]`)
        : kind === 'table'
          ? tableLinks.current[id as 'view-counts' | 'timeline']
          : null;
    (opener ?? searchBox.current)?.focus();
  }, [shown]);

  /** What a result matched, in words. */
  const reasonText = (reason: MatchReason) =>
    reason.typo
      ? t('matchedTypo', { word: reason.word })
      : t(nameReasons[reason.field] ?? 'matchedAlias', { text: reason.text ?? reason.word });

  // A metric, or one of the reference tables, replaces the list until the way back is taken.
  if (metric || table) {
    const back = () => (metric ? onOpen(null) : setTable(null));
    return (
      <section
        className="glossary-detail"
        onKeyDown={(event) => {
          if (event.key === 'Escape') back();
        }}
      >
        <button type="button" className="link-button back" onClick={back} ref={backButton}>
          ← {t('glossaryBack')}
        </button>
        {metric ? (
          <>
            <TermNotes metricIds={[metric.id]} />
            <WithExplainers>
              <MetricExplainer metric={metric} highlightPlatform={platform} />
            </WithExplainers>
          </>
        ) : table === 'view-counts' ? (
          <WithExplainers>
            <ViewCountsTable />
          </WithExplainers>
        ) : (
          <DefinitionTimeline
            initialPlatform={platform}
            onOpenMetric={(id) => {
              setTable(null);
              onOpen(id);
            }}
          />
        )}
      </section>
    );
  }

  function onSearchKey(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Enter' && results[0]) {
      // Without this, the Enter also presses the back button that takes the focus next.
      event.preventDefault();
      onOpen(results[0].metric.id);
    }
    if (event.key === 'Escape') setQuery('');
  }

  return (
    <section className="glossary" aria-labelledby={`${searchId}-heading`}>
      <h1 id={`${searchId}-heading`}>{t('glossaryHeading')}</h1>
      <nav className="link-list glossary-reference" aria-label={t('glossaryReference')}>
        <button
          type="button"
          className="link-button"
          onClick={() => setTable('view-counts')}
          ref={(button) => {
            tableLinks.current['view-counts'] = button;
          }}
        >
          {t('glossaryViewCountsLink')}
        </button>
        <button
          type="button"
          className="link-button"
          onClick={() => setTable('timeline')}
          ref={(button) => {
            tableLinks.current.timeline = button;
          }}
        >
          {t('glossaryTimelineLink')}
        </button>
      </nav>
      <label htmlFor={searchId}>{t('glossarySearchLabel')}</label>
      <input
        id={searchId}
        ref={searchBox}
        type="search"
        className="search"
        value={query}
        placeholder={t('glossarySearchPlaceholder')}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={onSearchKey}
        autoComplete="off"
        spellCheck={false}
        aria-describedby={`${searchId}-count`}
      />
      <p id={`${searchId}-count`} className="muted hint" aria-live="polite">
        {results.length === 0
          ? t('glossaryNoResults', { query: query.trim() })
          : t('glossaryCount', { count: results.length })}
      </p>
      {query.trim() && <TermNotes metricIds={results.map((result) => result.metric.id)} />}
      <ul className="glossary-list" data-testid="glossary-results" ref={list}>
        {results.map(({ metric: entry, why }) => (
          <li key={entry.id}>
            <button type="button" className="glossary-item" onClick={() => onOpen(entry.id)} data-metric={entry.id}>
              <span className="name">{pick(entry.name)}</span>
              <span className="muted short">{pick(entry.short)}</span>
              {why.length > 0 && (
                <span className="muted short why" data-testid="match-why">
                  {why.map(reasonText).join(' · ')}
                </span>
              )}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
