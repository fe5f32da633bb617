// Facebook on www.facebook.com, web.facebook.com and m.facebook.com: the professional dashboard
// (insights, comments manager, content), Ads Manager opened from facebook.com, messages and
// notifications, the feed and a post, and profiles or Pages. Business Suite and Ads Manager on
// their own hosts are separate platforms.
import { platformHosts } from '../hosts';
import type { Platform } from '../schema';

export const facebook: Platform = {
  id: 'facebook',
  name: { en: 'Facebook', id: 'Facebook' },
  /** Where a leader finds this platform's analytics (the first-run links go here). */
  start: 'https://www.facebook.com/professional_dashboard/insights/posts/',
  hosts: [...platformHosts.facebook],
  surfaces: [
    {
      id: 'insights',
      kind: 'analytics',
      name: { en: 'Professional dashboard insights', id: 'Insight dasbor profesional' },
      summary: {
        en: "The Page's insights: reach, views, engagement, followers and how each post did.",
        id: 'Insight Halaman: reach, tayangan, engagement, pengikut, dan performa tiap postingan.',
      },
      rules: [
        { path: /^\/(?:[^/]+\/)?professional_dashboard\/?$/ },
        { path: /^\/(?:[^/]+\/)?professional_dashboard\/(?:insights|profile_insights|overview)(?:\/|$)/ },
        { path: /^\/[^/]+\/insights\/?$/ },
      ],
      examples: [
        'https://www.facebook.com/professional_dashboard/insights/posts/',
        'https://www.facebook.com/professional_dashboard/profile_insights/audience',
        'https://web.facebook.com/100012345678901/professional_dashboard/insights/',
        'https://www.facebook.com/professional_dashboard/',
        'https://www.facebook.com/example.brand/insights/',
      ],
    },
    {
      id: 'comments-manager',
      kind: 'inbox',
      name: { en: 'Comments manager', id: 'Pengelola komentar' },
      summary: {
        en: "Where the team reads, answers and hides comments on the Page's posts.",
        id: 'Tempat tim membaca, membalas, dan menyembunyikan komentar di postingan Halaman.',
      },
      rules: [{ path: /^\/(?:[^/]+\/)?professional_dashboard\/engagement(?:\/|$)/ }],
      examples: [
        'https://www.facebook.com/professional_dashboard/engagement/comments_manager/',
        'https://web.facebook.com/professional_dashboard/engagement/comments_manager/?filter=recommended',
      ],
    },
    {
      id: 'content',
      kind: 'publishing',
      name: { en: 'Content and planner', id: 'Konten dan perencana' },
      summary: {
        en: 'The content library and calendar: published, scheduled and draft posts of the Page.',
        id: 'Pustaka konten dan kalender: postingan Halaman yang sudah terbit, terjadwal, dan masih draf.',
      },
      rules: [{ path: /^\/(?:[^/]+\/)?professional_dashboard\/(?:content|content_calendar|content_library)(?:\/|$)/ }],
      examples: [
        'https://www.facebook.com/professional_dashboard/content_calendar/',
        'https://www.facebook.com/professional_dashboard/content/content_library/',
      ],
    },
    {
      id: 'ads-manager',
      kind: 'ads',
      name: { en: 'Ads Manager', id: 'Ads Manager' },
      summary: {
        en: 'Paid campaigns opened from facebook.com: what is running, what it costs and what it brings.',
        id: 'Kampanye berbayar yang dibuka dari facebook.com: apa yang sedang jalan, biayanya, dan hasilnya.',
      },
      rules: [{ path: /^\/adsmanager(?:\/|$)/ }],
      examples: [
        'https://www.facebook.com/adsmanager/manage/campaigns?act=1234567890',
        'https://www.facebook.com/adsmanager/reporting/view?act=1234567890',
      ],
    },
    {
      id: 'messages',
      kind: 'inbox',
      name: { en: 'Messages and notifications', id: 'Pesan dan notifikasi' },
      summary: {
        en: 'Messenger conversations and notifications: where questions, replies and reactions arrive.',
        id: 'Percakapan Messenger dan notifikasi: tempat pertanyaan, balasan, dan reaksi masuk.',
      },
      rules: [{ path: /^\/(?:messages|notifications)(?:\/|$)/ }],
      examples: [
        'https://www.facebook.com/messages/t/1234567890',
        'https://www.facebook.com/notifications',
        'https://m.facebook.com/messages/',
      ],
    },
    {
      id: 'feed',
      kind: 'feed',
      name: { en: 'Feed', id: 'Beranda' },
      summary: {
        en: 'The home feed, a video or a single post, as people on Facebook see it.',
        id: 'Beranda, video, atau satu postingan, seperti yang dilihat orang di Facebook.',
      },
      rules: [
        { path: /^\/(?:home\.php)?$/ },
        { path: /^\/(?:watch|reel|reels)(?:\/|$)/ },
        { path: /^\/(?:permalink|story)\.php$/ },
        { path: /^\/[^/]+\/(?:posts|videos)\/[^/]+\/?$/ },
      ],
      examples: [
        'https://www.facebook.com/',
        'https://web.facebook.com/?sk=h_chr',
        'https://www.facebook.com/watch/?v=1234567890',
        'https://www.facebook.com/example.brand/posts/1234567890',
      ],
    },
    {
      id: 'profile',
      kind: 'profile',
      name: { en: 'Profile or Page', id: 'Profil atau Halaman' },
      summary: {
        en: 'A profile or a Page as visitors see it: its posts, photos, videos and About section.',
        id: 'Profil atau Halaman seperti yang dilihat pengunjung: postingan, foto, video, dan bagian Tentang.',
      },
      rules: [
        { path: /^\/profile\.php$/ },
        { path: /^\/people\/[^/]+\/\d+\/?$/ },
        {
          // A username or numeric id (letters, digits and dots, at least five), never one of
          // Facebook's own top-level paths, alone or with one of the profile's tabs.
          path: /^\/(?!(?:home\.php|profile\.php|watch|reels?|marketplace|groups|gaming|events|friends|messages|notifications|settings|bookmarks|saved|stories|photos?|photo\.php|permalink\.php|story\.php|pages|help|privacy|policies|legal|terms|login|login\.php|logout\.php|recover|checkpoint|search|hashtag|business|ads|adsmanager|memories|onthisday|fundraisers|games|sharer|sharer\.php|share|plugins|dialog|video\.php|videos|places|offers|lists|people|feeds|live|news|jobs|careers|latest|insights)(?:\/|$))[a-z0-9.]{5,}\/?(?:(?:about|about_[a-z_]+|posts|photos|photos_by|videos|reels|mentions|followers|following|friends|reviews|events|community|grid|map|likes)\/?)?$/i,
        },
      ],
      examples: [
        'https://www.facebook.com/example.brand',
        'https://www.facebook.com/example.brand/about',
        'https://www.facebook.com/profile.php?id=100012345678901',
        'https://m.facebook.com/example.brand/',
      ],
    },
  ],
};
