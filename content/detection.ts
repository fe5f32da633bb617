// What detection needs of the library, and nothing more: the platforms with their URL rules, and
// the labels each platform's interface shows for each metric. The background imports this,
// never index.ts, so the explainers, questions and prompts stay out of its bundle.
import { z } from '../lib/zod';
import { audienceAndCareLabels } from './labels/audience-and-care';
import { engagementLabels } from './labels/engagement';
import { reachAndVideoLabels } from './labels/reach-and-video';
import { webAndAdsLabels } from './labels/web-and-ads';
import { platformList } from './platforms';
import { metricLabelsSchema, platformSchema } from './schema';

const detectionSchema = z.object({
  platforms: z.array(platformSchema),
  /** In the library's metric order, which is the order metrics are listed on a page. */
  metricLabels: z.array(metricLabelsSchema),
});
export type Detection = z.infer<typeof detectionSchema>;

export const detection: Detection = detectionSchema.parse({
  platforms: platformList,
  metricLabels: [...reachAndVideoLabels, ...engagementLabels, ...audienceAndCareLabels, ...webAndAdsLabels],
});
