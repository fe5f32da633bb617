// The context of each tab (platform, surface, metrics and what the page showed), kept in
// session storage: it survives a service-worker restart, is gone when the browser closes, and
// content scripts cannot read it.
import { storage } from 'wxt/utils/storage';
import { detectContext, labelsFor, metricsForLabels, scannableKinds, type PageSnapshot } from '../lib/context';
import type { LabelsReport, ScanPlan } from '../lib/messages';
import { noScan } from '../lib/messages';
import { z } from '../lib/zod';
import type { Settings } from './settings';

export const tabContextSchema = z.object({
  url: z.string(),
  title: z.string().optional(),
  platform: z.string().nullable(),
  surface: z.string().nullable(),
  kind: z.enum(['feed', 'profile', 'inbox', 'publishing', 'ads', 'analytics']).nullable().default(null),
  account: z.string().nullable().default(null),
  dateRange: z.string().nullable().default(null),
  metrics: z.array(z.string()),
  /** Exactly the labels the content script reported from the page: what Sidecoach read. */
  labels: z.array(z.string()).default([]),
  /** The leader paused Sidecoach on this platform: nothing is read. */
  paused: z.boolean().default(false),
  /** The last scan of the page: text nodes looked at, main-thread time, idle slices used. */
  scan: z.object({ nodes: z.number(), ms: z.number(), slices: z.number() }).nullable().default(null),
  updatedAt: z.number(),
});
export type TabContext = z.infer<typeof tabContextSchema>;

/** The settings that decide what is read on a page. */
export type ReadingSettings = Pick<Settings, 'pausedPlatforms' | 'hints'>;

const readEverything: ReadingSettings = { pausedPlatforms: [], hints: false };

function key(tabId: number) {
  return `session:tab-context:${tabId}` as const;
}

/** Reads a value from storage as a tab context; anything else reads as none. */
export function parseTabContext(value: unknown): TabContext | null {
  const parsed = tabContextSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

export async function readTabContext(tabId: number): Promise<TabContext | null> {
  return parseTabContext(await storage.getItem(key(tabId)));
}

/**
 * Detects and stores the context of the page a tab shows, as a fresh page: what was read on the
 * previous one is dropped. Returns it, or null (and forgets the tab) when the page is not on a
 * supported platform.
 */
export async function recordPage(
  tabId: number,
  snapshot: PageSnapshot,
  settings: ReadingSettings = readEverything,
  now = Date.now(),
): Promise<TabContext | null> {
  const detected = detectContext(snapshot);
  if (!detected.platform) {
    await forgetTab(tabId);
    return null;
  }
  const paused = settings.pausedPlatforms.includes(detected.platform);
  const context: TabContext = {
    url: snapshot.url,
    title: snapshot.title,
    ...detected,
    ...(paused && { metrics: [], dateRange: null }),
    labels: [],
    paused,
    scan: null,
    updatedAt: now,
  };
  await storage.setItem(key(tabId), context);
  return context;
}

/** What the content script should read on this page: nothing when paused or on inboxes and composers. */
export function planFor(context: TabContext | null, settings: ReadingSettings): ScanPlan {
  if (!context?.platform || context.paused || !context.kind || !scannableKinds.has(context.kind)) return noScan;
  return { scan: true, labels: labelsFor(context.platform), hints: settings.hints };
}

/**
 * Stores what a scan of the tab's page found. Ignored when the tab has since moved to another
 * page, when reading is paused, or when the page is not one the plan allowed reading; labels
 * that are not this platform's are dropped, so nothing else a page says is kept.
 */
export async function recordLabels(tabId: number, report: LabelsReport, now = Date.now()): Promise<TabContext | null> {
  const context = await readTabContext(tabId);
  if (!context?.platform || context.url !== report.url) return context;
  if (planFor(context, readEverything).scan === false) return context;
  const allowed = new Set(labelsFor(context.platform));
  const labels = [...new Set(report.labels.filter((label) => allowed.has(label)))];
  const next: TabContext = {
    ...context,
    labels,
    metrics: metricsForLabels(context.platform, labels),
    dateRange: report.dateRange,
    scan: report.scan,
    updatedAt: now,
  };
  await storage.setItem(key(tabId), next);
  return next;
}

/**
 * Follows a tab that navigated, as the browser reports it. `url` is undefined when the
 * extension may not see it, which means the tab left the supported platforms. A context the
 * content script already reported for this very URL is kept: it knows more than the URL.
 */
export async function followTab(
  tabId: number,
  url: string | undefined,
  title?: string,
  settings: ReadingSettings = readEverything,
): Promise<TabContext | null> {
  if (!url) {
    await forgetTab(tabId);
    return null;
  }
  const known = await readTabContext(tabId);
  if (known?.url === url) return known;
  return recordPage(tabId, { url, title }, settings);
}

export async function forgetTab(tabId: number): Promise<void> {
  await storage.removeItem(key(tabId));
}

/** Every tab with a context, for updating them all when settings change. */
export async function allTabContexts(): Promise<Map<number, TabContext>> {
  const snapshot = await storage.snapshot('session');
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
  return storage.watch(key(tabId), (value) => callback(parseTabContext(value)));
}
