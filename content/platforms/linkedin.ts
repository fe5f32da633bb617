// LinkedIn: the feed, profiles and Pages, messaging, and the two analytics areas
// (a company Page's admin analytics, and a member's creator analytics).
import { platformHosts } from '../hosts';
import type { Platform } from '../schema';

export const linkedin: Platform = {
  id: 'linkedin',
  name: { en: 'LinkedIn', id: 'LinkedIn' },
  /** Where a leader finds this platform's analytics (the first-run links go here). */
  start: 'https://www.linkedin.com/analytics/creator/content/',
  hosts: [...platformHosts.linkedin],
  surfaces: [
    {
      id: 'page-analytics',
      kind: 'analytics',
      name: { en: 'Page analytics', id: 'Analitik Halaman' },
      summary: {
        en: "The company Page's admin analytics: how posts, followers and visitors are doing.",
        id: 'Analitik admin Halaman perusahaan: performa postingan, pengikut, dan pengunjung.',
      },
      rules: [{ path: /^\/company\/[^/]+\/admin\/analytics(?:\/|$)/ }],
      examples: [
        'https://www.linkedin.com/company/104937/admin/analytics/updates/',
        'https://www.linkedin.com/company/104937/admin/analytics/followers/',
        'https://www.linkedin.com/company/104937/admin/analytics/visitors/?timeRange=past_30_days',
      ],
    },
    {
      id: 'page-admin',
      kind: 'publishing',
      name: { en: 'Page admin', id: 'Admin Halaman' },
      summary: {
        en: "Where the team runs the company Page: posts, notifications and the Page's settings.",
        id: 'Tempat tim mengelola Halaman perusahaan: postingan, notifikasi, dan pengaturan Halaman.',
      },
      rules: [{ path: /^\/company\/[^/]+\/admin(?:\/|$)/ }],
      examples: [
        'https://www.linkedin.com/company/104937/admin/dashboard/',
        'https://www.linkedin.com/company/104937/admin/page-posts/published/',
      ],
    },
    {
      id: 'creator-analytics',
      kind: 'analytics',
      name: { en: 'Creator analytics', id: 'Analitik kreator' },
      summary: {
        en: "A member's own analytics: how their posts travel and who they reach.",
        id: 'Analitik milik seorang member: sejauh mana postingannya tersebar dan siapa yang dijangkau.',
      },
      rules: [
        { path: /^\/analytics\/(?:creator|post-summary|profile-views|search-appearances)(?:\/|$)/ },
        { path: /^\/dashboard\/?$/ },
      ],
      examples: [
        'https://www.linkedin.com/analytics/creator/content/',
        'https://www.linkedin.com/analytics/creator/audience/',
        'https://www.linkedin.com/analytics/post-summary/urn:li:activity:7123456789012345678/',
        'https://www.linkedin.com/dashboard/',
      ],
    },
    {
      id: 'feed',
      kind: 'feed',
      name: { en: 'Feed', id: 'Beranda' },
      summary: {
        en: 'The home feed: what members see from the people and Pages they follow.',
        id: 'Beranda: apa yang dilihat member dari orang dan Halaman yang mereka ikuti.',
      },
      rules: [{ path: /^\/feed(?:\/|$)/ }],
      examples: [
        'https://www.linkedin.com/feed/',
        'https://www.linkedin.com/feed/update/urn:li:activity:7123456789012345678/',
      ],
    },
    {
      id: 'messaging',
      kind: 'inbox',
      name: { en: 'Messaging and notifications', id: 'Pesan dan notifikasi' },
      summary: {
        en: 'Direct messages and notifications: where replies and reactions arrive.',
        id: 'Pesan langsung dan notifikasi: tempat balasan dan reaksi masuk.',
      },
      rules: [{ path: /^\/(?:messaging|notifications)(?:\/|$)/ }],
      examples: ['https://www.linkedin.com/messaging/', 'https://www.linkedin.com/notifications/'],
    },
    {
      id: 'profile',
      kind: 'profile',
      name: { en: 'Profile or Page', id: 'Profil atau Halaman' },
      summary: {
        en: 'A member profile or a company Page as visitors see it.',
        id: 'Profil member atau Halaman perusahaan seperti yang dilihat pengunjung.',
      },
      rules: [{ path: /^\/(?:in|company|showcase)\/[^/]+(?:\/|$)/ }],
      examples: [
        'https://www.linkedin.com/in/example-member/',
        'https://www.linkedin.com/company/example-company/',
        'https://www.linkedin.com/company/example-company/posts/?feedView=all',
      ],
    },
  ],
};
