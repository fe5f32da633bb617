// The side panel: the coach for the tab the leader is looking at, the Glossary, notes, the
// checklist and the team, under a header with the language, settings and pause one click away.
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useChecklist } from '@/components/checklist/use-checklist';
import { useActivityCounts } from '@/components/checklist/use-activity-counts';
import { CoachView } from '@/components/coach/CoachView';
import { WithExplainers } from '@/components/coach/WithExplainers';
import { aboutPage } from '@/components/notes/PageNotes';
import { NotesView } from '@/components/notes/NotesView';
import { Tabs } from '@/components/ui/Tabs';
import { useI18n } from '@/components/ui/use-i18n';
import { library } from '@/runtime/library';
import { loadAllStrings, withAllStrings } from '@/runtime/load-language';
import { takePanelRequest, watchPanelRequests, type PanelRequest } from '@/state/panel-request';
import { useNotesStore, useTeamStore } from '@/state/stores';
import { PanelHeader } from './PanelHeader';
import { coachRoute, formatRoute, parseRoute, type PanelRoute, type PanelView } from './route';
import { pinnedTabIdFrom, useTabContext } from './use-tab-context';

export const pinnedTabId = pinnedTabIdFrom(location.search);

// The views a leader opens less often load when first opened, so the Coach shows sooner; with
// them, the rest of the interface strings, if the idle moment after the first view has not.
const ChecklistView = lazy(() =>
  withAllStrings(import('@/components/checklist/ChecklistView')).then((module) => ({ default: module.ChecklistView })),
);
const GlossaryView = lazy(() =>
  withAllStrings(import('@/components/glossary/GlossaryView')).then((module) => ({ default: module.GlossaryView })),
);
const TeamView = lazy(() =>
  withAllStrings(import('@/components/team/TeamView')).then((module) => ({ default: module.TeamView })),
);

function useRoute(): [PanelRoute, (route: PanelRoute) => void] {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const onHashChange = () => setRoute(parseRoute(location.hash));
    addEventListener('hashchange', onHashChange);
    return () => removeEventListener('hashchange', onHashChange);
  }, []);
  const navigate = useCallback((next: PanelRoute) => {
    history.replaceState(null, '', formatRoute(next));
    setRoute(next);
  }, []);
  return [route, navigate];
}

/**
 * Where a request from a hint or the context menu takes the panel. Text selected on a page is
 * looked up in the Glossary's index, which loads with the Glossary.
 */
async function routeFor(request: PanelRequest, metricsOnPage: readonly string[]): Promise<PanelRoute> {
  if (request.view) return { view: request.view, metric: null, query: '' };
  // A hint beside a metric on this page opens that metric's row in the Coach.
  if (request.metric && metricsOnPage.includes(request.metric))
    return { view: 'coach', metric: request.metric, query: '' };
  if (request.metric) return { view: 'glossary', metric: request.metric, query: '' };
  const query = request.query ?? '';
  const [{ glossaryIndex }, { exactMatch }] = await Promise.all([
    import('@/components/glossary/glossary-index'),
    import('@/lib/glossary'),
  ]);
  const metric = exactMatch(glossaryIndex(), query);
  return { view: 'glossary', metric: metric?.id ?? null, query: metric ? '' : query };
}

/** The counts the tabs show: notes, people, and checklist items done. */
function useTabCounts() {
  const notes = useNotesStore((state) => state.items.length);
  const people = useTeamStore((state) => state.items.length);
  const { progress } = useChecklist(library.checklists, library.platforms);
  const done = progress ? progress.items.filter((item) => item.done).length : null;
  return { notes, people, done, total: library.checklists.length };
}

export function App() {
  const { t, pick } = useI18n();
  const state = useTabContext(pinnedTabId);
  const [route, navigate] = useRoute();
  const counts = useTabCounts();
  const shown = state.status !== 'loading';
  // The notes, once the first view shows and the browser is idle (see main.tsx); and the strings
  // of the views that load later, so that they open without waiting for them.
  useEffect(() => {
    if (!shown) return;
    const handle = requestIdleCallback(
      () => {
        useNotesStore.start();
        void loadAllStrings().catch(() => undefined);
      },
      { timeout: 1000 },
    );
    return () => cancelIdleCallback(handle);
  }, [shown]);
  useActivityCounts();
  const openMetric = useCallback(
    (metric: string | null) => navigate({ view: 'glossary', metric, query: '' }),
    [navigate],
  );
  const addPerson = useCallback(() => navigate({ view: 'team', metric: null, query: '', addPerson: true }), [navigate]);
  const addPersonClosed = useCallback(() => navigate({ view: 'team', metric: null, query: '' }), [navigate]);
  const coachedTabId = state.status === 'ready' ? state.tabId : null;
  const context = state.status === 'ready' ? state.context : null;
  const platform = context?.platform ? library.platforms.find((entry) => entry.id === context.platform) : undefined;
  const metricsOnPage = useMemo(() => context?.metrics ?? [], [context?.metrics]);
  // Read when a request arrives: the metrics on screen change without the requests' watch
  // starting again, which would drop a request already taken but not yet followed.
  const metricsNow = useRef(metricsOnPage);
  useEffect(() => {
    metricsNow.current = metricsOnPage;
  }, [metricsOnPage]);

  useEffect(() => {
    document.title = t('appName');
  }, [t]);

  // A hint or the context menu may have opened this panel, or may speak to it while it is open.
  useEffect(() => {
    if (coachedTabId === null) return;
    // The latest request wins, and none lands after the panel has moved to another tab.
    let live = true;
    let latest = 0;
    const follow = (request: PanelRequest | null) => {
      if (!request || !live) return;
      const mine = ++latest;
      const go = (route: PanelRoute) => {
        if (live && mine === latest) navigate(route);
      };
      routeFor(request, metricsNow.current).then(go, () =>
        go({ view: 'glossary', metric: null, query: request.query ?? '' }),
      );
    };
    takePanelRequest(coachedTabId).then(follow, () => undefined);
    const stop = watchPanelRequests(coachedTabId, follow);
    return () => {
      live = false;
      stop();
    };
  }, [coachedTabId, navigate]);

  const tabs: { id: PanelView; label: string }[] = [
    { id: 'coach', label: t('viewCoach') },
    { id: 'glossary', label: t('viewGlossary') },
    { id: 'notes', label: counts.notes > 0 ? t('viewNotesCount', { count: counts.notes }) : t('viewNotes') },
    {
      id: 'checklist',
      label:
        counts.done === null ? t('viewChecklist') : t('viewChecklistCount', { done: counts.done, total: counts.total }),
    },
    { id: 'team', label: counts.people > 0 ? t('viewTeamCount', { count: counts.people }) : t('viewTeam') },
  ];

  return (
    <>
      <PanelHeader
        skipToQuestions={route.view === 'coach' && context !== null && context.surface !== null && !context.paused}
        platform={platform ? { id: platform.id, name: pick(platform.name) } : null}
        pinned={pinnedTabId !== null}
      />
      <nav aria-label={t('panelViews')}>
        <Tabs
          label={t('panelViews')}
          current={route.view}
          onSelect={(view) => navigate(view === 'coach' ? coachRoute : { view, metric: null, query: '' })}
          tabs={tabs}
        />
      </nav>
      <main>
        <div id={`view-${route.view}`} role="tabpanel" aria-labelledby={`tab-${route.view}`} tabIndex={-1}>
          {route.view === 'coach' && (
            <div aria-busy={state.status === 'loading'}>
              {state.status === 'loading' && <p className="muted">{t('panelLoading')}</p>}
              {state.status === 'tab-closed' && <h1>{t('panelTabClosed')}</h1>}
              {state.status === 'error' && <h1 className="error">{t('panelLoadFailed', { error: state.error })}</h1>}
              {state.status === 'ready' && (
                <CoachView
                  key={`${state.tabId}:${route.metric ?? ''}`}
                  context={state.context}
                  tabId={state.tabId}
                  openMetric={route.metric}
                  onOpenMetric={openMetric}
                  onAddPerson={addPerson}
                />
              )}
            </div>
          )}
          <Suspense fallback={<p className="muted">{t('panelLoading')}</p>}>
            {route.view === 'team' && (
              <TeamView startAdding={route.addPerson === true} onFormClosed={addPersonClosed} />
            )}
            {route.view === 'checklist' && (
              <section aria-labelledby="checklist-heading">
                <h1 id="checklist-heading">{t('popupHeading')}</h1>
                {/* The items' texts come with the explainers (lib/library-language.ts). */}
                <WithExplainers>
                  <ChecklistView items={library.checklists} platforms={library.platforms} />
                </WithExplainers>
              </section>
            )}
            {route.view === 'notes' && <NotesView about={context ? aboutPage(context) : {}} />}
            {route.view === 'glossary' && (
              <GlossaryView
                key={route.query}
                metricId={route.metric}
                initialQuery={route.query}
                onOpen={openMetric}
                platform={context?.platform ?? undefined}
                // Only a request names a metric or a query; the tabs open the Glossary with neither.
                takeFocus={route.metric !== null || route.query !== ''}
              />
            )}
          </Suspense>
        </div>
      </main>
    </>
  );
}
