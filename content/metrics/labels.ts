// Metric labels as LinkedIn's and YouTube Studio's English interfaces show them, so detection
// can tell which metrics are on screen. Indonesian-interface labels and the metrics' definitions
// arrive with the coaching library (issue 3), each with its source.
import type { Metric } from '../schema';

export const metrics: Metric[] = [
  {
    id: 'impressions',
    name: { en: 'Impressions', id: 'Impresi' },
    labels: { linkedin: ['Impressions'], youtube: ['Impressions'] },
  },
  {
    id: 'reactions',
    name: { en: 'Reactions', id: 'Reaksi' },
    labels: { linkedin: ['Reactions'] },
  },
  {
    id: 'comments',
    name: { en: 'Comments', id: 'Komentar' },
    labels: { linkedin: ['Comments'], youtube: ['Comments'] },
  },
  {
    id: 'reposts',
    name: { en: 'Reposts', id: 'Posting ulang' },
    labels: { linkedin: ['Reposts'] },
  },
  {
    id: 'clicks',
    name: { en: 'Clicks', id: 'Klik' },
    labels: { linkedin: ['Clicks'] },
  },
  {
    id: 'engagement-rate',
    name: { en: 'Engagement rate', id: 'Engagement rate' },
    labels: { linkedin: ['Engagement rate'] },
  },
  {
    id: 'followers',
    name: { en: 'Followers', id: 'Pengikut' },
    labels: { linkedin: ['Followers', 'Total followers', 'New followers'] },
  },
  {
    id: 'members-reached',
    name: { en: 'Members reached', id: 'Member yang dijangkau' },
    labels: { linkedin: ['Members reached'] },
  },
  {
    id: 'views',
    name: { en: 'Views', id: 'Penayangan' },
    labels: { youtube: ['Views'] },
  },
  {
    id: 'watch-time',
    name: { en: 'Watch time', id: 'Waktu tonton' },
    labels: { youtube: ['Watch time (hours)', 'Watch time'] },
  },
  {
    id: 'subscribers',
    name: { en: 'Subscribers', id: 'Subscriber' },
    labels: { youtube: ['Subscribers'] },
  },
  {
    id: 'impressions-ctr',
    name: { en: 'Impressions click-through rate', id: 'Rasio klik-tayang impresi' },
    labels: { youtube: ['Impressions click-through rate'] },
  },
  {
    id: 'average-view-duration',
    name: { en: 'Average view duration', id: 'Durasi tonton rata-rata' },
    labels: { youtube: ['Average view duration'] },
  },
];
