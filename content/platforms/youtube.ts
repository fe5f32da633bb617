// YouTube: watching and channels on youtube.com, and YouTube Studio, where creators see
// analytics, manage videos and answer comments.
import { platformHosts } from '../hosts';
import type { Platform } from '../schema';

const studio = ['studio.youtube.com'];
const site = ['www.youtube.com', 'm.youtube.com'];

export const youtube: Platform = {
  id: 'youtube',
  name: { en: 'YouTube', id: 'YouTube' },
  /** Where a leader finds this platform's analytics (the first-run links go here). */
  start: 'https://studio.youtube.com/',
  hosts: [...platformHosts.youtube],
  surfaces: [
    {
      id: 'studio-analytics',
      kind: 'analytics',
      name: { en: 'YouTube Studio analytics', id: 'Analytics YouTube Studio' },
      summary: {
        en: 'Channel or video analytics: views, watch time, audience and how people found the videos.',
        id: 'Analytics channel atau video: penayangan, waktu tonton, penonton, dan cara orang menemukan videonya.',
      },
      rules: [{ hosts: studio, path: /^\/(?:channel|video)\/[^/]+\/analytics(?:\/|$)/ }],
      examples: [
        'https://studio.youtube.com/channel/UCabcdefghijklmnopqrstuv/analytics/tab-overview/period-default',
        'https://studio.youtube.com/channel/UCabcdefghijklmnopqrstuv/analytics/tab-reach_viewers/period-default',
        'https://studio.youtube.com/video/abcdefghijk/analytics/tab-engagement/period-default',
      ],
    },
    {
      id: 'studio-comments',
      kind: 'inbox',
      name: { en: 'YouTube Studio comments', id: 'Komentar YouTube Studio' },
      summary: {
        en: 'Where the team reads and answers comments on the channel.',
        id: 'Tempat tim membaca dan membalas komentar di channel.',
      },
      rules: [{ hosts: studio, path: /^\/(?:channel|video)\/[^/]+\/comments(?:\/|$)/ }],
      examples: [
        'https://studio.youtube.com/channel/UCabcdefghijklmnopqrstuv/comments/inbox',
        'https://studio.youtube.com/video/abcdefghijk/comments',
      ],
    },
    {
      id: 'studio-content',
      kind: 'publishing',
      name: { en: 'YouTube Studio content', id: 'Konten YouTube Studio' },
      summary: {
        en: 'The list of videos, Shorts and live streams, and the pages where each one is edited.',
        id: 'Daftar video, Shorts, dan live stream, serta halaman untuk mengedit masing-masing.',
      },
      rules: [
        { hosts: studio, path: /^\/channel\/[^/]+\/(?:videos|content|playlists|editing)(?:\/|$)/ },
        { hosts: studio, path: /^\/video\/[^/]+\/(?:edit|editor)(?:\/|$)/ },
      ],
      examples: [
        'https://studio.youtube.com/channel/UCabcdefghijklmnopqrstuv/videos/upload',
        'https://studio.youtube.com/video/abcdefghijk/edit',
      ],
    },
    {
      id: 'studio-dashboard',
      kind: 'analytics',
      name: { en: 'YouTube Studio dashboard', id: 'Dasbor YouTube Studio' },
      summary: {
        en: "The channel dashboard: a summary of the latest video's performance and the channel's numbers.",
        id: 'Dasbor channel: ringkasan performa video terbaru dan angka-angka channel.',
      },
      rules: [{ hosts: studio, path: /^\/(?:channel\/[^/]+\/?)?$/ }],
      examples: ['https://studio.youtube.com/channel/UCabcdefghijklmnopqrstuv', 'https://studio.youtube.com/'],
    },
    {
      id: 'watch',
      kind: 'feed',
      name: { en: 'Watching', id: 'Menonton' },
      summary: {
        en: 'The home feed, a video or a Short, as viewers see it.',
        id: 'Beranda, video, atau Shorts, seperti yang dilihat penonton.',
      },
      rules: [{ hosts: site, path: /^\/(?:$|watch$|shorts\/|feed\/)/ }],
      examples: [
        'https://www.youtube.com/',
        'https://www.youtube.com/watch?v=abcdefghijk',
        'https://www.youtube.com/shorts/abcdefghijk',
        'https://m.youtube.com/feed/subscriptions',
      ],
    },
    {
      id: 'channel',
      kind: 'profile',
      name: { en: 'Channel page', id: 'Halaman channel' },
      summary: {
        en: 'A channel as viewers see it: its videos, Shorts and About section.',
        id: 'Channel seperti yang dilihat penonton: video, Shorts, dan bagian Tentang.',
      },
      rules: [{ hosts: site, path: /^\/(?:@[^/]+|channel\/[^/]+|c\/[^/]+)(?:\/|$)/ }],
      examples: [
        'https://www.youtube.com/@examplechannel',
        'https://www.youtube.com/@examplechannel/videos',
        'https://www.youtube.com/channel/UCabcdefghijklmnopqrstuv',
      ],
    },
  ],
};
