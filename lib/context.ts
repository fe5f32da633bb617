// Context detection: which platform, which surface and which metrics a page shows, decided
// from its URL and a snapshot of its visible labels. Pure: no DOM, no browser APIs.
import { library, type Platform, type Surface } from '../content';
import type { UrlRule } from '../content/schema';

export interface PageSnapshot {
  url: string;
  title?: string;
  /** Short visible labels from the page (headings, metric names), as the content script saw them. */
  texts?: readonly string[];
}

export interface DetectedContext {
  platform: string | null;
  surface: string | null;
  metrics: string[];
}

const none: DetectedContext = { platform: null, surface: null, metrics: [] };

/** Lower-cases, folds Unicode forms and runs of white space, so labels compare as a person reads them. */
export function normalizeLabel(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

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
export function findPlatform(host: string, platforms: readonly Platform[] = library.platforms): Platform | null {
  return platforms.find((platform) => platform.hosts.includes(host)) ?? null;
}

function ruleMatches(rule: UrlRule, host: string, url: URL): boolean {
  if (rule.hosts && !rule.hosts.includes(host)) return false;
  if (rule.path && !rule.path.test(url.pathname)) return false;
  if (rule.hash && !rule.hash.test(url.hash.replace(/^#/, ''))) return false;
  return true;
}

function findSurface(platform: Platform, host: string, url: URL): Surface | null {
  return platform.surfaces.find((surface) => surface.rules.some((rule) => ruleMatches(rule, host, url))) ?? null;
}

const wordCharacter = String.raw`[\p{L}\p{N}]`;

/** A pattern that finds the label as whole words in normalised text. */
export function labelPattern(label: string): RegExp {
  const escaped = normalizeLabel(label).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<!${wordCharacter})${escaped}(?!${wordCharacter})`, 'u');
}

const patternsByPlatform = new Map<string, { metric: string; pattern: RegExp }[]>();

/** The library's label patterns for one platform, built on first use. */
function metricPatterns(platformId: string) {
  let patterns = patternsByPlatform.get(platformId);
  if (!patterns) {
    patterns = library.metrics.flatMap((metric) =>
      (metric.labels[platformId] ?? []).map((label) => ({ metric: metric.id, pattern: labelPattern(label) })),
    );
    patternsByPlatform.set(platformId, patterns);
  }
  return patterns;
}

/** Metric ids whose labels appear as whole words in the texts, in the library's order. */
export function findMetrics(platformId: string, texts: readonly string[]): string[] {
  if (texts.length === 0) return [];
  const normalized = texts.map(normalizeLabel);
  const found = new Set<string>();
  for (const { metric, pattern } of metricPatterns(platformId)) {
    if (!found.has(metric) && normalized.some((text) => pattern.test(text))) found.add(metric);
  }
  return library.metrics.map((metric) => metric.id).filter((id) => found.has(id));
}

/**
 * Decides the platform, surface and metrics of a page. Unknown or look-alike hosts give
 * `{ platform: null, surface: null, metrics: [] }`; a known host on an unrecognised page gives
 * the platform with a null surface.
 */
export function detectContext(snapshot: PageSnapshot): DetectedContext {
  const url = parseUrl(snapshot.url);
  if (!url) return none;
  const host = hostOf(url);
  const platform = findPlatform(host);
  if (!platform) return none;
  const surface = findSurface(platform, host, url);
  return {
    platform: platform.id,
    surface: surface?.id ?? null,
    metrics: findMetrics(platform.id, snapshot.texts ?? []),
  };
}
