// Metric labels, group "engagement": the strings each platform's analytics interface shows for
// these metrics, in English and (where known) in the Indonesian interface, so detection can tell
// which metrics are on screen. Labels are matched as whole words, case-insensitively; prefer the
// full label a platform shows over a short word that appears on ordinary pages.
import type { MetricLabels } from '../schema';

export const engagementLabels: MetricLabels[] = [
  {
    id: 'engagements',
    labels: {
      instagram: ['Content interactions', 'Interaksi konten'],
      'meta-business-suite': ['Content interactions', 'Interaksi konten'],
      'meta-ads-manager': ['Post engagements'],
      x: ['Engagements'],
      pinterest: ['Engagements'],
      'sprout-social': ['Engagements'],
    },
  },
  {
    id: 'engagement-rate',
    labels: {
      linkedin: ['Engagement rate'],
      x: ['Engagement rate'],
      pinterest: ['Engagement rate'],
      hootsuite: ['Engagement rate'],
    },
  },
  {
    id: 'engagement-rate-by-reach',
    labels: {
      'sprout-social': ['Engagement rate (per reach)'],
    },
  },
  {
    id: 'engagement-rate-by-impressions',
    labels: {
      'sprout-social': ['Engagement rate (per impression)'],
    },
  },
  {
    id: 'engagement-rate-by-followers',
    labels: {
      'sprout-social': ['Engagement rate (per follower)'],
    },
  },
  {
    id: 'reactions',
    labels: {
      linkedin: ['Reactions', 'Reaksi'],
      facebook: ['Reactions'],
      'meta-business-suite': ['Reactions', 'Reaksi'],
      'meta-ads-manager': ['Post reactions'],
    },
  },
  {
    id: 'likes',
    labels: {
      instagram: ['Likes'],
      youtube: ['Likes'],
      tiktok: ['Likes'],
      x: ['Likes'],
      threads: ['Likes'],
    },
  },
  {
    id: 'comments',
    labels: {
      linkedin: ['Comments', 'Komentar'],
      youtube: ['Comments', 'Komentar'],
      instagram: ['Comments'],
      facebook: ['Comments'],
      'meta-business-suite': ['Comments', 'Komentar'],
      'meta-ads-manager': ['Post comments'],
      tiktok: ['Comments'],
      threads: ['Replies'],
      x: ['Replies'],
    },
  },
  {
    id: 'shares',
    labels: {
      instagram: ['Shares'],
      facebook: ['Shares'],
      'meta-business-suite': ['Shares'],
      'meta-ads-manager': ['Post shares'],
      youtube: ['Shares'],
      tiktok: ['Shares'],
    },
  },
  {
    id: 'reposts',
    labels: {
      linkedin: ['Reposts'],
      x: ['Reposts'],
      threads: ['Reposts'],
      instagram: ['Reposts'],
    },
  },
  {
    id: 'saves',
    labels: {
      instagram: ['Saves'],
      pinterest: ['Saves'],
      'meta-ads-manager': ['Post saves'],
    },
  },
  {
    id: 'clicks',
    labels: {
      linkedin: ['Clicks'],
      'meta-ads-manager': ['Clicks (all)'],
    },
  },
  {
    id: 'ctr',
    labels: {
      linkedin: ['Click-through rate'],
      'meta-ads-manager': ['CTR (all)', 'CTR (link click-through rate)'],
      pinterest: ['Pin click rate', 'Outbound click rate'],
    },
  },
  {
    id: 'link-clicks',
    labels: {
      'meta-ads-manager': ['Link clicks'],
      facebook: ['Link clicks'],
      'meta-business-suite': ['Link clicks'],
      instagram: ['Link clicks'],
      x: ['Link clicks'],
      'sprout-social': ['Post link clicks'],
    },
  },
  {
    id: 'outbound-clicks',
    labels: {
      'meta-ads-manager': ['Outbound clicks'],
      pinterest: ['Outbound clicks'],
    },
  },
  {
    id: 'pin-clicks',
    labels: {
      pinterest: ['Pin clicks'],
    },
  },
  {
    id: 'accounts-engaged',
    labels: {
      instagram: ['Accounts engaged', 'Akun yang berinteraksi'],
      'meta-business-suite': ['Accounts engaged'],
    },
  },
  {
    id: 'profile-visits',
    labels: {
      instagram: ['Profile visits', 'Kunjungan profil'],
      'meta-business-suite': ['Facebook visits', 'Kunjungan Facebook', 'Instagram profile visits'],
      x: ['Profile visits'],
      tiktok: ['Profile views'],
      pinterest: ['Profile visits'],
    },
  },
];
