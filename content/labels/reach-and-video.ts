// The labels each platform's analytics interface shows for the "reach and video" metrics, in
// English and, where we could confirm them, in the Indonesian interface. Labels are matched as
// whole words, case-insensitively, so full labels are preferred over single common words.
import type { MetricLabels } from '../schema';

export const reachAndVideoLabels: MetricLabels[] = [
  {
    id: 'reach',
    labels: {
      linkedin: ['Members reached'],
      instagram: ['Accounts reached', 'Akun yang dijangkau'],
      'meta-business-suite': ['Reach', 'Jangkauan'],
      'meta-ads-manager': ['Reach', 'Jangkauan'],
      hootsuite: ['Post reached audience'],
    },
  },
  {
    id: 'impressions',
    labels: {
      linkedin: ['Impressions', 'Impresi'],
      youtube: ['Impressions', 'Tayangan'],
      x: ['Impressions'],
      'meta-ads-manager': ['Impressions', 'Impresi'],
      pinterest: ['Impressions'],
      'sprout-social': ['Impressions'],
    },
  },
  {
    id: 'views',
    labels: {
      youtube: ['Views', 'Penayangan'],
      facebook: ['Views', 'Tayangan'],
      'meta-business-suite': ['Views', 'Tayangan'],
      instagram: ['Views', 'Tayangan'],
      threads: ['Views'],
      tiktok: ['Post views', 'Video views'],
      hootsuite: ['Post video views'],
    },
  },
  {
    id: 'viewers',
    labels: {
      facebook: ['Viewers'],
      'meta-business-suite': ['Viewers'],
    },
  },
  {
    id: 'unique-viewers',
    labels: {
      youtube: ['Unique viewers', 'Penonton unik'],
    },
  },
  {
    id: 'video-views',
    labels: {
      youtube: ['Engaged views'],
      x: ['Video views'],
      pinterest: ['Video views'],
      'meta-ads-manager': ['ThruPlays', '3-second video plays'],
    },
  },
  {
    id: 'watch-time',
    labels: {
      youtube: ['Watch time (hours)', 'Watch time', 'Waktu tonton (jam)'],
      instagram: ['Watch time'],
      tiktok: ['Total play time'],
      hootsuite: ['Post total time watched'],
    },
  },
  {
    id: 'average-view-duration',
    labels: {
      youtube: ['Average view duration'],
      tiktok: ['Average watch time'],
      instagram: ['Average watch time'],
      'meta-ads-manager': ['Video average play time'],
      hootsuite: ['Post average time watched'],
    },
  },
  {
    id: 'audience-retention',
    labels: {
      youtube: ['Audience retention', 'Key moments for audience retention'],
    },
  },
  {
    id: 'impressions-ctr',
    labels: {
      youtube: ['Impressions click-through rate'],
    },
  },
  {
    id: 'completion-rate',
    labels: {
      tiktok: ['Watched full video'],
      'meta-ads-manager': ['Video plays at 100%'],
    },
  },
  {
    id: 'returning-viewers',
    labels: {
      youtube: ['Returning viewers', 'Casual viewers', 'Regular viewers', 'Penonton yang kembali'],
      'google-analytics': ['Returning users'],
    },
  },
  {
    id: 'traffic-sources',
    labels: {
      youtube: ['Traffic source types'],
      tiktok: ['Traffic source'],
      'google-analytics': [
        'Traffic acquisition',
        'Session source / medium',
        'First user source / medium',
        'Session default channel group',
      ],
    },
  },
];
