// Context detection: which platform, which surface and which metrics a page shows, decided
// from its URL and a snapshot of its visible labels. Pure: no DOM, no browser APIs.
import { detection } from '../content/detection';
import type { Platform, Surface, SurfaceKind, UrlRule } from '../content/schema';
import { findDateRange } from './date-range';
import { createLabelIndex, type LabelIndex } from './labels';

export interface PageSnapshot {
  url: string;
  title?: string;
  /** Short visible labels from the page (headings, metric names), as the content script saw them. */
  texts?: readonly string[];
}

export interface DetectedContext {
  platform: string | null;
  surface: string | null;
  kind: SurfaceKind | null;
  /** The account, Page, channel or property the URL names, when it names one. */
  account: string | null;
  /** The date range the page shows, when one of its texts is a date range. */
  dateRange: string | null;
  metrics: string[];
}

const none: DetectedContext = {
  platform: null,
  surface: null,
  kind: null,
  account: null,
  dateRange: null,
  metrics: [],
};

/** The kinds of surface whose labels are worth reading: never inboxes or composers. */
export const scannableKinds: ReadonlySet<SurfaceKind> = new Set(['analytics', 'profile', 'feed', 'ads']);

function parseUrl(url: string): URL | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed : null;
  } catch {
    return null;
  }
}

/** A URL's host as platforms list it: lower case, without the trailing dot of a fully qualified name. */
function hostOf(url: URL): string {
  return url.hostname.toLowerCase().replace(/\.$/, '');
}

/** The platform whose host list holds this exact host. */
export function findPlatform(host: string, platforms: readonly Platform[] = detection.platforms): Platform | null {
  return platforms.find((platform) => platform.hosts.includes(host)) ?? null;
}

/** Whether the rule matches, and the account its pattern names (group `account`), if any. */
function matchRule(rule: UrlRule, host: string, url: URL): { account: string | null } | null {
  if (rule.hosts && !rule.hosts.includes(host)) return null;
  let account: string | null = null;
  if (rule.path) {
    const match = rule.path.exec(url.pathname);
    if (!match) return null;
    account = match.groups?.account ?? null;
  }
  if (rule.hash) {
    const match = rule.hash.exec(url.hash.replace(/^#/, ''));
    if (!match) return null;
    account = match.groups?.account ?? account;
  }
  return { account };
}

function findSurface(platform: Platform, host: string, url: URL): { surface: Surface; account: string | null } | null {
  for (const surface of platform.surfaces) {
    for (const rule of surface.rules) {
      const match = matchRule(rule, host, url);
      if (match) return { surface, account: match.account };
    }
  }
  return null;
}

/** Query parameters that name the account on apps that keep it out of the path. */
const accountParameters = ['asset_id', 'business_id', 'act', 'page_id'];

function accountFromQuery(url: URL): string | null {
  for (const name of accountParameters) {
    const value = url.searchParams.get(name);
    if (value && /^[\w.-]{1,64}$/.test(value)) return value;
  }
  return null;
}

let labelIndex: LabelIndex | undefined;
/** The index over the labels detection ships with, built on first use. */
const labels = () => (labelIndex ??= createLabelIndex(detection.metricLabels));

/** The labels the content script looks for on a platform's pages. */
export const labelsFor = (platformId: string): string[] => labels().labelsFor(platformId);

/** Metric ids for labels the content script found, which must be exact labels of this platform. */
export const metricsForLabels = (platformId: string, found: readonly string[]): string[] =>
  labels().metricsForLabels(platformId, found);

/** Metric ids whose labels appear as whole words in the texts, in the library's order. */
export const findMetrics = (platformId: string, texts: readonly string[]): string[] =>
  labels().findMetrics(platformId, texts);

/** Query parameters kept in a page's address: those that name the account, never search text. */
const keptParameters = new Set(accountParameters);

/**
 * The part of a page's address Sidecoach keeps: the origin and path, the query parameters that
 * name the account, and, on apps that route by fragment, the fragment's own path. Never the rest
 * of the query or fragment, where sites copy what a person typed (a search, a filter). Null for an
 * address that is not a web page.
 */
export function pageAddress(url: string): string | null {
  const parsed = parseUrl(url);
  if (!parsed) return null;
  const kept = new URLSearchParams();
  for (const [name, value] of parsed.searchParams) if (keptParameters.has(name)) kept.append(name, value);
  const query = kept.size > 0 ? `?${kept}` : '';
  const platform = findPlatform(hostOf(parsed));
  const routesByFragment = platform?.surfaces.some((surface) => surface.rules.some((rule) => rule.hash)) ?? false;
  const fragment = routesByFragment && parsed.hash.length > 1 ? `#${parsed.hash.slice(1).split('?')[0]}` : '';
  return `${parsed.origin}${parsed.pathname}${query}${fragment}`.slice(0, 4096);
}

/**
 * Decides the platform, surface, account, date range and metrics of a page. Unknown or
 * look-alike hosts give no platform; a known host on an unrecognised page gives the platform
 * with a null surface.
 */
export function detectContext(snapshot: PageSnapshot): DetectedContext {
  const url = parseUrl(snapshot.url);
  if (!url) return none;
  const host = hostOf(url);
  const platform = findPlatform(host);
  if (!platform) return none;
  const found = findSurface(platform, host, url);
  const texts = snapshot.texts ?? [];
  let dateRange: string | null = null;
  for (const text of texts) {
    dateRange = findDateRange(text);
    if (dateRange) break;
  }
  return {
    platform: platform.id,
    surface: found?.surface.id ?? null,
    kind: found?.surface.kind ?? null,
    account: found ? (found.account ?? accountFromQuery(url)) : null,
    dateRange,
    metrics: findMetrics(platform.id, texts),
  };
}
