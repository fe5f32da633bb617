// Every reading rule, kept apart from the library's index so the pages that show readings load
// only these. Checked with the library in ../index.ts (the build and the tests run it): a wrong
// rule fails the tests and the build, never a user, and no page parses them again as it opens.
import type { ReadingRule } from '../schema';
import { adsReadings } from './ads';
import { careReadings } from './care';
import { reachAndEngagementReadings } from './reach-and-engagement';
import { videoReadings } from './video';
import { webAndClicksReadings } from './web-and-clicks';

export const readingRules: ReadingRule[] = [
  ...reachAndEngagementReadings,
  ...videoReadings,
  ...webAndClicksReadings,
  ...adsReadings,
  ...careReadings,
];
