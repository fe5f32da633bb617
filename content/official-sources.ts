// The platforms' own web domains: every source the library cites must be on one of them (its tests
// check), so a definition always rests on what the platform itself published.

/** Domains of the platforms and tools, each also allowed with subdomains. */
export const officialDomains = [
  'linkedin.com',
  'facebook.com',
  'meta.com',
  'instagram.com',
  'threads.com',
  'threads.net',
  'x.com',
  'twitter.com',
  // X's developer forum, run by X; an answer there from X's staff quotes X's business help.
  'twittercommunity.com',
  'tiktok.com',
  'youtube.com',
  'google.com',
  'pinterest.com',
  'sproutsocial.com',
  'hootsuite.com',
] as const;

/** Whether a URL is https on a platform's own domain (LinkedIn's API docs live on Microsoft Learn). */
export function isOfficialSource(url: string): boolean {
  const { protocol, hostname, pathname } = new URL(url);
  if (protocol !== 'https:') return false;
  if (hostname === 'learn.microsoft.com') return /^\/[a-z-]+\/linkedin\//.test(pathname);
  return officialDomains.some((domain) => hostname === domain || hostname.endsWith(`.${domain}`));
}
