// The context of each tab (platform, surface, metrics and what the page showed), kept in session
// storage: it survives a service-worker restart, is gone when the browser closes, and content
// scripts cannot read it. Three things change a tab's context (the browser's navigation event,
// the page's own report, and what a scan found); every change is one locked read-modify-write of
// that tab's key, so they apply one after another, in the order they arrive, never interleaved.
import { browser } from 'wxt/browser';
import {
  detectContext,
  labelsFor,
  metricsForLabels,
  pageAddress,
  scannableKinds,
  type PageSnapshot,
} from '../lib/context';
import type { LabelsReport, ScanPlan, ShownValue } from '../lib/messages';
import { noScan } from '../lib/messages';
import type { Settings } from '../lib/model/settings';
import { MAX_TAB_TITLE, tabContextSchema, type TabContext, type TabValue } from '../lib/model/tab-context';
import { parseChange, parseMetricValue } from '../lib/values';
import { CLEAR, defineItem, type StorageItem } from './item';

export type { TabContext };

/** The settings that decide what is read on a page. */
export type ReadingSettings = Pick<Settings, 'pausedPlatforms' | 'hints'>;

const readEverything: ReadingSettings = { pausedPlatforms: [], hints: false };
const KEY_PREFIX = 'tab-context:';

/** Reads a value from storage as a tab context; anything else reads as none. */
export function parseTabContext(value: unknown): TabContext | null {
  const parsed = tabContextSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

const items = new Map<number, StorageItem<TabContext | null>>();

/** The storage item holding one tab's context. */
export function tabContextItem(tabId: number): StorageItem<TabContext | null> {
  let item = items.get(tabId);
  if (!item) {
    item = defineItem<TabContext | null>({
      area: 'session',
      key: `${KEY_PREFIX}${tabId}`,
      fallback: () => null,
      parse: (raw) => {
        const context = parseTabContext(raw);
        return { value: context, complete: context !== null };
      },
    });
    items.set(tabId, item);
  }
  return item;
}

export async function readTabContext(tabId: number): Promise<TabContext | null> {
  return (await tabContextItem(tabId).read()).value;
}

/** Throws a refused write, so background callers log it; their work is retried by the next report. */
function ensure<T>(result: { ok: true; value: T } | { ok: false; message: unknown }): T {
  if (!result.ok) throw new Error(`Sidecoach could not keep this tab's context: ${JSON.stringify(result.message)}`);
  return result.value;
}

/**
 * The context of the page a tab shows, detected from its address. What was read on the same page
 * before is kept (a page may report itself again); another page starts afresh. Null when the page
 * is not on a supported platform.
 */
function contextFor(
  previous: TabContext | null,
  snapshot: PageSnapshot,
  settings: ReadingSettings,
  now: number,
): TabContext | null {
  const url = pageAddress(snapshot.url);
  const detected = url === null ? null : detectContext({ ...snapshot, url });
  if (url === null || !detected?.platform) return null;
  const paused = settings.pausedPlatforms.includes(detected.platform);
  const title = snapshot.title?.slice(0, MAX_TAB_TITLE);
  const samePage = previous?.url === url && !paused;
  return {
    url,
    ...(title !== undefined && { title }),
    ...detected,
    ...(samePage && { metrics: previous.metrics, dateRange: previous.dateRange }),
    ...(paused && { metrics: [], dateRange: null }),
    labels: samePage ? previous.labels : [],
    sample: false,
    values: samePage ? previous.values : [],
    locale: samePage ? previous.locale : 'en',
    paused,
    scan: samePage ? previous.scan : null,
    updatedAt: now,
  };
}

/** Stores a new context in one locked step, or forgets the tab when there is none. */
async function store(tabId: number, next: (previous: TabContext | null) => TabContext | null | 'keep') {
  return ensure(
    await tabContextItem(tabId).write((previous) => {
      const value = next(previous);
      if (value === 'keep') return null;
      return value ?? CLEAR;
    }),
  );
}

/**
 * Detects and stores the context of the page a tab shows (its content script reported it).
 * Returns it, or null (and forgets the tab) when the page is not on a supported platform.
 */
export function recordPage(
  tabId: number,
  snapshot: PageSnapshot,
  settings: ReadingSettings = readEverything,
  now = Date.now(),
): Promise<TabContext | null> {
  return store(tabId, (previous) => contextFor(previous, snapshot, settings, now));
}

/** What the content script should read on this page: nothing when paused or on inboxes and composers. */
export function planFor(context: TabContext | null, settings: ReadingSettings): ScanPlan {
  if (!context?.platform || context.paused || !context.kind || !scannableKinds.has(context.kind)) return noScan;
  return { scan: true, labels: labelsFor(context.platform), hints: settings.hints };
}

/** A locale tag the number reader understands, or null for anything else a page may claim. */
function localeOf(tag: string): string | null {
  return /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/.test(tag) ? tag : null;
}

/** The values shown beside this platform's labels, read as numbers in the page's language. */
function readValues(platform: string, shown: readonly ShownValue[], locale: string): TabValue[] {
  return shown.flatMap(({ label, where, text, change }) => {
    const [metric] = metricsForLabels(platform, [label]);
    if (!metric || text.trim() === '') return [];
    return [
      {
        metric,
        label,
        where,
        text: text.trim(),
        value: parseMetricValue(text, locale),
        changeText: change?.trim() || null,
        change: change ? parseChange(change, locale) : null,
      },
    ];
  });
}

/**
 * Stores what a scan of the tab's page found. Ignored when the tab has since moved to another
 * page, when reading is paused, or when the page is not one the plan allowed reading; labels
 * (and their values) that are not this platform's are dropped, so nothing else a page says is
 * kept. Numbers are read in the page's language, or `fallbackLocale` (the browser's) when the
 * page names none.
 */
export function recordLabels(
  tabId: number,
  report: LabelsReport,
  now = Date.now(),
  fallbackLocale = 'en',
): Promise<TabContext | null> {
  const url = pageAddress(report.url);
  return store(tabId, (context) => {
    if (!context?.platform || context.url !== url) return 'keep';
    if (planFor(context, readEverything).scan === false) return 'keep';
    const allowed = new Set(labelsFor(context.platform));
    const labels = [...new Set(report.labels.filter((label) => allowed.has(label)))];
    const locale = localeOf(report.lang) ?? localeOf(fallbackLocale) ?? 'en';
    const shown = report.values.filter((value) => allowed.has(value.label));
    return {
      ...context,
      labels,
      metrics: metricsForLabels(context.platform, labels),
      values: readValues(context.platform, shown, locale),
      locale,
      dateRange: report.dateRange,
      scan: report.scan,
      updatedAt: now,
    };
  });
}

/**
 * Follows a tab that navigated, as the browser reports it. `url` is undefined when the
 * extension may not see it, which means the tab left the supported platforms. A context the
 * content script already reported for this very page is kept: it knows more than the URL.
 */
export function followTab(
  tabId: number,
  url: string | undefined,
  title?: string,
  settings: ReadingSettings = readEverything,
  now = Date.now(),
): Promise<TabContext | null> {
  return store(tabId, (previous) => {
    if (!url) return null;
    if (previous !== null && previous.url === pageAddress(url)) return 'keep';
    return contextFor(previous, { url, title }, settings, now);
  });
}

/** Stores a context known in advance (the extension's sample dashboard), replacing what was there. */
export function recordContext(tabId: number, context: TabContext): Promise<TabContext | null> {
  return store(tabId, () => context);
}

export async function forgetTab(tabId: number): Promise<void> {
  ensure(await tabContextItem(tabId).clear());
  items.delete(tabId);
}

/** Every tab with a context, for updating them all when settings change. */
export async function allTabContexts(): Promise<Map<number, TabContext>> {
  const snapshot: Record<string, unknown> = await browser.storage.session.get(null);
  const contexts = new Map<number, TabContext>();
  for (const [name, value] of Object.entries(snapshot)) {
    const match = /^tab-context:(\d+)$/.exec(name);
    const context = match ? parseTabContext(value) : null;
    if (match && context) contexts.set(Number(match[1]), context);
  }
  return contexts;
}

/** Calls back with the tab's context whenever it changes. Returns the unwatch function. */
export function watchTabContext(tabId: number, callback: (context: TabContext | null) => void): () => void {
  return tabContextItem(tabId).watch((read) => callback(read.value));
}
