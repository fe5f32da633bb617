// The side panel: the coach for the tab the leader is looking at, and the Glossary.
import { useCallback, useEffect, useState } from 'react';
import { AppHeader } from '@/components/ui/AppHeader';
import { ChecklistView } from '@/components/checklist/ChecklistView';
import { CoachView } from '@/components/coach/CoachView';
import { glossaryIndex } from '@/components/glossary/glossary-index';
import { GlossaryView } from '@/components/glossary/GlossaryView';
import { NotesView } from '@/components/notes/NotesView';
import { TeamView } from '@/components/team/TeamView';
import { library } from '@/content';
import { aboutPage } from '@/components/notes/PageNotes';
import { Tabs } from '@/components/ui/Tabs';
import { useActivityCounts } from '@/components/checklist/use-activity-counts';
import { useI18n } from '@/components/ui/use-i18n';
import { exactMatch } from '@/lib/glossary';
import { takePanelRequest, watchPanelRequests, type PanelRequest } from '@/state/panel-request';
import { coachRoute, formatRoute, parseRoute, type PanelRoute } from './route';
import { pinnedTabIdFrom, useTabContext } from './use-tab-context';

const pinnedTabId = pinnedTabIdFrom(location.search);

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

/** Where a request from a hint or the context menu takes the panel. */
function routeFor(request: PanelRequest): PanelRoute {
  if (request.view) return { view: request.view, metric: null, query: '' };
  if (request.metric) return { view: 'glossary', metric: request.metric, query: '' };
  const query = request.query ?? '';
  const metric = exactMatch(glossaryIndex, query);
  return { view: 'glossary', metric: metric?.id ?? null, query: metric ? '' : query };
}

export function App() {
  const { t } = useI18n();
  const state = useTabContext(pinnedTabId);
  const [route, navigate] = useRoute();
  useActivityCounts();
  const openMetric = useCallback(
    (metric: string | null) => navigate({ view: 'glossary', metric, query: '' }),
    [navigate],
  );
  const coachedTabId = state.status === 'ready' ? state.tabId : null;

  useEffect(() => {
    document.title = t('appName');
  }, [t]);

  // A hint or the context menu may have opened this panel, or may speak to it while it is open.
  useEffect(() => {
    if (coachedTabId === null) return;
    const follow = (request: PanelRequest | null) => {
      if (request) navigate(routeFor(request));
    };
    takePanelRequest(coachedTabId).then(follow, () => undefined);
    return watchPanelRequests(coachedTabId, follow);
  }, [coachedTabId, navigate]);

  return (
    <>
      <AppHeader>{pinnedTabId !== null && <span className="muted">· {t('panelPinned')}</span>}</AppHeader>
      <Tabs
        label={t('panelViews')}
        current={route.view}
        onSelect={(view) => navigate(view === 'coach' ? coachRoute : { view, metric: null, query: '' })}
        tabs={[
          { id: 'coach', label: t('viewCoach') },
          { id: 'glossary', label: t('viewGlossary') },
          { id: 'notes', label: t('viewNotes') },
          { id: 'checklist', label: t('viewChecklist') },
          { id: 'team', label: t('viewTeam') },
        ]}
      />
      <main id={`view-${route.view}`} role="tabpanel" aria-labelledby={`tab-${route.view}`}>
        {route.view === 'coach' && (
          <div aria-live="polite" aria-busy={state.status === 'loading'}>
            {state.status === 'loading' && <p className="muted">{t('panelLoading')}</p>}
            {state.status === 'tab-closed' && <p>{t('panelTabClosed')}</p>}
            {state.status === 'error' && <p className="error">{t('panelLoadFailed', { error: state.error })}</p>}
            {state.status === 'ready' && <CoachView context={state.context} onOpenMetric={openMetric} />}
          </div>
        )}
        {route.view === 'team' && <TeamView />}
        {route.view === 'checklist' && (
          <section aria-labelledby="checklist-heading">
            <h1 id="checklist-heading">{t('popupHeading')}</h1>
            <ChecklistView items={library.checklists} platforms={library.platforms} />
          </section>
        )}
        {route.view === 'notes' && (
          <NotesView about={state.status === 'ready' && state.context ? aboutPage(state.context) : {}} />
        )}
        {route.view === 'glossary' && (
          <GlossaryView
            key={route.query}
            metricId={route.metric}
            initialQuery={route.query}
            onOpen={openMetric}
            platform={state.status === 'ready' ? (state.context?.platform ?? undefined) : undefined}
          />
        )}
      </main>
    </>
  );
}
