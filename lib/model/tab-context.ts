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
  title: z.optional(z.string()),
  platform: z.nullable(z.string()),
  surface: z.nullable(z.string()),
  kind: z._default(z.nullable(surfaceKindSchema), null),
  account: z._default(z.nullable(z.string()), null),
  dateRange: z._default(z.nullable(z.string()), null),
  metrics: z.array(z.string()),
  /** Exactly the labels the content script reported from the page: what Sidecoach read. */
  labels: z._default(z.array(z.string()), []),
  /**
   * The values read beside those labels: as shown, and as numbers where they could be read. A
   * value that does not read as a number keeps its text and a null number, never a guess.
   */
  values: z._default(
    z.array(
      z.object({
        metric: z.string(),
        label: z.string(),
        where: z.nullable(readingPlaceSchema),
        text: z.string(),
        value: z.nullable(parsedValueSchema),
        changeText: z.nullable(z.string()),
        change: z.nullable(parsedChangeSchema),
      }),
    ),
    [],
  ),
  /** The language the page's numbers were read in. */
  locale: z._default(z.string(), 'en'),
  /** The leader paused Sidecoach on this platform: nothing is read. */
  paused: z._default(z.boolean(), false),
  /** The extension's own sample dashboard, coached as if read: the panel says it is a sample. */
  sample: z._default(z.boolean(), false),
  /** The last scan of the page: text nodes looked at, main-thread time (reading values too), idle slices used, the longest. */
  scan: z._default(
    z.nullable(
      z.object({
        nodes: z.number(),
        ms: z.number(),
        valuesMs: z.optional(z.number()),
        slices: z.number(),
        longestSliceMs: z.optional(z.number()),
      }),
    ),
    null,
  ),
  updatedAt: z.number(),
});
export type TabContext = z.infer<typeof tabContextSchema>;
export type TabValue = TabContext['values'][number];
