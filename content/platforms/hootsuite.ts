// Hootsuite on hootsuite.com. The app lives at /dashboard and routes by the fragment:
// #/streams, #/planner (and the older #/publisher), #/analytics, #/inbox. Every other path on
// hootsuite.com is the public website, which has no surface.
import { platformHosts } from '../hosts';
import type { Platform } from '../schema';

const app = /^\/dashboard\/?$/;

export const hootsuite: Platform = {
  id: 'hootsuite',
  name: { en: 'Hootsuite', id: 'Hootsuite' },
  /** Where a leader finds this platform's analytics (the first-run links go here). */
  start: 'https://hootsuite.com/dashboard#/analytics',
  hosts: [...platformHosts.hootsuite],
  surfaces: [
    {
      id: 'analytics',
      kind: 'analytics',
      name: { en: 'Analytics', id: 'Analytics' },
      summary: {
        en: "Hootsuite's reports across the connected accounts: performance, posts and the team's replies.",
        id: 'Laporan Hootsuite untuk semua akun yang terhubung: performa, postingan, dan balasan tim.',
      },
      rules: [{ path: app, hash: /^\/analytics(?:[/?]|$)/ }],
      examples: [
        'https://hootsuite.com/dashboard#/analytics',
        'https://hootsuite.com/dashboard#/analytics/report?id=1234567',
      ],
    },
    {
      id: 'inbox',
      kind: 'inbox',
      name: { en: 'Inbox', id: 'Kotak masuk' },
      summary: {
        en: 'Messages, comments and mentions from the connected accounts in one place, where the team replies.',
        id: 'Pesan, komentar, dan mention dari akun-akun yang terhubung di satu tempat, tempat tim membalas.',
      },
      rules: [{ path: app, hash: /^\/inbox\d*(?:[/?]|$)/ }],
      examples: ['https://hootsuite.com/dashboard#/inbox', 'https://hootsuite.com/dashboard#/inbox2'],
    },
    {
      id: 'planner',
      kind: 'publishing',
      name: { en: 'Planner and publisher', id: 'Planner dan publisher' },
      summary: {
        en: 'The content calendar: scheduled, draft and published posts across the accounts.',
        id: 'Kalender konten: postingan terjadwal, draf, dan yang sudah terbit di semua akun.',
      },
      rules: [{ path: app, hash: /^\/(?:planner|publisher|scheduled)(?:[/?]|$)/ }],
      examples: [
        'https://hootsuite.com/dashboard#/planner',
        'https://hootsuite.com/dashboard#/publisher',
        'https://hootsuite.com/dashboard#/publisher/expired',
      ],
    },
    {
      id: 'streams',
      kind: 'feed',
      name: { en: 'Streams', id: 'Streams' },
      summary: {
        en: 'Columns that follow accounts, mentions, keywords or hashtags as they come in.',
        id: 'Kolom-kolom yang memantau akun, mention, kata kunci, atau hashtag secara real time.',
      },
      rules: [{ path: app, hash: /^\/(?:streams|tabs)(?:[/?]|$)/ }],
      examples: ['https://hootsuite.com/dashboard#/streams', 'https://hootsuite.com/dashboard#/tabs?id=1234567'],
    },
  ],
};
