// The labels each platform's interface shows for the "audience-and-care" metrics, in English and,
// where confirmed, in the Indonesian interface. Detection matches them as whole words, so only
// labels the platform really shows belong here; a metric with no confirmed label has none.
import type { MetricLabels } from '../schema';

export const audienceAndCareLabels: MetricLabels[] = [
  {
    id: 'followers',
    labels: {
      linkedin: ['Followers', 'Total followers', 'New followers', 'Pengikut'],
      'meta-business-suite': ['Followers', 'Pengikut'],
      instagram: ['Followers', 'Pengikut'],
      threads: ['Followers', 'Pengikut'],
      x: ['Followers', 'Pengikut'],
      tiktok: ['Followers', 'Pengikut'],
      'sprout-social': ['Followers'],
      hootsuite: ['Followers'],
    },
  },
  {
    // No platform shows a growth-rate label of its own. Sprout's reports (Competitor Performance,
    // Instagram) head their follower-growth charts "Audience Growth", read on Sprout's help pages.
    id: 'follower-growth-rate',
    labels: {
      'sprout-social': ['Audience Growth'],
    },
  },
  {
    id: 'net-follows',
    labels: {
      // "Net Page Likes" went when Meta removed Page fans from its API on 15 November 2025.
      'sprout-social': ['Net Follower Growth'],
      hootsuite: ['Net New Followers'],
    },
  },
  {
    id: 'unfollows',
    labels: {
      instagram: ['Unfollows'],
      // "Page Unlikes" went with Meta's Page fans data on 15 November 2025.
      'sprout-social': ['Followers Lost'],
    },
  },
  {
    id: 'unique-visitors',
    labels: {
      linkedin: ['Unique visitors'],
    },
  },
  {
    id: 'page-views',
    labels: {
      linkedin: ['Page views'],
      'google-analytics': ['Views'],
    },
  },
  {
    id: 'audience-demographics',
    labels: {
      youtube: ['Age and gender', 'Usia dan gender'],
      linkedin: ['Follower demographics', 'Visitor demographics', 'Top demographics of unique viewers'],
      instagram: ['Top locations', 'Age range'],
    },
  },
  {
    id: 'subscribers',
    labels: {
      youtube: ['Subscribers', 'Subscriber'],
    },
  },
  {
    id: 'mentions',
    labels: {
      x: ['Mentions', 'Sebutan'],
    },
  },
  {
    id: 'share-of-voice',
    labels: {
      'sprout-social': ['Share of Voice'],
    },
  },
  {
    id: 'sentiment',
    labels: {
      'sprout-social': ['Sentiment Summary', 'Sentiment Trends'],
    },
  },
  {
    id: 'response-rate',
    labels: {
      'meta-business-suite': ['Response rate'],
    },
  },
  {
    id: 'response-time',
    labels: {
      'meta-business-suite': ['Response time'],
      'sprout-social': ['Average Reply Time', 'Median Reply Time'],
      hootsuite: ['Average agent first response time', 'Average conversation response time'],
    },
  },
  {
    id: 'inbox-volume',
    labels: {
      'sprout-social': ['Inbox Volume'],
    },
  },
];
