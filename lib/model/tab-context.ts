// What Sidecoach knows about the page a tab shows: platform, surface, account, the period on
// screen and the metrics read there. Kept in session storage by state/tab-contexts.ts.
import { surfaceKindSchema } from '../../content/schema';
import { z } from '../zod';
import { parsedChangeSchema, parsedValueSchema, readingPlaceSchema } from './reading';

/** The longest title kept for a tab; longer ones are cut, never refused. */
export const MAX_TAB_TITLE = 200;

export const tabContextSchema = z.object({
  /** The page's address as far as its platform's rules name it: never the whole query or fragment. */
  url: z.string(),
  title: z.string().optional(),
  platform: z.string().nullable(),
  surface: z.string().nullable(),
  kind: surfaceKindSchema.nullable().default(null),
  account: z.string().nullable().default(null),
  dateRange: z.string().nullable().default(null),
  metrics: z.array(z.string()),
  /** Exactly the labels the content script reported from the page: what Sidecoach read. */
  labels: z.array(z.string()).default([]),
  /**
   * The values read beside those labels: as shown, and as numbers where they could be read. A
   * value that does not read as a number keeps its text and a null number, never a guess.
   */
  values: z
    .array(
      z.object({
        metric: z.string(),
        label: z.string(),
        where: readingPlaceSchema.nullable(),
        text: z.string(),
        value: parsedValueSchema.nullable(),
        changeText: z.string().nullable(),
        change: parsedChangeSchema.nullable(),
      }),
    )
    .default([]),
  /** The language the page's numbers were read in. */
  locale: z.string().default('en'),
  /** The leader paused Sidecoach on this platform: nothing is read. */
  paused: z.boolean().default(false),
  /** The extension's own sample dashboard, coached as if read: the panel says it is a sample. */
  sample: z.boolean().default(false),
  /** The last scan of the page: text nodes looked at, main-thread time (reading values too), idle slices used. */
  scan: z
    .object({ nodes: z.number(), ms: z.number(), valuesMs: z.number().optional(), slices: z.number() })
    .nullable()
    .default(null),
  updatedAt: z.number(),
});
export type TabContext = z.infer<typeof tabContextSchema>;
export type TabValue = TabContext['values'][number];
