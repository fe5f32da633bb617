// What detection needs of the library, and nothing more: the platforms with their URL rules, and
// the labels each platform's interface shows for each metric. The background imports this,
// never index.ts, so the explainers, questions and prompts stay out of its bundle. Not parsed
// here: both parts are checked with the rest of the library in index.ts, which the build and the
// tests run, so no page or service worker checks them again as it starts (they took 7 ms of
// the side panel's opening).
import { audienceAndCareLabels } from './labels/audience-and-care';
import { engagementLabels } from './labels/engagement';
import { reachAndVideoLabels } from './labels/reach-and-video';
import { webAndAdsLabels } from './labels/web-and-ads';
import { platformList } from './platforms';
import type { MetricLabels, Platform } from './schema';

export interface Detection {
  platforms: Platform[];
  /** In the library's metric order, which is the order metrics are listed on a page. */
  metricLabels: MetricLabels[];
}

export const detection: Detection = {
  platforms: platformList,
  metricLabels: [...reachAndVideoLabels, ...engagementLabels, ...audienceAndCareLabels, ...webAndAdsLabels],
};
