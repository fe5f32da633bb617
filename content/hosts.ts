// The exact hosts Sidecoach works on, per platform. Plain data with no imports, because the
// content script's `matches` come from here and it must stay tiny.

export const platformHosts = {
  linkedin: ['www.linkedin.com', 'linkedin.com'],
  facebook: ['www.facebook.com', 'web.facebook.com', 'm.facebook.com'],
  'meta-business-suite': ['business.facebook.com'],
  'meta-ads-manager': ['adsmanager.facebook.com'],
  instagram: ['www.instagram.com'],
  threads: ['www.threads.com', 'threads.com', 'www.threads.net', 'threads.net'],
  x: ['x.com'],
  tiktok: ['www.tiktok.com'],
  youtube: ['www.youtube.com', 'm.youtube.com', 'studio.youtube.com'],
  pinterest: ['www.pinterest.com', 'id.pinterest.com', 'analytics.pinterest.com'],
  'google-analytics': ['analytics.google.com'],
  'sprout-social': ['app.sproutsocial.com'],
  hootsuite: ['hootsuite.com'],
} as const satisfies Record<string, readonly string[]>;

export type PlatformId = keyof typeof platformHosts;

/** Match patterns for the content script: https only, one per host, never a wildcard host. */
export const contentScriptMatches: string[] = Object.values(platformHosts)
  .flat()
  .map((host) => `https://${host}/*`);
