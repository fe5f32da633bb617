// A request for the side panel to show something: the explainer for a metric whose in-page hint
// was clicked, or the Glossary for text the leader selected and chose "Explain with Sidecoach"
// on. Kept in session storage, so a panel that opens because of it finds it waiting.
import { storage } from 'wxt/utils/storage';
import { z } from '../lib/zod';

export const panelRequestSchema = z.object({
  tabId: z.int(),
  metric: z
    .string()
    .regex(/^[a-z0-9-]+$/)
    .optional(),
  query: z.string().max(200).optional(),
  /** A side panel view to open, such as the full checklist. */
  view: z.enum(['checklist']).optional(),
  at: z.number(),
});
export type PanelRequest = z.infer<typeof panelRequestSchema>;

const item = storage.defineItem<PanelRequest | null>('session:panel-request', { fallback: null });

/** Requests older than this were meant for a panel that never came. */
export const panelRequestLifetimeMs = 60_000;

export async function requestPanel(request: PanelRequest): Promise<void> {
  await item.setValue(panelRequestSchema.parse(request));
}

function fresh(value: unknown, now: number): PanelRequest | null {
  const parsed = panelRequestSchema.safeParse(value);
  return parsed.success && now - parsed.data.at < panelRequestLifetimeMs ? parsed.data : null;
}

/** Takes the waiting request, if there is a fresh one, so it is acted on once. */
export async function takePanelRequest(now = Date.now()): Promise<PanelRequest | null> {
  const request = fresh(await item.getValue(), now);
  if (request) await item.setValue(null);
  return request;
}

/** Calls back with each new request. Returns the unwatch function. */
export function watchPanelRequests(callback: (request: PanelRequest) => void): () => void {
  return item.watch((value) => {
    const request = fresh(value, Date.now());
    if (request) {
      callback(request);
      void item.setValue(null);
    }
  });
}
