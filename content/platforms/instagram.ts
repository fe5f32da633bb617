// Instagram on www.instagram.com: account and post insights, Direct and activity, the create
// flow, the feed and a post, and profiles. Profile URLs are /<handle>/, so Instagram's own
// top-level paths are kept out of the profile rule.
import { platformHosts } from '../hosts';
import type { Platform } from '../schema';

export const instagram: Platform = {
  id: 'instagram',
  name: { en: 'Instagram', id: 'Instagram' },
  /** Where a leader finds this platform's analytics (the first-run links go here). */
  start: 'https://www.instagram.com/accounts/insights/',
  hosts: [...platformHosts.instagram],
  surfaces: [
    {
      id: 'insights',
      kind: 'analytics',
      name: { en: 'Insights', id: 'Insight' },
      summary: {
        en: 'Account or post insights: views, reach, interactions, followers and where people found the content.',
        id: 'Insight akun atau postingan: tayangan, reach, interaksi, pengikut, dan dari mana orang menemukan kontennya.',
      },
      rules: [
        { path: /^\/accounts\/insights(?:\/|$)/ },
        { path: /^\/insights\/media\/[^/]+\/?$/ },
        { path: /^\/professional_dashboard(?:\/|$)/ },
      ],
      examples: [
        'https://www.instagram.com/accounts/insights/?timeframe=30',
        'https://www.instagram.com/accounts/insights/content/?media_type=all&timeframe=90',
        'https://www.instagram.com/insights/media/1234567890123456789/',
        'https://www.instagram.com/professional_dashboard/',
      ],
    },
    {
      id: 'direct',
      kind: 'inbox',
      name: { en: 'Direct messages and activity', id: 'Pesan Direct dan aktivitas' },
      summary: {
        en: 'Direct messages and the activity list: where questions, mentions, comments and likes arrive.',
        id: 'Pesan Direct dan daftar aktivitas: tempat pertanyaan, mention, komentar, dan like masuk.',
      },
      rules: [{ path: /^\/direct(?:\/|$)/ }, { path: /^\/accounts\/activity\/?$/ }],
      examples: [
        'https://www.instagram.com/direct/inbox/',
        'https://www.instagram.com/direct/t/1234567890123456/',
        'https://www.instagram.com/accounts/activity/',
      ],
    },
    {
      id: 'create',
      kind: 'publishing',
      name: { en: 'Create a post', id: 'Buat postingan' },
      summary: {
        en: 'The create flow: choosing media, editing it and writing the caption before sharing.',
        id: 'Alur pembuatan postingan: memilih media, mengeditnya, dan menulis caption sebelum dibagikan.',
      },
      rules: [{ path: /^\/create(?:\/|$)/ }],
      examples: ['https://www.instagram.com/create/select/', 'https://www.instagram.com/create/details/'],
    },
    {
      id: 'feed',
      kind: 'feed',
      name: { en: 'Feed, Reels and posts', id: 'Feed, Reels, dan postingan' },
      summary: {
        en: 'The home feed, Explore, Reels, Stories or a single post, as people on Instagram see them.',
        id: 'Feed beranda, Explore, Reels, Stories, atau satu postingan, seperti yang dilihat orang di Instagram.',
      },
      rules: [
        { path: /^\/$/ },
        { path: /^\/(?:explore|reels|stories)(?:\/|$)/ },
        { path: /^\/(?:[a-z0-9._]+\/)?(?:p|reel|tv)\/[^/]+\/?$/i },
      ],
      examples: [
        'https://www.instagram.com/',
        'https://www.instagram.com/explore/',
        'https://www.instagram.com/reels/',
        'https://www.instagram.com/p/C1a2B3c4D5e/',
        'https://www.instagram.com/example.brand/reel/C1a2B3c4D5e/',
      ],
    },
    {
      id: 'profile',
      kind: 'profile',
      name: { en: 'Profile', id: 'Profil' },
      summary: {
        en: 'An account as visitors see it: its bio, grid, Reels and tagged posts.',
        id: 'Akun seperti yang dilihat pengunjung: bio, grid, Reels, dan postingan yang ditandai.',
      },
      rules: [
        {
          // A handle (letters, digits, dots and underscores), never one of Instagram's own
          // top-level paths, alone or with one of the profile's tabs.
          path: /^\/(?!(?:explore|reels?|direct|accounts|p|tv|stories|about|developer|legal|web|challenge|emails|session|api|static|graphql|privacy|terms|insights|create|ar|press|directory|oauth|lite|professional_dashboard|your_activity|topics|locations|nametag|fragment|data|invites|ads|business|popular|archive|download|help)(?:\/|$))[a-z0-9._]{1,30}\/?(?:(?:reels|tagged|saved|guides|feed|followers|following)\/?)?$/i,
        },
      ],
      examples: [
        'https://www.instagram.com/example.brand/',
        'https://www.instagram.com/example.brand/reels/',
        'https://www.instagram.com/example_brand/tagged/',
      ],
    },
  ],
};
