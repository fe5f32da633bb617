import { describe, expect, it } from 'vitest';
import { detectContext } from '../../lib/context';
import { library } from '../index';

const noContext = { platform: null, surface: null, kind: null, account: null, dateRange: null, metrics: [] };

const examples = library.platforms.flatMap((platform) =>
  platform.surfaces.flatMap((surface) =>
    surface.examples.map((url) => ({ url, platform: platform.id, surface: surface.id })),
  ),
);

function surfaceOf(url: string) {
  return detectContext({ url });
}

describe('platform surfaces', () => {
  it('covers every platform with at least three surfaces, one of them analytics', () => {
    expect(library.platforms).toHaveLength(13);
    for (const platform of library.platforms) {
      expect(platform.surfaces.length, platform.id).toBeGreaterThanOrEqual(3);
      expect(
        platform.surfaces.some((surface) => surface.kind === 'analytics'),
        `${platform.id} has an analytics surface`,
      ).toBe(true);
    }
  });

  it('gives each surface unique, kebab-case ids and at least two examples', () => {
    for (const platform of library.platforms) {
      const ids = platform.surfaces.map((surface) => surface.id);
      expect(new Set(ids).size, platform.id).toBe(ids.length);
      for (const surface of platform.surfaces) {
        expect(surface.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
        expect(surface.examples.length, `${platform.id}/${surface.id}`).toBeGreaterThanOrEqual(2);
      }
    }
  });

  it('covers the kinds each platform really has', () => {
    const kinds = (id: string) => new Set(library.platforms.find((p) => p.id === id)?.surfaces.map((s) => s.kind));
    for (const id of ['facebook', 'instagram', 'x', 'tiktok', 'pinterest']) {
      for (const kind of ['feed', 'profile', 'inbox', 'publishing', 'analytics']) {
        expect(kinds(id).has(kind as never), `${id} has ${kind}`).toBe(true);
      }
    }
    for (const kind of ['inbox', 'publishing', 'ads', 'analytics']) {
      expect(kinds('meta-business-suite').has(kind as never), `meta-business-suite has ${kind}`).toBe(true);
    }
    expect([...kinds('meta-ads-manager')].sort()).toEqual(['ads', 'analytics']);
    expect([...kinds('google-analytics')]).toEqual(['analytics']);
  });

  it('uses no real-looking people: example handles are fictional', () => {
    for (const { url } of examples) {
      const handle = /\/@([^/?#]+)/.exec(url)?.[1];
      if (handle) expect(handle.toLowerCase(), url).toMatch(/example/);
    }
  });
});

describe('every example URL is its own platform and surface, and no other', () => {
  it.each(examples)('$url is $platform / $surface', ({ url, platform, surface }) => {
    expect(detectContext({ url })).toMatchObject({ platform, surface, metrics: [] });
  });
});

describe('reserved paths never fall into the profile surface', () => {
  const reserved: Record<string, string[]> = {
    facebook: [
      'https://www.facebook.com/marketplace/',
      'https://www.facebook.com/groups/1234567890/',
      'https://www.facebook.com/groups/',
      'https://www.facebook.com/settings',
      'https://www.facebook.com/bookmarks',
      'https://www.facebook.com/search/top?q=example',
      'https://www.facebook.com/gaming',
      'https://www.facebook.com/events/1234567890',
      'https://www.facebook.com/friends',
      'https://www.facebook.com/professional_dashboard/monetization/',
      'https://www.facebook.com/login.php',
      'https://www.facebook.com/stories/1234567890/',
      'https://www.facebook.com/hashtag/example',
    ],
    instagram: [
      'https://www.instagram.com/explore/',
      'https://www.instagram.com/reels/',
      'https://www.instagram.com/direct/inbox/',
      'https://www.instagram.com/accounts/edit/',
      'https://www.instagram.com/accounts/',
      'https://www.instagram.com/p/C1a2B3c4D5e/',
      'https://www.instagram.com/stories/example.brand/1234567890/',
      'https://www.instagram.com/about/',
      'https://www.instagram.com/web/lite/',
      'https://www.instagram.com/create/select/',
      'https://www.instagram.com/professional_dashboard/',
      'https://www.instagram.com/your_activity/',
    ],
    x: [
      'https://x.com/home',
      'https://x.com/explore',
      'https://x.com/messages',
      'https://x.com/notifications',
      'https://x.com/settings',
      'https://x.com/settings/account',
      'https://x.com/i/bookmarks',
      'https://x.com/i/flow/login',
      'https://x.com/i',
      'https://x.com/compose/post',
      'https://x.com/search',
      'https://x.com/login',
      'https://x.com/tos',
      'https://x.com/privacy',
      'https://x.com/jobs',
      'https://x.com/HOME',
      'https://x.com/Settings',
    ],
    pinterest: [
      'https://www.pinterest.com/business/hub/',
      'https://www.pinterest.com/settings/',
      'https://www.pinterest.com/today/',
      'https://www.pinterest.com/ideas/',
      'https://www.pinterest.com/search/pins/?q=example',
      'https://www.pinterest.com/pin/1234567890/',
      'https://www.pinterest.com/notifications/',
      'https://www.pinterest.com/messages/',
      'https://www.pinterest.com/pin-creation-tool/',
      'https://www.pinterest.com/reports-and-violations/',
      'https://id.pinterest.com/business/catalogs/',
      'https://www.pinterest.com/_/_/about/',
    ],
    threads: [
      'https://www.threads.com/insights',
      'https://www.threads.com/activity',
      'https://www.threads.com/search',
      'https://www.threads.com/settings',
      'https://www.threads.com/liked',
    ],
    tiktok: [
      'https://www.tiktok.com/foryou',
      'https://www.tiktok.com/explore',
      'https://www.tiktok.com/messages',
      'https://www.tiktok.com/tiktokstudio',
      'https://www.tiktok.com/upload',
      'https://www.tiktok.com/live',
      'https://www.tiktok.com/setting',
    ],
  };

  for (const [platform, urls] of Object.entries(reserved)) {
    it.each(urls)(`%s is ${platform} but not its profile`, (url) => {
      const context = surfaceOf(url);
      expect(context.platform).toBe(platform);
      expect(context.surface).not.toBe('profile');
    });
  }

  it('has no surface for pages that are none of the kinds', () => {
    for (const url of [
      'https://www.facebook.com/marketplace/',
      'https://www.facebook.com/settings',
      'https://www.instagram.com/accounts/edit/',
      'https://x.com/settings/account',
      'https://x.com/i/bookmarks',
      'https://www.pinterest.com/settings/',
      'https://business.facebook.com/latest/settings/business_users?business_id=9876543210',
      'https://analytics.google.com/analytics/web/#/a12345678p123456789/admin',
      'https://analytics.google.com/analytics/web/#/p123456789/admin/streams/table/',
      'https://hootsuite.com/',
      'https://hootsuite.com/plans',
      'https://hootsuite.com/dashboard',
      'https://app.sproutsocial.com/settings/billing',
    ]) {
      expect(surfaceOf(url).surface, url).toBeNull();
    }
  });
});

describe('first match wins: specific surfaces before general ones', () => {
  it.each([
    ['https://www.facebook.com/example.brand/insights/', 'facebook', 'insights'],
    ['https://www.facebook.com/example.brand/videos/', 'facebook', 'profile'],
    ['https://www.facebook.com/example.brand/videos/1234567890', 'facebook', 'feed'],
    ['https://www.instagram.com/example.brand/p/C1a2B3c4D5e/', 'instagram', 'feed'],
    ['https://www.instagram.com/reels/C1a2B3c4D5e/', 'instagram', 'feed'],
    ['https://x.com/example_brand/status/1234567890123456789/analytics', 'x', 'analytics'],
    ['https://x.com/example_brand/status/1234567890123456789/photo/1', 'x', 'timeline'],
    ['https://www.threads.com/@example.brand/post/C1a2B3c4D5e', 'threads', 'feed'],
    ['https://www.tiktok.com/@example.brand/video/7312345678901234567', 'tiktok', 'feed'],
    ['https://business.facebook.com/adsmanager/reporting/view?act=1234567890', 'meta-business-suite', 'ads-reporting'],
    ['https://business.facebook.com/adsmanager/manage/ads?act=1234567890', 'meta-business-suite', 'ads'],
    ['https://adsmanager.facebook.com/adsmanager/reporting/view?act=1234567890', 'meta-ads-manager', 'reporting'],
    ['https://analytics.google.com/analytics/web/#/p123456789/reports/intelligenthome', 'google-analytics', 'home'],
    ['https://analytics.google.com/analytics/web/#/p123456789/reports/reportinghub', 'google-analytics', 'reports'],
    [
      'https://analytics.google.com/analytics/web/#/analysis/p123456789/edit/AbCdEf',
      'google-analytics',
      'explorations',
    ],
  ])('%s is %s / %s', (url, platform, surface) => {
    expect(surfaceOf(url)).toMatchObject({ platform, surface });
  });

  it('reads GA4 and Hootsuite routes from the fragment, on the app path only', () => {
    // The same fragment on another path is not the app.
    expect(surfaceOf('https://analytics.google.com/#/p123456789/reports/intelligenthome').surface).toBeNull();
    expect(surfaceOf('https://hootsuite.com/blog/#/analytics').surface).toBeNull();
    // A route named in the query, not the fragment, is not a route.
    expect(surfaceOf('https://hootsuite.com/dashboard?next=/analytics').surface).toBeNull();
    expect(surfaceOf('https://hootsuite.com/dashboard/#/planner').surface).toBe('planner');
  });

  it('keeps Pinterest analytics to its own host', () => {
    expect(surfaceOf('https://www.pinterest.com/overview/').surface).not.toBe('analytics');
    expect(surfaceOf('https://analytics.pinterest.com/').surface).toBe('analytics');
  });
});

describe('look-alike hosts never match', () => {
  it.each([
    'https://x.com.example.org/home',
    'https://notx.com/home',
    'https://www.x.com.evil.test/home',
    'https://business.facebook.com.evil.test/latest/insights/overview',
    'https://facebook.com.evil.test/professional_dashboard/',
    'https://notfacebook.com/messages',
    'https://adsmanager.facebook.com.example.org/adsmanager/manage/campaigns',
    'https://analytics.google.com@evil.test/analytics/web/#/p123456789/reports/intelligenthome',
    'https://analytics.google.com.evil.test/analytics/web/#/p123456789/reports/intelligenthome',
    'https://evil.test/analytics.google.com/analytics/web/#/p123456789/realtime/overview',
    'https://instagram.com.evil.test/accounts/insights/',
    'https://www-instagram.com/accounts/insights/',
    'https://threads.com.example.org/insights',
    'https://www.tiktok.com.evil.test/tiktokstudio/analytics',
    'https://faketiktok.com/tiktokstudio/analytics',
    'https://analytics.pinterest.com.evil.test/overview/',
    'https://app.sproutsocial.com.evil.test/reports/home/',
    'https://sproutsocial.com.evil.test/reports/home/',
    'https://hootsuite.com.evil.test/dashboard#/analytics',
    'https://nothootsuite.com/dashboard#/analytics',
    'https://evil.test/?next=https://x.com/i/account_analytics',
  ])('%s matches no platform', (url) => {
    expect(detectContext({ url })).toEqual(noContext);
  });
});

describe("each platform's start page", () => {
  it.each(library.platforms.map((platform) => [platform.id, platform.start] as const))(
    '%s starts at %s, one of its own pages',
    (id, url) => {
      expect(detectContext({ url }).platform).toBe(id);
    },
  );
});
