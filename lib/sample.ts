// The sample dashboard shipped inside the extension (sample.html): a made-up LinkedIn Page
// analytics page, coached like a real one on the first run. Its context is known in advance, so
// the panel coaches it without a content script; `npm start` serves the same page at a LinkedIn
// address, where the content script reads it for real (an e2e test checks the two agree).
import { metricsForLabels } from './context';
import type { TabContext } from './model/tab-context';
import { parseChange, parseMetricValue } from './values';

/** The sample page's path inside the extension. */
export const SAMPLE_PAGE = 'sample.html';

/** What the sample shows in its highlight tiles: label, value, change. */
export const sampleTiles: readonly [label: string, value: string, change: string][] = [
  ['Impressions', '48,216', '▲ 12.4%'],
  ['Reactions', '1,352', '▲ 8.1%'],
  ['Comments', '151', '▼ 3.2%'],
  ['Reposts', '102', '▲ 21.5%'],
  ['Clicks', '2,164', '▲ 5.7%'],
  ['Engagement rate', '7.82%', '▼ 1.4%'],
  ['Members reached', '21,904', '▲ 9.8%'],
  ['Followers', '12,480', '▲ 1.9%'],
];

/** The sample's period, as its tiles' caption writes it. */
export const sampleRange = 'Oct 28 – Nov 26';

/** Whether an address is the extension's own sample page. */
export function isSamplePage(url: string | undefined, extensionOrigin: string): boolean {
  if (!url) return false;
  try {
    const parsed = new URL(url);
    return parsed.origin === new URL(extensionOrigin).origin && parsed.pathname === `/${SAMPLE_PAGE}`;
  } catch {
    return false;
  }
}

/** The context of the sample page at `url`, as if Sidecoach had read it. */
export function sampleContext(url: string, now: number): TabContext {
  const labels = sampleTiles.map(([label]) => label);
  return {
    url,
    title: 'Sample dashboard',
    platform: 'linkedin',
    surface: 'page-analytics',
    kind: 'analytics',
    account: null,
    dateRange: sampleRange,
    metrics: metricsForLabels('linkedin', labels),
    labels,
    values: sampleTiles.map(([label, text, change]) => ({
      metric: metricsForLabels('linkedin', [label])[0]!,
      label,
      where: 'tile',
      text,
      value: parseMetricValue(text, 'en'),
      changeText: change,
      change: parseChange(change, 'en'),
    })),
    locale: 'en',
    paused: false,
    scan: null,
    sample: true,
    updatedAt: now,
  };
}
