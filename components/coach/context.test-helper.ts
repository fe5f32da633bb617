// For component tests of the Coach: the context of a LinkedIn page-analytics tab as the
// background keeps it, three metrics read and two of them with a value and change beside them.
// Not a test itself.
import type { TabContext } from '@/state/tab-contexts';

export function context(overrides: Partial<TabContext> = {}): TabContext {
  return {
    url: 'https://www.linkedin.com/company/104937/admin/analytics/updates/',
    title: 'Analytics',
    platform: 'linkedin',
    surface: 'page-analytics',
    kind: 'analytics',
    account: '104937',
    dateRange: 'Last 30 days',
    metrics: ['impressions', 'engagement-rate', 'followers'],
    labels: ['Impressions', 'Engagement rate', 'Followers'],
    values: [
      {
        metric: 'impressions',
        label: 'Impressions',
        where: 'tile',
        text: '48,216',
        value: { value: 48216, kind: 'count' },
        changeText: '▲ 12.4%',
        change: { value: 12.4, kind: 'percent', direction: 'up' },
      },
      {
        metric: 'engagement-rate',
        label: 'Engagement rate',
        where: 'tile',
        text: '7.82%',
        value: { value: 7.82, kind: 'percent' },
        changeText: '▼ 1.4%',
        change: { value: 1.4, kind: 'percent', direction: 'down' },
      },
    ],
    locale: 'en',
    paused: false,
    sample: false,
    scan: null,
    updatedAt: 1,
    ...overrides,
  };
}
