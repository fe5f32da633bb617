// Pinterest on www.pinterest.com and id.pinterest.com (the site) and analytics.pinterest.com
// (analytics): the Business Hub, Pin creation, notifications and messages, the home feed and a
// Pin, and profiles with their boards. Profile URLs are /<username>/, so Pinterest's own
// top-level paths are kept out of the profile rule. Pinterest Ads (ads.pinterest.com) is not one
// of Sidecoach's hosts.
import { platformHosts } from '../hosts';
import type { Platform } from '../schema';

const site = ['www.pinterest.com', 'id.pinterest.com'];

export const pinterest: Platform = {
  id: 'pinterest',
  name: { en: 'Pinterest', id: 'Pinterest' },
  /** Where a leader finds this platform's analytics (the first-run links go here). */
  start: 'https://analytics.pinterest.com/overview/',
  hosts: [...platformHosts.pinterest],
  surfaces: [
    {
      id: 'analytics',
      kind: 'analytics',
      name: { en: 'Pinterest Analytics', id: 'Pinterest Analytics' },
      summary: {
        en: 'Impressions, engagements, saves, clicks through to the website and audience, for the account or each Pin.',
        id: 'Impresi, engagement, simpan, klik ke situs, dan audiens, untuk akun atau tiap Pin.',
      },
      rules: [{ hosts: ['analytics.pinterest.com'] }],
      examples: [
        'https://analytics.pinterest.com/overview/?aggregation=last30d',
        'https://analytics.pinterest.com/audience-insights/',
      ],
    },
    {
      id: 'business-hub',
      kind: 'analytics',
      name: { en: 'Business Hub', id: 'Business Hub' },
      summary: {
        en: "The business account's home: recent performance, top Pins and shortcuts to tools.",
        id: 'Beranda akun bisnis: performa terbaru, Pin teratas, dan pintasan ke berbagai tool.',
      },
      rules: [{ hosts: site, path: /^\/business\/hub\/?$/ }],
      examples: ['https://www.pinterest.com/business/hub/', 'https://id.pinterest.com/business/hub/'],
    },
    {
      id: 'create',
      kind: 'publishing',
      name: { en: 'Pin creation', id: 'Pembuatan Pin' },
      summary: {
        en: 'Where Pins are made, saved as drafts or scheduled, with their title, link and board.',
        id: 'Tempat Pin dibuat, disimpan sebagai draf, atau dijadwalkan, lengkap dengan judul, tautan, dan papan.',
      },
      rules: [{ hosts: site, path: /^\/(?:pin-creation-tool|pin-builder|idea-pin-builder)(?:\/|$)/ }],
      examples: ['https://www.pinterest.com/pin-creation-tool/', 'https://id.pinterest.com/pin-creation-tool/'],
    },
    {
      id: 'inbox',
      kind: 'inbox',
      name: { en: 'Notifications and messages', id: 'Notifikasi dan pesan' },
      summary: {
        en: 'Notifications about saves and comments, and messages sent to the account.',
        id: 'Notifikasi tentang simpan dan komentar, serta pesan yang dikirim ke akun.',
      },
      rules: [{ hosts: site, path: /^\/(?:notifications|messages|inbox)(?:\/|$)/ }],
      examples: ['https://www.pinterest.com/notifications/', 'https://www.pinterest.com/messages/'],
    },
    {
      id: 'feed',
      kind: 'feed',
      name: { en: 'Home feed and Pins', id: 'Beranda dan Pin' },
      summary: {
        en: 'The home feed, search results or a single Pin, as people on Pinterest see them.',
        id: 'Beranda, hasil pencarian, atau satu Pin, seperti yang dilihat orang di Pinterest.',
      },
      rules: [
        { hosts: site, path: /^\/(?:(?:homefeed|today)\/?)?$/ },
        { hosts: site, path: /^\/(?:pin|search|ideas|today)\/./ },
      ],
      examples: [
        'https://www.pinterest.com/',
        'https://id.pinterest.com/homefeed/',
        'https://www.pinterest.com/pin/1234567890123456789/',
        'https://www.pinterest.com/search/pins/?q=example',
      ],
    },
    {
      id: 'profile',
      kind: 'profile',
      name: { en: 'Profile and boards', id: 'Profil dan papan' },
      summary: {
        en: 'An account as visitors see it: its created and saved Pins, and its boards.',
        id: 'Akun seperti yang dilihat pengunjung: Pin yang dibuat dan disimpan, serta papan-papannya.',
      },
      rules: [
        {
          hosts: site,
          // A username (letters, digits and underscores), never one of Pinterest's own
          // top-level paths, alone, with a tab such as _saved, or with a board and section.
          path: /^\/(?!(?:pin|search|ideas|today|homefeed|business|settings|notifications|messages|inbox|login|logout|signup|password|about|analytics|trends|resource|videos|explore|categories|discover|topics|source|offsite|oauth|news_hub|shopping|edit|help|_[^/]*)(?:\/|$))[a-z0-9][a-z0-9_]{2,29}(?:\/(?:_(?:created|saved|boards|pins)|[^/_][^/]*(?:\/[^/_][^/]*)?))?\/?$/i,
        },
      ],
      examples: [
        'https://www.pinterest.com/examplebrand/',
        'https://www.pinterest.com/examplebrand/_saved/',
        'https://id.pinterest.com/example_brand/spring-recipes/',
      ],
    },
  ],
};
