// The messages between content scripts and the background, as zod schemas. A content script
// runs beside a page we do not trust, so everything it sends is parsed and checked before use.
import { maxDateRangeText } from './date-range';
import { maxLabelLength } from './page-scan';
import { maxValueText } from './page-values';
import { z } from './zod';

/**
 * As long as browsers allow. A long address or title is never a reason to refuse a report: the
 * background keeps only the part of an address its platform names, and a short title.
 */
const url = z.string().check(z.maxLength(2 * 1024 * 1024));

/** A page loaded or changed URL. The background answers with a `ScanPlan`. */
export const pageReportSchema = z.strictObject({
  type: z.literal('sidecoach/page'),
  url,
  title: z.optional(z.string().check(z.maxLength(1024 * 1024))),
});
export type PageReport = z.infer<typeof pageReportSchema>;

/** Where on the page a value was read: a label shown twice (a tile and a table) keeps both. */
export const valuePlaceSchema = z.enum(['tile', 'table', 'row']);

/**
 * A value the page shows with an allow-listed label, as text: the background reads the number,
 * never trusting anything but the text.
 */
export const shownValueSchema = z.strictObject({
  label: z.string().check(z.maxLength(maxLabelLength)),
  where: z.nullable(valuePlaceSchema),
  /** The value exactly as shown ("48,210", "4,79%"). */
  text: z.string().check(z.maxLength(maxValueText)),
  /** The change shown beside it ("▲ 12.4%", or an `aria-label` such as "naik 5%"), if any. */
  change: z.nullable(z.string().check(z.maxLength(maxValueText))),
});
export type ShownValue = z.infer<typeof shownValueSchema>;

/** What one scan of the page found: allow-listed labels only, their values, and the date range shown. */
export const labelsReportSchema = z.strictObject({
  type: z.literal('sidecoach/labels'),
  url,
  labels: z.array(z.string().check(z.maxLength(maxLabelLength))).check(z.maxLength(500)),
  /** The values beside those labels; older content scripts send none. */
  values: z._default(z.array(shownValueSchema).check(z.maxLength(200)), []),
  /** The page's language (`<html lang>`), which decides how "1.234" reads; '' when it names none. */
  lang: z._default(z.string().check(z.maxLength(35)), ''),
  dateRange: z.nullable(z.string().check(z.maxLength(maxDateRangeText))),
  scan: z.strictObject({
    nodes: z.int().check(z.minimum(0)),
    /** Main-thread time of the pass, reading the values included. */
    ms: z.number().check(z.minimum(0), z.maximum(600_000)),
    /** The part of `ms` spent reading values; older content scripts send none. */
    valuesMs: z.optional(z.number().check(z.minimum(0), z.maximum(600_000))),
    slices: z.int().check(z.minimum(0)),
    /** The longest of those slices; older content scripts send none. */
    longestSliceMs: z.optional(z.number().check(z.minimum(0), z.maximum(600_000))),
  }),
});
export type LabelsReport = z.infer<typeof labelsReportSchema>;

/** The leader clicked an in-page hint beside a label. */
export const explainRequestSchema = z.strictObject({
  type: z.literal('sidecoach/explain'),
  url,
  label: z.string().check(z.maxLength(maxLabelLength)),
});
export type ExplainRequest = z.infer<typeof explainRequestSchema>;

/**
 * Firefox's answer to an explain request. Firefox opens its sidebar only from the browser's own
 * buttons, menus and keys, never from a page's message, so the page says how to open it when it
 * is closed; the request waits for it. Chrome opens its side panel and gives no answer.
 */
export interface ExplainAnswer {
  sidebarOpen: boolean;
  /** The shortcut that opens the sidebar now, or '' when the leader removed it. */
  shortcut: string;
}

export const contentMessageSchema = z.discriminatedUnion('type', [
  pageReportSchema,
  labelsReportSchema,
  explainRequestSchema,
]);
export type ContentMessage = z.infer<typeof contentMessageSchema>;

/** The background's answer to a page report: whether and what to read on this page. */
export const scanPlanSchema = z.strictObject({
  scan: z.boolean(),
  /** The labels worth looking for on this platform; nothing else is kept. */
  labels: z.array(z.string()),
  hints: z.boolean(),
});
export type ScanPlan = z.infer<typeof scanPlanSchema>;

export const noScan: ScanPlan = { scan: false, labels: [], hints: false };

/** A new plan the background sends a tab by itself: settings changed, or the background restarted. */
export const planPushSchema = z.strictObject({
  type: z.literal('sidecoach/plan'),
  /** The page the plan is for; a content script on another page ignores it. */
  url,
  plan: scanPlanSchema,
});
export type PlanPush = z.infer<typeof planPushSchema>;

/** The parts of `runtime.MessageSender` the background checks. */
export interface SenderInfo {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number };
}

export type MessageCheck = { ok: true; tabId: number; message: ContentMessage } | { ok: false; reason: string };

function origin(address: string | undefined): string | null {
  if (!address) return null;
  try {
    return new URL(address).origin;
  } catch {
    return null;
  }
}

/**
 * Accepts a message only when it parses, comes from our own extension's content script in a
 * tab's top frame, and is about the page it was sent from (same origin as the sender).
 */
export function checkContentMessage(message: unknown, sender: SenderInfo, extensionId: string): MessageCheck {
  if (sender.id !== extensionId) return { ok: false, reason: 'sender is not this extension' };
  const tabId = sender.tab?.id;
  if (tabId === undefined || tabId < 0) return { ok: false, reason: 'sender is not a tab' };
  if (sender.frameId !== undefined && sender.frameId !== 0) return { ok: false, reason: 'sender is not a top frame' };
  const parsed = contentMessageSchema.safeParse(message);
  if (!parsed.success) return { ok: false, reason: `malformed message: ${z.prettifyError(parsed.error)}` };
  const senderOrigin = origin(sender.url);
  if (senderOrigin === null || senderOrigin !== origin(parsed.data.url)) {
    return { ok: false, reason: 'message is about another page than the sender' };
  }
  return { ok: true, tabId, message: parsed.data };
}

/** What a reminder's answer buttons in the popup ask the background to do. */
export const nudgeAnswerRequestSchema = z.strictObject({
  type: z.literal('sidecoach/answer-nudge'),
  /** The reminder the popup showed: answered only if it is still the one waiting. */
  id: z.string().check(z.minLength(1), z.maxLength(200)),
  answer: z.enum(['done', 'snooze', 'dismiss']),
});
export type NudgeAnswerRequest = z.infer<typeof nudgeAnswerRequestSchema>;

/** The background's reply: answered, or already answered (or gone) before the click arrived. */
export type NudgeAnswerReply = { ok: true } | { ok: false; reason: 'gone' | 'failed' };

export type PageMessageCheck = { ok: true; message: NudgeAnswerRequest } | { ok: false; reason: string };

/**
 * Accepts a message from one of our own extension pages (the popup), never from a content script
 * or another extension: the sender's address must be under `extensionBase`, the extension's own
 * root (`runtime.getURL('/')`, ending in a slash). Compared as text: a URL's `origin` is "null"
 * for these schemes outside the browser.
 */
export function checkPageMessage(
  message: unknown,
  sender: SenderInfo,
  extensionId: string,
  extensionBase: string,
): PageMessageCheck {
  if (sender.id !== extensionId) return { ok: false, reason: 'sender is not this extension' };
  if (!extensionBase.endsWith('/') || !sender.url?.startsWith(extensionBase)) {
    return { ok: false, reason: 'sender is not an extension page' };
  }
  const parsed = nudgeAnswerRequestSchema.safeParse(message);
  if (!parsed.success) return { ok: false, reason: `malformed message: ${z.prettifyError(parsed.error)}` };
  return { ok: true, message: parsed.data };
}
