// Every reading rule, parsed once: a wrong rule fails the tests and the build, never a user.
// Kept apart from the library's index so the pages that show readings load only these.
import { z } from '../../lib/zod';
import { readingRuleSchema, type ReadingRule } from '../schema';
import { adsReadings } from './ads';
import { careReadings } from './care';
import { reachAndEngagementReadings } from './reach-and-engagement';
import { videoReadings } from './video';
import { webAndClicksReadings } from './web-and-clicks';

export const readingRules: ReadingRule[] = z
  .array(readingRuleSchema)
  .parse([...reachAndEngagementReadings, ...videoReadings, ...webAndClicksReadings, ...adsReadings, ...careReadings]);
