// Threads on threads.com and threads.net: insights, activity and messages, the feed and a
// post, and profiles (always /@handle, so no top-level path can be mistaken for one).
import { platformHosts } from '../hosts';
import type { Platform } from '../schema';

export const threads: Platform = {
  id: 'threads',
  name: { en: 'Threads', id: 'Threads' },
  /** Where a leader finds this platform's analytics (the first-run links go here). */
  start: 'https://www.threads.com/insights',
  hosts: [...platformHosts.threads],
  surfaces: [
    {
      id: 'insights',
      kind: 'analytics',
      name: { en: 'Insights', id: 'Insight' },
      summary: {
        en: "The account's insights: views, interactions, followers and who the followers are.",
        id: 'Insight akun: tayangan, interaksi, pengikut, dan siapa saja pengikutnya.',
      },
      rules: [{ path: /^\/insights(?:\/|$)/ }],
      examples: [
        'https://www.threads.com/insights',
        'https://www.threads.com/insights/views?days=7',
        'https://www.threads.net/insights',
      ],
    },
    {
      id: 'activity',
      kind: 'inbox',
      name: { en: 'Activity and messages', id: 'Aktivitas dan pesan' },
      summary: {
        en: 'Replies, mentions, new followers and direct messages: where people talk back.',
        id: 'Balasan, mention, pengikut baru, dan pesan langsung: tempat orang menanggapi.',
      },
      rules: [{ path: /^\/(?:activity|messages)(?:\/|$)/ }],
      examples: [
        'https://www.threads.com/activity',
        'https://www.threads.com/activity/follows',
        'https://www.threads.com/messages',
      ],
    },
    {
      id: 'feed',
      kind: 'feed',
      name: { en: 'Feed and posts', id: 'Feed dan postingan' },
      summary: {
        en: 'The home feed, search or a single post with its replies, as people on Threads see them.',
        id: 'Feed beranda, pencarian, atau satu postingan beserta balasannya, seperti yang dilihat orang di Threads.',
      },
      rules: [{ path: /^\/(?:search\/?)?$/ }, { path: /^\/@[^/]+\/post\/[^/]+(?:\/|$)/ }, { path: /^\/t\/[^/]+\/?$/ }],
      examples: [
        'https://www.threads.com/',
        'https://threads.com/search?q=example',
        'https://www.threads.com/@example.brand/post/C1a2B3c4D5e',
      ],
    },
    {
      id: 'profile',
      kind: 'profile',
      name: { en: 'Profile', id: 'Profil' },
      summary: {
        en: 'An account as visitors see it: its bio, threads, replies and reposts.',
        id: 'Akun seperti yang dilihat pengunjung: bio, thread, balasan, dan repost.',
      },
      rules: [{ path: /^\/@[a-z0-9._]+\/?(?:(?:replies|media|reposts|followers)\/?)?$/i }],
      examples: [
        'https://www.threads.com/@example.brand',
        'https://www.threads.com/@example.brand/replies',
        'https://www.threads.net/@example_brand',
      ],
    },
  ],
};
