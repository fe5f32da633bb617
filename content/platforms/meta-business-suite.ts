// Meta Business Suite on business.facebook.com: one place for a Facebook Page and its linked
// Instagram account. Pages live under /latest/..., with the asset (Page) in `asset_id`; Ads
// Manager also opens here under /adsmanager/... .
import { platformHosts } from '../hosts';
import type { Platform } from '../schema';

export const metaBusinessSuite: Platform = {
  id: 'meta-business-suite',
  name: { en: 'Meta Business Suite', id: 'Meta Business Suite' },
  /** Where a leader finds this platform's analytics (the first-run links go here). */
  start: 'https://business.facebook.com/latest/insights/overview',
  hosts: [...platformHosts['meta-business-suite']],
  surfaces: [
    {
      id: 'insights',
      kind: 'analytics',
      name: { en: 'Insights', id: 'Insight' },
      summary: {
        en: 'Facebook and Instagram results side by side: reach, views, engagement, followers and audience.',
        id: 'Hasil Facebook dan Instagram berdampingan: reach, tayangan, engagement, pengikut, dan audiens.',
      },
      rules: [{ path: /^\/latest\/insights(?:\/|$)/ }],
      examples: [
        'https://business.facebook.com/latest/insights/overview?asset_id=1234567890',
        'https://business.facebook.com/latest/insights/content?asset_id=1234567890&business_id=9876543210',
        'https://business.facebook.com/latest/insights/people?asset_id=1234567890&audience_tab=demographics',
      ],
    },
    {
      id: 'home',
      kind: 'analytics',
      name: { en: 'Home', id: 'Beranda' },
      summary: {
        en: 'The Business Suite home: recent posts, a short summary of results, and tasks waiting for the team.',
        id: 'Beranda Business Suite: postingan terbaru, ringkasan singkat hasil, dan tugas yang menunggu tim.',
      },
      rules: [{ path: /^\/latest\/?(?:home\/?)?$/ }],
      examples: [
        'https://business.facebook.com/latest/home?asset_id=1234567890',
        'https://business.facebook.com/latest/home?asset_id=1234567890&business_id=9876543210',
      ],
    },
    {
      id: 'inbox',
      kind: 'inbox',
      name: { en: 'Inbox', id: 'Kotak masuk' },
      summary: {
        en: 'Messages and comments from Facebook and Instagram in one list, where the team answers people.',
        id: 'Pesan dan komentar dari Facebook dan Instagram dalam satu daftar, tempat tim membalas orang.',
      },
      rules: [{ path: /^\/latest\/(?:inbox|notifications)(?:\/|$)/ }],
      examples: [
        'https://business.facebook.com/latest/inbox/all?asset_id=1234567890&mailbox_id=1234567890',
        'https://business.facebook.com/latest/inbox/instagram?asset_id=1234567890',
      ],
    },
    {
      id: 'content',
      kind: 'publishing',
      name: { en: 'Content, planner and composer', id: 'Konten, perencana, dan pembuat postingan' },
      summary: {
        en: 'Published, scheduled and draft posts, the planner calendar, and the composer for new posts.',
        id: 'Postingan yang sudah terbit, terjadwal, dan draf, kalender perencana, serta tempat membuat postingan baru.',
      },
      rules: [
        {
          path: /^\/latest\/(?:posts|content_calendar|planner|composer|reels_composer|story_composer|content_library)(?:\/|$)/,
        },
      ],
      examples: [
        'https://business.facebook.com/latest/posts/published_posts?asset_id=1234567890',
        'https://business.facebook.com/latest/content_calendar?asset_id=1234567890&business_id=9876543210',
        'https://business.facebook.com/latest/composer/?asset_id=1234567890',
      ],
    },
    {
      id: 'ads-reporting',
      kind: 'analytics',
      name: { en: 'Ads reporting', id: 'Laporan iklan' },
      summary: {
        en: 'Ads Manager reports opened inside Business Suite: spend and results of paid campaigns.',
        id: 'Laporan Ads Manager yang dibuka di dalam Business Suite: biaya dan hasil kampanye berbayar.',
      },
      rules: [{ path: /^\/adsmanager\/reporting(?:\/|$)/ }],
      examples: [
        'https://business.facebook.com/adsmanager/reporting/view?act=1234567890&business_id=9876543210',
        'https://business.facebook.com/adsmanager/reporting/manage?act=1234567890',
      ],
    },
    {
      id: 'ads',
      kind: 'ads',
      name: { en: 'Ads', id: 'Iklan' },
      summary: {
        en: 'Boosted posts and paid campaigns: the Ad Center, or Ads Manager opened inside Business Suite.',
        id: 'Postingan yang di-boost dan kampanye berbayar: Pusat Iklan, atau Ads Manager yang dibuka di Business Suite.',
      },
      rules: [{ path: /^\/latest\/ad_center(?:\/|$)/ }, { path: /^\/adsmanager(?:\/|$)/ }],
      examples: [
        'https://business.facebook.com/latest/ad_center/all_ads?asset_id=1234567890',
        'https://business.facebook.com/adsmanager/manage/campaigns?act=1234567890&business_id=9876543210',
        'https://business.facebook.com/adsmanager/audiences?act=1234567890',
      ],
    },
  ],
};
