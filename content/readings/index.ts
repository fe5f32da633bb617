// Every reading rule: the library's `readings` (../index.ts checks them with the rest, so a wrong
// rule fails the tests and the build, never a user). They ship in the library's files, one
// language a file, like its other texts.
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
