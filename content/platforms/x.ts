// X on x.com: account and post analytics, messages and notifications, the composer and its
// drafts and scheduled posts, the timeline and a post, and profiles. Profile URLs are
// /<handle>, so X's own top-level paths are kept out of the profile rule. X Ads (ads.x.com) is
// not one of Sidecoach's hosts.
import { platformHosts } from '../hosts';
import type { Platform } from '../schema';

export const x: Platform = {
  id: 'x',
  name: { en: 'X', id: 'X' },
  /** Where a leader finds this platform's analytics (the first-run links go here). */
  start: 'https://x.com/i/account_analytics',
  hosts: [...platformHosts.x],
  surfaces: [
    {
      id: 'analytics',
      kind: 'analytics',
      name: { en: 'Analytics', id: 'Analytics' },
      summary: {
        en: 'Account or post analytics: impressions, engagements, profile visits and follows.',
        id: 'Analytics akun atau postingan: impresi, engagement, kunjungan profil, dan pengikut baru.',
      },
      rules: [{ path: /^\/i\/account_analytics(?:\/|$)/ }, { path: /^\/[a-z0-9_]{1,15}\/status\/\d+\/analytics\/?$/i }],
      examples: [
        'https://x.com/i/account_analytics',
        'https://x.com/i/account_analytics/content?type=posts&sort=date&dir=desc&days=30',
        'https://x.com/example_brand/status/1234567890123456789/analytics',
      ],
    },
    {
      id: 'messages',
      kind: 'inbox',
      name: { en: 'Messages and notifications', id: 'Pesan dan notifikasi' },
      summary: {
        en: 'Direct messages, mentions and notifications: where replies and questions arrive.',
        id: 'Pesan langsung, mention, dan notifikasi: tempat balasan dan pertanyaan masuk.',
      },
      rules: [{ path: /^\/(?:messages|notifications)(?:\/|$)/ }, { path: /^\/i\/chat(?:\/|$)/ }],
      examples: [
        'https://x.com/messages',
        'https://x.com/notifications/mentions',
        'https://x.com/i/chat/1234567890-9876543210',
      ],
    },
    {
      id: 'compose',
      kind: 'publishing',
      name: { en: 'Composer, drafts and scheduled posts', id: 'Tulis postingan, draf, dan jadwal' },
      summary: {
        en: 'Where a post is written, saved as a draft or scheduled for later.',
        id: 'Tempat postingan ditulis, disimpan sebagai draf, atau dijadwalkan untuk nanti.',
      },
      rules: [{ path: /^\/compose\/(?:post|tweet|articles)(?:\/|$)/ }],
      examples: [
        'https://x.com/compose/post',
        'https://x.com/compose/post/unsent/drafts',
        'https://x.com/compose/post/unsent/scheduled',
      ],
    },
    {
      id: 'timeline',
      kind: 'feed',
      name: { en: 'Timeline and posts', id: 'Timeline dan postingan' },
      summary: {
        en: 'The home timeline, Explore, search or a single post with its replies.',
        id: 'Timeline beranda, Explore, pencarian, atau satu postingan beserta balasannya.',
      },
      rules: [
        { path: /^\/(?:home|explore|search)(?:\/|$)/ },
        { path: /^\/hashtag\/[^/]+\/?$/ },
        { path: /^\/[a-z0-9_]{1,15}\/status\/\d+(?:\/|$)/i },
      ],
      examples: [
        'https://x.com/home',
        'https://x.com/explore/tabs/for-you',
        'https://x.com/search?q=example&src=typed_query',
        'https://x.com/example_brand/status/1234567890123456789',
      ],
    },
    {
      id: 'profile',
      kind: 'profile',
      name: { en: 'Profile', id: 'Profil' },
      summary: {
        en: 'An account as visitors see it: its bio, posts, replies and media.',
        id: 'Akun seperti yang dilihat pengunjung: bio, postingan, balasan, dan media.',
      },
      rules: [
        {
          // A handle (letters, digits and underscores, at most 15), never one of X's own
          // top-level paths, alone or with one of the profile's tabs.
          path: /^\/(?!(?:home|explore|search|notifications|messages|settings|i|compose|login|logout|signup|tos|privacy|jobs|hashtag|intent|share|account|download|about|who_to_follow|bookmarks|lists|communities|premium|verified|help|rules)(?:\/|$))[a-z0-9_]{1,15}\/?(?:(?:with_replies|media|likes|highlights|articles|followers|following|verified_followers|superfollows)\/?)?$/i,
        },
      ],
      examples: [
        'https://x.com/example_brand',
        'https://x.com/example_brand/with_replies',
        'https://x.com/ExampleBrand/media',
      ],
    },
  ],
};
