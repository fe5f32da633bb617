// Sprout Social on app.sproutsocial.com: reports, listening, the Smart Inbox and reviews, and
// publishing (compose, calendar, queue).
import { platformHosts } from '../hosts';
import type { Platform } from '../schema';

export const sproutSocial: Platform = {
  id: 'sprout-social',
  name: { en: 'Sprout Social', id: 'Sprout Social' },
  /** Where a leader finds this platform's analytics (the first-run links go here). */
  start: 'https://app.sproutsocial.com/reports/home/',
  hosts: [...platformHosts['sprout-social']],
  surfaces: [
    {
      id: 'reports',
      kind: 'analytics',
      name: { en: 'Reports', id: 'Laporan' },
      summary: {
        en: "Sprout's reports across the connected profiles: performance, posts, audience and the team's replies.",
        id: 'Laporan Sprout untuk semua profil yang terhubung: performa, postingan, audiens, dan balasan tim.',
      },
      rules: [{ path: /^\/reports(?:\/|$)/ }],
      examples: [
        'https://app.sproutsocial.com/reports/home/',
        'https://app.sproutsocial.com/reports/profile-performance/?group=1234567',
      ],
    },
    {
      id: 'listening',
      kind: 'analytics',
      name: { en: 'Listening', id: 'Listening' },
      summary: {
        en: "Listening topics: what people say about the brand and its competitors, volume, sentiment and share of voice (the brand's part of the whole conversation).",
        id: 'Topik listening: apa yang dibicarakan orang tentang brand dan kompetitornya, volume, sentimen, dan share of voice (porsi brand dalam seluruh percakapan).',
      },
      rules: [{ path: /^\/listening(?:\/|$)/ }],
      examples: [
        'https://app.sproutsocial.com/listening/',
        'https://app.sproutsocial.com/listening/topics/1234567/performance/',
      ],
    },
    {
      id: 'inbox',
      kind: 'inbox',
      name: { en: 'Smart Inbox', id: 'Smart Inbox' },
      summary: {
        en: 'Messages, comments, mentions and reviews from every profile in one stream, where the team replies.',
        id: 'Pesan, komentar, mention, dan ulasan dari semua profil dalam satu aliran, tempat tim membalas.',
      },
      rules: [{ path: /^\/(?:inbox|messages|reviews)(?:\/|$)/ }],
      examples: [
        'https://app.sproutsocial.com/messages/smart/',
        'https://app.sproutsocial.com/inbox/',
        'https://app.sproutsocial.com/reviews/',
      ],
    },
    {
      id: 'publishing',
      kind: 'publishing',
      name: { en: 'Publishing', id: 'Publishing' },
      summary: {
        en: 'The publishing calendar and queue: what goes out, when, on which profile, and what waits for approval.',
        id: 'Kalender dan antrean publishing: apa yang terbit, kapan, di profil mana, dan apa yang menunggu persetujuan.',
      },
      rules: [{ path: /^\/publishing(?:\/|$)/ }],
      examples: [
        'https://app.sproutsocial.com/publishing/',
        'https://app.sproutsocial.com/publishing/calendar/',
        'https://app.sproutsocial.com/publishing/compose',
      ],
    },
  ],
};
