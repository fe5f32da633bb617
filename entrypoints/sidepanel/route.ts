// Which view the side panel shows, kept in the URL fragment (`#notes`, `#coach/reach`,
// `#glossary/reach`, `#glossary?q=jangkauan`, `#team/new`) so a link, a test or a reload opens the
// same view.

export const panelViews = ['coach', 'glossary', 'notes', 'checklist', 'team'] as const;
export type PanelView = (typeof panelViews)[number];

export interface PanelRoute {
  view: PanelView;
  /** The metric open in the Glossary, or whose row is open in the Coach. */
  metric: string | null;
  /** What the Glossary search starts with. */
  query: string;
  /** The Team view opens with its form to add a person ("Add your first person" elsewhere). */
  addPerson?: true;
}

export const coachRoute: PanelRoute = { view: 'coach', metric: null, query: '' };

const metricId = (value: string | undefined) => (value && /^[a-z0-9-]+$/.test(value) ? value : null);

export function parseRoute(hash: string): PanelRoute {
  const [path, search = ''] = hash.replace(/^#/, '').split('?');
  const [view, metric] = path.split('/');
  if (view === 'team' && metric === 'new') return { view, metric: null, query: '', addPerson: true };
  if (view === 'notes' || view === 'checklist' || view === 'team') return { view, metric: null, query: '' };
  if (view === 'coach') return { view, metric: metricId(metric), query: '' };
  if (view !== 'glossary') return coachRoute;
  return { view, metric: metricId(metric), query: (new URLSearchParams(search).get('q') ?? '').slice(0, 200) };
}

export function formatRoute(route: PanelRoute): string {
  if (route.view === 'coach') return route.metric ? `#coach/${route.metric}` : '#coach';
  if (route.view === 'team' && route.addPerson) return '#team/new';
  if (route.view !== 'glossary') return `#${route.view}`;
  if (route.metric) return `#glossary/${route.metric}`;
  return route.query ? `#glossary?${new URLSearchParams({ q: route.query }).toString()}` : '#glossary';
}
