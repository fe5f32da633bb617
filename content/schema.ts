// Every shape of the coaching library, once, in zod; the types come from z.infer.
import { z } from '../lib/zod';

/** A text shown to the leader, in English and Bahasa Indonesia. Both are required. */
export const localizedTextSchema = z.object({
  en: z.string().check(z.trim(), z.minLength(1)),
  id: z.string().check(z.trim(), z.minLength(1)),
});
export type LocalizedText = z.infer<typeof localizedTextSchema>;

/** Library ids: kebab-case. */
export const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const idSchema = z.string().check(z.regex(idPattern, 'ids are kebab-case'));

/** A calendar date, `YYYY-MM-DD`. */
const dateSchema = z.iso.date();

/** What kind of place a surface is; the coaching picks questions and prompts by kind. */
export const surfaceKindSchema = z.enum(['feed', 'profile', 'inbox', 'publishing', 'ads', 'analytics']);
export type SurfaceKind = z.infer<typeof surfaceKindSchema>;

/**
 * One URL rule: every part given must match. `path` is tested against the URL's pathname,
 * `hash` against its fragment (for apps that route by `#/...`).
 */
export const urlRuleSchema = z
  .object({
    hosts: z.optional(z.array(z.string().check(z.minLength(1))).check(z.minLength(1))),
    path: z.optional(z.instanceof(RegExp)),
    hash: z.optional(z.instanceof(RegExp)),
  })
  .check(z.refine((rule) => rule.hosts || rule.path || rule.hash, 'a rule needs a host, path or hash'));
export type UrlRule = z.infer<typeof urlRuleSchema>;

export const surfaceSchema = z.object({
  id: idSchema,
  kind: surfaceKindSchema,
  name: localizedTextSchema,
  /** What the leader is looking at here, in one sentence. */
  summary: localizedTextSchema,
  rules: z.array(urlRuleSchema).check(z.minLength(1)),
  /** Real-looking URLs of this surface; a test checks each is detected as this surface only. */
  examples: z.array(z.url()).check(z.minLength(2)),
});
export type Surface = z.infer<typeof surfaceSchema>;

export const platformSchema = z.object({
  id: idSchema,
  name: localizedTextSchema,
  /** Exact host names, lower case. Look-alike hosts never match. */
  hosts: z.array(z.string().check(z.regex(/^[a-z0-9.-]+$/))).check(z.minLength(1)),
  /** Where a leader finds this platform's analytics; a test checks it is this platform's. */
  start: z.url({ protocol: /^https$/ }),
  /** Checked in order: the first surface whose rule matches wins, so put specific ones first. */
  surfaces: z.array(surfaceSchema),
});
export type Platform = z.infer<typeof platformSchema>;

/**
 * What detection needs of a metric: its id and the labels each platform's interface shows for
 * it, in English and in the Indonesian interface. Kept apart from the explainers so the content
 * script and the background never carry the whole library.
 */
export const metricLabelsSchema = z.object({
  id: idSchema,
  /** Per platform id: the exact labels that platform's interface shows, in any language. */
  labels: z.record(idSchema, z.array(z.string().check(z.trim(), z.minLength(2))).check(z.minLength(1))),
});
export type MetricLabels = z.infer<typeof metricLabelsSchema>;

export const metricCategorySchema = z.enum(['reach', 'video', 'engagement', 'audience', 'care', 'web', 'ads']);
export type MetricCategory = z.infer<typeof metricCategorySchema>;

export const goalIdSchema = z.enum([
  'audience-growth',
  'awareness',
  'engagement',
  'community',
  'leads-and-sales',
  'customer-care',
  'reputation',
]);
export type GoalId = z.infer<typeof goalIdSchema>;

/** An official page a definition comes from, and the day someone last read it. */
export const sourceSchema = z.object({
  title: z.string().check(z.trim(), z.minLength(3)),
  url: z.url({ protocol: /^https$/ }),
  checked: dateSchema,
});
export type Source = z.infer<typeof sourceSchema>;

/** How one platform defines and counts a metric. */
export const metricVariantSchema = z.object({
  platform: idSchema,
  /** The name this platform gives it, when it differs from the metric's name. */
  name: z.optional(localizedTextSchema),
  definition: localizedTextSchema,
});
export type MetricVariant = z.infer<typeof metricVariantSchema>;

/** A change a platform made to a metric, and when. */
export const metricChangeSchema = z.object({
  platform: idSchema,
  /** `YYYY-MM` or `YYYY-MM-DD`, as precise as the source is. */
  when: z.string().check(z.regex(/^\d{4}-\d{2}(?:-\d{2})?$/)),
  what: localizedTextSchema,
});

/**
 * Something to watch for when reading a metric. `platforms` names the platforms a caution is
 * about (Instagram's two like totals): an open card on one of them may show it, a card on any
 * other never does. Without it the caution holds wherever the metric is shown.
 */
export const pitfallSchema = z.extend(localizedTextSchema, {
  platforms: z.optional(z.array(idSchema).check(z.minLength(1))),
});
export type Pitfall = z.infer<typeof pitfallSchema>;

export const metricSchema = z.object({
  id: idSchema,
  category: metricCategorySchema,
  /**
   * Which way a change is usually good news, as a glance reads the change beside the value: drawn
   * as good news going that way and as a warning going the other. `neither` where it depends on
   * the goal or the moment (spend, frequency, volumes, sentiment), drawn plain.
   */
  better: z.enum(['higher', 'lower', 'neither']),
  name: localizedTextSchema,
  /** Other names people use for it, in either language; the Glossary searches these too. */
  aliases: z.array(z.string().check(z.trim(), z.minLength(2))),
  /** Two sentences at most. */
  short: localizedTextSchema,
  /** The longer explanation in plain language. */
  explanation: localizedTextSchema,
  formula: z.optional(localizedTextSchema),
  variants: z.array(metricVariantSchema).check(z.minLength(1)),
  pitfalls: z.array(pitfallSchema).check(z.minLength(1)),
  changes: z.array(metricChangeSchema),
  /** The question to ask the team about this metric. */
  question: localizedTextSchema,
  goals: z.array(goalIdSchema).check(z.minLength(1)),
  sources: z.array(sourceSchema).check(z.minLength(1)),
  /** Said when no official source exists, when sources disagree, or when a source could not be read in full. */
  sourceNote: z.optional(localizedTextSchema),
});
export type Metric = z.infer<typeof metricSchema>;

export const questionThemeSchema = z.enum([
  'audience',
  'platforms',
  'brand-voice',
  'data-and-reporting',
  'metric-definitions',
  'goals-and-roi',
  'workload',
  'tools-and-budget',
  'crisis',
  'wellbeing',
  'learning',
]);
export type QuestionTheme = z.infer<typeof questionThemeSchema>;

export const leaderPhaseSchema = z.enum(['first-week', 'first-90-days', 'ongoing']);
export type LeaderPhase = z.infer<typeof leaderPhaseSchema>;

export const questionSchema = z.object({
  id: idSchema,
  theme: questionThemeSchema,
  text: localizedTextSchema,
  /** Why it matters. */
  why: localizedTextSchema,
  /** What a good answer shows. */
  goodAnswer: localizedTextSchema,
  phases: z.array(leaderPhaseSchema).check(z.minLength(1)),
  /** The kinds of surface where it is worth asking; empty means anywhere. */
  surfaces: z.array(surfaceKindSchema),
  /** Platform ids it is specific to; empty means every platform. */
  platforms: z.array(idSchema),
  /** Metric ids it concerns. */
  metrics: z.array(idSchema),
});
export type Question = z.infer<typeof questionSchema>;

export const wellbeingSituationSchema = z.enum([
  'heavy-inbox',
  'crisis',
  'after-hours',
  'after-launch',
  'weekly-check-in',
  'praise',
  'workload-audit',
  'many-hats',
]);
export type WellbeingSituation = z.infer<typeof wellbeingSituationSchema>;

export const wellbeingPromptSchema = z.object({
  id: idSchema,
  situations: z.array(wellbeingSituationSchema).check(z.minLength(1)),
  /** What the leader should notice. */
  prompt: localizedTextSchema,
  /** One concrete thing the leader can do today. */
  action: localizedTextSchema,
  /**
   * For someone who seems in distress (pointing to HR or an assistance programme): shown where the
   * leader reads it in context, never in a reminder, which cannot know how a person is doing.
   */
  distress: z.optional(z.boolean()),
});
export type WellbeingPrompt = z.infer<typeof wellbeingPromptSchema>;

export const checklistPhaseSchema = z.enum(['first-week', 'first-30-days', 'first-60-days', 'first-90-days']);
export type ChecklistPhase = z.infer<typeof checklistPhaseSchema>;

/** What the leader does in Sidecoach that shows an item is done, so the checklist can tick itself. */
export const autoTickSchema = z.discriminatedUnion('kind', [
  /** Opened a surface of this kind (on this platform, or on `count` different platforms). */
  z.object({
    kind: z.literal('visited'),
    surface: surfaceKindSchema,
    platform: z.optional(idSchema),
    count: z._default(z.int().check(z.minimum(1)), 1),
  }),
  z.object({ kind: z.literal('saved-question'), count: z._default(z.int().check(z.minimum(1)), 1) }),
  z.object({ kind: z.literal('metric-note'), count: z._default(z.int().check(z.minimum(1)), 1) }),
  z.object({ kind: z.literal('team-member'), count: z._default(z.int().check(z.minimum(1)), 1) }),
]);
export type AutoTick = z.infer<typeof autoTickSchema>;

export const checklistItemSchema = z.object({
  id: idSchema,
  phase: checklistPhaseSchema,
  text: localizedTextSchema,
  /** The question this item is about, by id. */
  question: z.optional(idSchema),
  /** The surface this item is about. */
  surface: z.optional(z.object({ platform: z.optional(idSchema), kind: surfaceKindSchema })),
  autoTick: z.optional(autoTickSchema),
});
export type ChecklistItem = z.infer<typeof checklistItemSchema>;

export const goalSchema = z.object({
  id: goalIdSchema,
  name: localizedTextSchema,
  summary: localizedTextSchema,
  /** Metric ids that show progress, the strongest signal first. */
  metrics: z.array(idSchema).check(z.minLength(2)),
  /** The trap: how these numbers mislead when read alone. */
  trap: localizedTextSchema,
  questions: z.array(idSchema),
});
export type Goal = z.infer<typeof goalSchema>;

export const learningSchema = z.object({
  retro: z.object({
    name: localizedTextSchema,
    intro: localizedTextSchema,
    /** How often, in words ("every two weeks"). */
    cadence: localizedTextSchema,
    sections: z
      .array(
        z.object({
          id: idSchema,
          heading: localizedTextSchema,
          prompts: z.array(localizedTextSchema).check(z.minLength(2)),
        }),
      )
      .check(z.minLength(3)),
  }),
  /** Kinds of sources worth following. Never named people or accounts. */
  sourceKinds: z
    .array(z.object({ id: idSchema, name: localizedTextSchema, why: localizedTextSchema, how: localizedTextSchema }))
    .check(z.minLength(4)),
});
export type Learning = z.infer<typeof learningSchema>;

// Readings: rules that look at the metrics on screen together and say, carefully, what the
// combination often means and what to ask (issue 12). Conditions are data, evaluated by
// lib/readings.ts against the values and changes lib/values.ts reads.

/** The kinds of value a page shows, as lib/values.ts reads them. */
export const valueKindSchema = z.enum(['count', 'percent', 'money', 'duration']);

/** A figure in the unit the page shows it: seconds for a duration, 4.79 for "4.79%". */
export const readingThresholdSchema = z.object({ value: z.number(), kind: valueKindSchema });
export type ReadingThreshold = z.infer<typeof readingThresholdSchema>;

/**
 * One metric's test: its change goes one way ("flat" also holds for a change no larger than
 * `within`), or its value is strictly above or below a threshold.
 */
export const readingTestSchema = z.union([
  z.strictObject({
    metric: idSchema,
    change: z.enum(['up', 'down', 'flat']),
    within: z.optional(readingThresholdSchema),
  }),
  z.strictObject({ metric: idSchema, above: readingThresholdSchema }),
  z.strictObject({ metric: idSchema, below: readingThresholdSchema }),
]);
export type ReadingTest = z.infer<typeof readingTestSchema>;

const anyTestsSchema = z.strictObject({ any: z.array(readingTestSchema).check(z.minLength(2)) });

/** A single test, every one of several (some of which may be a choice), or any one of several. */
export const readingConditionSchema = z.union([
  readingTestSchema,
  z.strictObject({ all: z.array(z.union([readingTestSchema, anyTestsSchema])).check(z.minLength(2)) }),
  anyTestsSchema,
]);
export type ReadingCondition = z.infer<typeof readingConditionSchema>;

export const readingRuleSchema = z.object({
  id: idSchema,
  /** The platforms whose dashboards show these metrics together. */
  platforms: z.array(idSchema).check(z.minLength(1)),
  condition: readingConditionSchema,
  /** The condition in words, as the reading's heading ("Impressions up, engagement rate down"). */
  title: localizedTextSchema,
  /** What the combination often means and what else can explain it; never a cause. */
  text: localizedTextSchema,
  /** The question for the team the reading ends in. */
  question: localizedTextSchema,
  /** Every metric the condition tests, so the card can link their explainers. */
  metrics: z.array(idSchema).check(z.minLength(1)),
  /** Where a threshold in the condition comes from, when it has one. */
  basis: z.optional(localizedTextSchema),
});
export type ReadingRule = z.infer<typeof readingRuleSchema>;

// ---------------------------------------------------------------------------------------------
// The Glossary's reference tables: what counts as a view on each platform, and notes on words
// that mean different things in different Indonesian interfaces. Kept together here.

/** The kind of rule behind a view, so rows can be grouped and compared at a glance. */
export const viewThresholdKindSchema = z.enum([
  /** Counted from the first frame or the start of playback, autoplay included. */
  'first-frame',
  /** Every start counts, sometimes replays too; or, for non-video posts, every time on screen. */
  'play-start',
  /** Two continuous seconds, without a stated share of the video on screen. */
  '2s',
  /** Two seconds with at least half of the video on screen. */
  '2s-50pct',
  '3s',
  /** Fifteen seconds, or the whole of a shorter video (Meta's ThruPlay). */
  '15s-thruplay',
  /** A stricter count kept beside a looser public one (YouTube's engaged views). */
  'engaged-view',
  'other',
]);
export type ViewThresholdKind = z.infer<typeof viewThresholdKindSchema>;

/** One row of "What counts as a view": a platform, where on it, and the rule, with its sources. */
export const viewCountRowSchema = z.object({
  id: idSchema,
  platform: idSchema,
  /** The surface or format the rule applies to ("Video ads", "Shorts"). */
  surface: localizedTextSchema,
  /** The rule itself, in a sentence. */
  threshold: localizedTextSchema,
  kind: viewThresholdKindSchema,
  /** Said when the rule could not be confirmed in full, or sources disagree. */
  note: z.optional(localizedTextSchema),
  sources: z.array(sourceSchema).check(z.minLength(1)),
});
export type ViewCountRow = z.infer<typeof viewCountRowSchema>;

/** A word whose meaning changes between platforms' interfaces, shown wherever its metrics are. */
export const termNoteSchema = z.object({
  id: idSchema,
  /** The words the note is about, as interfaces show them. */
  terms: z.array(z.string().check(z.trim(), z.minLength(2))).check(z.minLength(1)),
  /** The metrics whose pages and search results show the note. */
  metrics: z.array(idSchema).check(z.minLength(1)),
  note: localizedTextSchema,
});
export type TermNote = z.infer<typeof termNoteSchema>;
