// The coaching library: parses every entry once with zod and exports it typed. Throws at load
// if the data is wrong, so a broken entry fails the tests and the build, never a user. The parts
// that ship as code rather than in the library's files (detection.ts, popup-library.ts) are
// checked here too, and used unparsed where they ship.
import { z } from '../lib/zod';
import { checklists } from './checklists';
import { detection } from './detection';
import { goals } from './goals';
import { learning } from './learning';
import { audienceAndCareMetrics } from './metrics/audience-and-care';
import { engagementMetrics } from './metrics/engagement';
import { reachAndVideoMetrics } from './metrics/reach-and-video';
import { webAndAdsMetrics } from './metrics/web-and-ads';
import { questions } from './questions';
import { readingRules } from './readings';
import {
  checklistItemSchema,
  goalSchema,
  learningSchema,
  metricLabelsSchema,
  metricSchema,
  platformSchema,
  questionSchema,
  readingRuleSchema,
  termNoteSchema,
  viewCountRowSchema,
  wellbeingPromptSchema,
} from './schema';
import { termNotes } from './term-notes';
import { viewCounts } from './view-counts';
import { wellbeing } from './wellbeing';

const librarySchema = z.object({
  platforms: z.array(platformSchema),
  metrics: z.array(metricSchema),
  /** The labels each platform shows for each metric, in the same order as `metrics`. */
  labels: z.array(metricLabelsSchema),
  questions: z.array(questionSchema),
  wellbeing: z.array(wellbeingPromptSchema),
  checklists: z.array(checklistItemSchema),
  goals: z.array(goalSchema),
  learning: learningSchema,
  /** The Glossary's table of what counts as a view, platform by platform. */
  viewCounts: z.array(viewCountRowSchema),
  /** Words whose meaning changes between interfaces, shown beside the metrics they concern. */
  termNotes: z.array(termNoteSchema),
  /** What the metrics on screen may mean together (content/readings/). */
  readings: z.array(readingRuleSchema),
});
export type Library = z.infer<typeof librarySchema>;

export const library: Library = librarySchema.parse({
  platforms: detection.platforms,
  metrics: [...reachAndVideoMetrics, ...engagementMetrics, ...audienceAndCareMetrics, ...webAndAdsMetrics],
  labels: detection.metricLabels,
  questions,
  wellbeing,
  checklists,
  goals,
  learning,
  viewCounts,
  termNotes,
  readings: readingRules,
});

export type {
  ChecklistItem,
  ChecklistPhase,
  Goal,
  LocalizedText,
  Metric,
  Platform,
  Question,
  Source,
  Surface,
  SurfaceKind,
  TermNote,
  ViewCountRow,
  ViewThresholdKind,
  WellbeingPrompt,
} from './schema';
