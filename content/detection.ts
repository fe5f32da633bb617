// What detection needs of the library, and nothing more: the platforms with their URL rules, and
// the labels each platform's interface shows for each metric. The background imports this,
// never index.ts, so the explainers, questions and prompts stay out of its bundle.
import { z } from '../lib/zod';
import { audienceAndCareLabels } from './labels/audience-and-care';
import { engagementLabels } from './labels/engagement';
import { reachAndVideoLabels } from './labels/reach-and-video';
import { webAndAdsLabels } from './labels/web-and-ads';
import { facebook } from './platforms/facebook';
import { googleAnalytics } from './platforms/google-analytics';
import { hootsuite } from './platforms/hootsuite';
import { instagram } from './platforms/instagram';
import { linkedin } from './platforms/linkedin';
import { metaAdsManager } from './platforms/meta-ads-manager';
import { metaBusinessSuite } from './platforms/meta-business-suite';
import { pinterest } from './platforms/pinterest';
import { sproutSocial } from './platforms/sprout-social';
import { threads } from './platforms/threads';
import { tiktok } from './platforms/tiktok';
import { x } from './platforms/x';
import { youtube } from './platforms/youtube';
import { metricLabelsSchema, platformSchema } from './schema';

const detectionSchema = z.object({
  platforms: z.array(platformSchema),
  /** In the library's metric order, which is the order metrics are listed on a page. */
  metricLabels: z.array(metricLabelsSchema),
});
export type Detection = z.infer<typeof detectionSchema>;

export const detection: Detection = detectionSchema.parse({
  platforms: [
    linkedin,
    facebook,
    metaBusinessSuite,
    metaAdsManager,
    instagram,
    threads,
    x,
    tiktok,
    youtube,
    pinterest,
    googleAnalytics,
    sproutSocial,
    hootsuite,
  ],
  metricLabels: [...reachAndVideoLabels, ...engagementLabels, ...audienceAndCareLabels, ...webAndAdsLabels],
});
