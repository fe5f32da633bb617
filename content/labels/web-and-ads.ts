// Interface labels for the "web-and-ads" metrics: Google Analytics 4 reports, Meta Ads Manager
// columns, LinkedIn Campaign Manager (on www.linkedin.com), Sprout Social's paid reports and
// Hootsuite's ROI analysis. Only labels we have good reason to believe the interface shows;
// ad managers on hosts Sidecoach does not run on (TikTok, X, Pinterest) get none.
import type { MetricLabels } from '../schema';

export const webAndAdsLabels: MetricLabels[] = [
  { id: 'sessions', labels: { 'google-analytics': ['Sessions', 'Sesi'] } },
  { id: 'engaged-sessions', labels: { 'google-analytics': ['Engaged sessions', 'Sesi engagement'] } },
  { id: 'ga4-engagement-rate', labels: { 'google-analytics': ['Engagement rate', 'Rasio engagement'] } },
  { id: 'bounce-rate', labels: { 'google-analytics': ['Bounce rate', 'Rasio pentalan'] } },
  { id: 'active-users', labels: { 'google-analytics': ['Active users', 'Pengguna aktif'] } },
  { id: 'new-users', labels: { 'google-analytics': ['New users', 'Pengguna baru'] } },
  {
    id: 'average-engagement-time',
    labels: { 'google-analytics': ['Average engagement time', 'Average engagement time per active user'] },
  },
  { id: 'key-events', labels: { 'google-analytics': ['Key events', 'Peristiwa utama'] } },
  {
    id: 'amount-spent',
    labels: {
      'meta-ads-manager': ['Amount spent', 'Jumlah yang dibelanjakan'],
      'sprout-social': ['Total Spend'],
    },
  },
  { id: 'results', labels: { 'meta-ads-manager': ['Results'], linkedin: ['Key results'] } },
  {
    id: 'cpm',
    labels: {
      'meta-ads-manager': ['CPM (cost per 1,000 impressions)'],
      linkedin: ['Average CPM'],
      'sprout-social': ['CPM'],
    },
  },
  {
    id: 'cpc',
    labels: {
      'meta-ads-manager': ['CPC (cost per link click)', 'CPC (all)'],
      linkedin: ['Average CPC'],
      'sprout-social': ['CPC'],
    },
  },
  {
    id: 'cpa',
    labels: {
      'meta-ads-manager': ['Cost per result', 'Biaya per hasil'],
      linkedin: ['Cost per result', 'Cost per conversion'],
    },
  },
  {
    id: 'roas',
    labels: {
      'meta-ads-manager': ['Purchase ROAS (return on ad spend)'],
      linkedin: ['Return on ad spend'],
    },
  },
  { id: 'social-roi', labels: { hootsuite: ['ROI analysis'] } },
  { id: 'frequency', labels: { 'meta-ads-manager': ['Frequency', 'Frekuensi'] } },
  { id: 'landing-page-views', labels: { 'meta-ads-manager': ['Landing page views'] } },
];
