import { describe, expect, it } from 'vitest';
import { library } from '../content';
import { detectContext, findMetrics, pageAddress } from './context';
import { labelPattern } from './labels';
import { normalizeLabel } from './fold';

const noContext = { platform: null, surface: null, kind: null, account: null, dateRange: null, metrics: [] };

describe('detectContext: every example URL in the library', () => {
  const examples = library.platforms.flatMap((platform) =>
    platform.surfaces.flatMap((surface) =>
      surface.examples.map((url) => ({ url, platform: platform.id, surface: surface.id })),
    ),
  );

  it('has examples to check', () => {
    expect(examples.length).toBeGreaterThanOrEqual(20);
  });

  it.each(examples)('$url is $platform / $surface and nothing else', ({ url, platform, surface }) => {
    expect(detectContext({ url })).toMatchObject({ platform, surface, metrics: [] });
  });

  it.each(examples)('$url is detected the same from the part of it Sidecoach keeps', ({ url }) => {
    expect(detectContext({ url: pageAddress(url)! })).toEqual(detectContext({ url }));
  });
});

describe('pageAddress', () => {
  it('keeps the path and the account parameters, never other query text or fragments', () => {
    expect(pageAddress('https://www.linkedin.com/search/results/all/?keywords=our%20layoffs&origin=GLOBAL')).toBe(
      'https://www.linkedin.com/search/results/all/',
    );
    expect(pageAddress('https://business.facebook.com/latest/insights/results?asset_id=42&q=private#top')).toBe(
      'https://business.facebook.com/latest/insights/results?asset_id=42',
    );
    expect(pageAddress('https://x.com/search?q=what%20I%20typed#anything')).toBe('https://x.com/search');
  });

  it('keeps only the route of an app that routes by fragment', () => {
    expect(pageAddress('https://analytics.google.com/analytics/web/#/p1/reports/explorer?params=typed%3Dtext')).toBe(
      'https://analytics.google.com/analytics/web/#/p1/reports/explorer',
    );
  });

  it('is null for addresses that are not web pages', () => {
    expect(pageAddress('javascript:alert(1)')).toBeNull();
    expect(pageAddress('not a url')).toBeNull();
  });
});

describe('detectContext: LinkedIn', () => {
  it.each([
    ['https://www.linkedin.com/feed/', 'feed'],
    ['https://linkedin.com/feed/', 'feed'],
    ['https://www.linkedin.com/company/104937/admin/analytics/updates/', 'page-analytics'],
    ['https://www.linkedin.com/company/104937/admin/analytics/updates/?timeRange=past_90_days#top', 'page-analytics'],
    ['https://www.linkedin.com/analytics/creator/content/', 'creator-analytics'],
    ['https://WWW.LINKEDIN.COM/feed/', 'feed'],
    ['https://www.linkedin.com./feed/', 'feed'],
  ])('%s is %s', (url, surface) => {
    expect(detectContext({ url })).toMatchObject({ platform: 'linkedin', surface });
  });

  it('knows LinkedIn on a page it has no surface for', () => {
    expect(detectContext({ url: 'https://www.linkedin.com/jobs/search/' })).toEqual({
      ...noContext,
      platform: 'linkedin',
    });
  });

  it('does not take a company Page for its admin analytics', () => {
    expect(detectContext({ url: 'https://www.linkedin.com/company/analytics/' }).surface).toBe('profile');
  });
});

describe('detectContext: YouTube Studio', () => {
  it('tells channel analytics from video analytics pages and from the public site', () => {
    expect(
      detectContext({ url: 'https://studio.youtube.com/video/abcdefghijk/analytics/tab-overview/period-default' }),
    ).toMatchObject({ platform: 'youtube', surface: 'studio-analytics' });
    // The same path on www.youtube.com is not Studio.
    expect(detectContext({ url: 'https://www.youtube.com/channel/UCabc/analytics' }).surface).toBe('channel');
    expect(detectContext({ url: 'https://studio.youtube.com./channel/UCabc/analytics' }).surface).toBe(
      'studio-analytics',
    );
  });
});

describe('detectContext: hosts that only look like a platform', () => {
  it.each([
    'https://linkedin.com.example.org/feed/',
    'https://notlinkedin.com/feed/',
    'https://www.notlinkedin.com/feed/',
    'https://www.linkedin.co/feed/',
    'https://linkedin.example.com/feed/',
    'https://www-linkedin.com/feed/',
    'https://evil.com/www.linkedin.com/feed/',
    'https://evil.com/?u=https://www.linkedin.com/feed/',
    'https://www.linkedin.com@evil.com/feed/',
    'https://studio.youtube.com.evil.net/channel/UCabc/analytics',
    'https://fakestudio.youtube.com/channel/UCabc/analytics',
    'https://youtube.com.br/',
  ])('%s matches no platform', (url) => {
    expect(detectContext({ url })).toEqual(noContext);
  });

  it.each(['', 'not a url', 'javascript:alert(1)', 'file:///www.linkedin.com/feed/', 'ftp://www.linkedin.com/feed/'])(
    '%j matches no platform',
    (url) => {
      expect(detectContext({ url })).toEqual(noContext);
    },
  );
});

describe('metric detection from visible labels', () => {
  const analytics = 'https://www.linkedin.com/company/104937/admin/analytics/updates/';

  it('finds labels whatever their case and spacing, in library order', () => {
    const texts = ['  REACTIONS ', 'Impressions', 'Engagement\n rate', 'Total followers'];
    expect(detectContext({ url: analytics, texts }).metrics).toEqual([
      'impressions',
      'engagement-rate',
      'reactions',
      'followers',
    ]);
  });

  it('matches whole words only', () => {
    expect(findMetrics('linkedin', ['Impressionsxyz', 'Subclicks', 'reactionsclub'])).toEqual([]);
    expect(findMetrics('linkedin', ['Impressions (organic)'])).toEqual(['impressions']);
  });

  it("uses only the platform's own labels", () => {
    expect(findMetrics('youtube', ['Reactions', 'Watch time (hours)'])).toEqual(['watch-time']);
    expect(detectContext({ url: 'https://notlinkedin.com/', texts: ['Impressions'] }).metrics).toEqual([]);
  });

  it('treats label text as text, not as a pattern', () => {
    expect(labelPattern('Watch time (hours)').test('watch time (hours)')).toBe(true);
    expect(labelPattern('Watch time (hours)').test('watch time hours')).toBe(false);
    expect(labelPattern('C.T.R.').test('cxtxrx')).toBe(false);
    expect(findMetrics('youtube', ['Watch tim'])).toEqual([]);
  });

  it('normalises labels as a person reads them', () => {
    expect(normalizeLabel('  Engagement\u00a0\n  Rate ')).toBe('engagement rate');
  });
});
