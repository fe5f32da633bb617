// A request for the side panel to show something: the explainer for a metric whose in-page hint
// was clicked, or the Glossary for text the leader selected and chose "Explain with Sidecoach"
// on. Kept in session storage, so a panel that opens because of it finds it waiting.
import { z } from '../lib/zod';
import { CLEAR, defineSessionValue } from './item';

export const panelRequestSchema = z.object({
  tabId: z.int(),
  metric: z.optional(z.string().check(z.regex(/^[a-z0-9-]+$/))),
  query: z.optional(z.string().check(z.maxLength(200))),
  /** A side panel view to open, such as the full checklist. */
  view: z.optional(z.enum(['checklist'])),
  at: z.number(),
});
export type PanelRequest = z.infer<typeof panelRequestSchema>;

const item = defineSessionValue('panel-request', panelRequestSchema);

/** Requests older than this were meant for a panel that never came. */
export const panelRequestLifetimeMs = 60_000;

/** Leaves a request for the panel; throws when it cannot, so the caller can say so. */
export async function requestPanel(request: PanelRequest): Promise<void> {
  const result = await item.write(() => panelRequestSchema.parse(request));
  if (!result.ok) throw new Error(JSON.stringify(result.message));
}

function fresh(request: PanelRequest | null, now: number): PanelRequest | null {
  return request && now - request.at < panelRequestLifetimeMs ? request : null;
}

/**
 * Takes the waiting request for this tab, if there is a fresh one, so it is acted on once; a
 * request for another tab is left for the panel beside that tab.
 */
export async function takePanelRequest(tabId: number, now = Date.now()): Promise<PanelRequest | null> {
  let taken: PanelRequest | null = null;
  await item.write((request) => {
    taken = request?.tabId === tabId ? fresh(request, now) : null;
    return taken ? CLEAR : null;
  });
  return taken;
}

/** Calls back with each new request for this tab, taking it. Returns the unwatch function. */
export function watchPanelRequests(tabId: number, callback: (request: PanelRequest) => void): () => void {
  return item.watch(() => {
    void takePanelRequest(tabId).then((request) => request && callback(request));
  });
}
