// TikTok on www.tiktok.com: TikTok Studio (home, analytics, comments, content and upload),
// direct messages, the For You feed and a video, and profiles (always /@handle). TikTok Ads
// Manager (ads.tiktok.com) is not one of Sidecoach's hosts.
import { platformHosts } from '../hosts';
import type { Platform } from '../schema';

export const tiktok: Platform = {
  id: 'tiktok',
  name: { en: 'TikTok', id: 'TikTok' },
  /** Where a leader finds this platform's analytics (the first-run links go here). */
  start: 'https://www.tiktok.com/tiktokstudio/analytics',
  hosts: [...platformHosts.tiktok],
  surfaces: [
    {
      id: 'studio-analytics',
      kind: 'analytics',
      name: { en: 'TikTok Studio analytics', id: 'Analytics TikTok Studio' },
      summary: {
        en: 'Account or video analytics: views, watch time, engagement, followers and viewers.',
        id: 'Analytics akun atau video: tayangan, waktu tonton, engagement, pengikut, dan penonton.',
      },
      rules: [{ path: /^\/tiktokstudio\/analytics(?:\/|$)/ }],
      examples: [
        'https://www.tiktok.com/tiktokstudio/analytics',
        'https://www.tiktok.com/tiktokstudio/analytics/7312345678901234567/overview',
      ],
    },
    {
      id: 'studio-comments',
      kind: 'inbox',
      name: { en: 'TikTok Studio comments', id: 'Komentar TikTok Studio' },
      summary: {
        en: 'Where the team reads, answers and filters comments on the videos.',
        id: 'Tempat tim membaca, membalas, dan menyaring komentar di video.',
      },
      rules: [{ path: /^\/tiktokstudio\/comments?(?:\/|$)/ }],
      examples: [
        'https://www.tiktok.com/tiktokstudio/comment',
        'https://www.tiktok.com/tiktokstudio/comment/7312345678901234567',
      ],
    },
    {
      id: 'studio-content',
      kind: 'publishing',
      name: { en: 'TikTok Studio posts and upload', id: 'Postingan dan unggah TikTok Studio' },
      summary: {
        en: 'The list of posted and scheduled videos, and the page where a new one is uploaded.',
        id: 'Daftar video yang sudah diposting dan terjadwal, serta halaman untuk mengunggah video baru.',
      },
      rules: [{ path: /^\/tiktokstudio\/(?:content|upload|post)(?:\/|$)/ }],
      examples: [
        'https://www.tiktok.com/tiktokstudio/content',
        'https://www.tiktok.com/tiktokstudio/upload?from=creator_center',
      ],
    },
    {
      id: 'studio-home',
      kind: 'analytics',
      name: { en: 'TikTok Studio home', id: 'Beranda TikTok Studio' },
      summary: {
        en: "TikTok Studio's home: a summary of the account's key numbers and the latest posts.",
        id: 'Beranda TikTok Studio: ringkasan angka utama akun dan postingan terbaru.',
      },
      rules: [{ path: /^\/tiktokstudio\/?$/ }],
      examples: ['https://www.tiktok.com/tiktokstudio', 'https://www.tiktok.com/tiktokstudio/?lang=id-ID'],
    },
    {
      id: 'messages',
      kind: 'inbox',
      name: { en: 'Messages', id: 'Pesan' },
      summary: {
        en: 'Direct messages to the account.',
        id: 'Pesan langsung yang masuk ke akun.',
      },
      rules: [{ path: /^\/messages\/?$/ }],
      examples: ['https://www.tiktok.com/messages', 'https://www.tiktok.com/messages?lang=en'],
    },
    {
      id: 'feed',
      kind: 'feed',
      name: { en: 'For You and videos', id: 'For You dan video' },
      summary: {
        en: 'The For You or Following feed, Explore, or a single video, as viewers see it.',
        id: 'Feed For You atau Mengikuti, Explore, atau satu video, seperti yang dilihat penonton.',
      },
      rules: [
        { path: /^\/(?:foryou|following|explore|friends)?\/?$/ },
        { path: /^\/@[^/]+\/(?:video|photo)\/\d+\/?$/ },
      ],
      examples: [
        'https://www.tiktok.com/',
        'https://www.tiktok.com/foryou',
        'https://www.tiktok.com/explore',
        'https://www.tiktok.com/@example.brand/video/7312345678901234567',
      ],
    },
    {
      id: 'profile',
      kind: 'profile',
      name: { en: 'Profile', id: 'Profil' },
      summary: {
        en: 'An account as viewers see it: its bio, videos and follower count.',
        id: 'Akun seperti yang dilihat penonton: bio, video, dan jumlah pengikut.',
      },
      rules: [{ path: /^\/@[a-z0-9._]+\/?$/i }],
      examples: ['https://www.tiktok.com/@example.brand', 'https://www.tiktok.com/@example_brand?lang=id-ID'],
    },
  ],
};
