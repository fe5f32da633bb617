// The messages that cross from content scripts to the background, as zod schemas. A content
// script runs beside a page we do not trust, so everything it sends is parsed before use.
import { z } from './zod';

export const pageReportSchema = z.strictObject({
  type: z.literal('sidecoach/page'),
  url: z.string().max(4096),
  title: z.string().max(1024).optional(),
  texts: z.array(z.string().max(200)).max(2000).optional(),
});
export type PageReport = z.infer<typeof pageReportSchema>;

/** The parts of `runtime.MessageSender` the background checks. */
export interface SenderInfo {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number };
}

export type ReportCheck = { ok: true; tabId: number; report: PageReport } | { ok: false; reason: string };

function origin(url: string | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

/**
 * Accepts a page report only when it parses, comes from our own extension's content script in
 * a tab's top frame, and describes the page it was sent from (same origin as the sender).
 */
export function checkPageReport(message: unknown, sender: SenderInfo, extensionId: string): ReportCheck {
  if (sender.id !== extensionId) return { ok: false, reason: 'sender is not this extension' };
  const tabId = sender.tab?.id;
  if (tabId === undefined || tabId < 0) return { ok: false, reason: 'sender is not a tab' };
  if (sender.frameId !== undefined && sender.frameId !== 0) return { ok: false, reason: 'sender is not a top frame' };
  const parsed = pageReportSchema.safeParse(message);
  if (!parsed.success) return { ok: false, reason: `malformed page report: ${z.prettifyError(parsed.error)}` };
  const senderOrigin = origin(sender.url);
  if (senderOrigin === null || senderOrigin !== origin(parsed.data.url)) {
    return { ok: false, reason: 'reported URL is not on the sender page' };
  }
  return { ok: true, tabId, report: parsed.data };
}
