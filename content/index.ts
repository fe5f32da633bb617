// The coaching library: parses every entry once with zod and exports it typed. Throws at load
// if the data is wrong, so a broken entry fails the tests and the build, never a user.
import { z } from '../lib/zod';
import { firstWeek } from './checklists/first-week';
import { metrics } from './metrics/labels';
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
import { checklistItemSchema, metricSchema, platformSchema } from './schema';

const librarySchema = z.object({
  platforms: z.array(platformSchema),
  metrics: z.array(metricSchema),
  checklists: z.array(checklistItemSchema),
});
export type Library = z.infer<typeof librarySchema>;

export const library: Library = librarySchema.parse({
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
  metrics,
  checklists: [...firstWeek],
});

export type { ChecklistItem, LocalizedText, Metric, Platform, Surface, SurfaceKind } from './schema';
