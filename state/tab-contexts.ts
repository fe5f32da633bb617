// The context of each tab (platform, surface, metrics), kept in session storage: it survives a
// service-worker restart, is gone when the browser closes, and content scripts cannot read it.
import { storage } from 'wxt/utils/storage';
import { z } from '../lib/zod';
import { detectContext, type PageSnapshot } from '../lib/context';

export const tabContextSchema = z.object({
  url: z.string(),
  title: z.string().optional(),
  platform: z.string().nullable(),
  surface: z.string().nullable(),
  metrics: z.array(z.string()),
  updatedAt: z.number(),
});
export type TabContext = z.infer<typeof tabContextSchema>;

function key(tabId: number) {
  return `session:tab-context:${tabId}` as const;
}

/** Reads a value from storage as a tab context; anything else reads as none. */
export function parseTabContext(value: unknown): TabContext | null {
  const parsed = tabContextSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

export async function readTabContext(tabId: number): Promise<TabContext | null> {
  return parseTabContext(await storage.getItem(key(tabId)));
}

/**
 * Detects and stores the context of the page a tab shows. Returns it, or null (and forgets the
 * tab) when the page is not on a supported platform.
 */
export async function recordPage(tabId: number, snapshot: PageSnapshot, now = Date.now()): Promise<TabContext | null> {
  const detected = detectContext(snapshot);
  if (!detected.platform) {
    await forgetTab(tabId);
    return null;
  }
  const context: TabContext = { url: snapshot.url, title: snapshot.title, ...detected, updatedAt: now };
  await storage.setItem(key(tabId), context);
  return context;
}

/**
 * Follows a tab that navigated, as the browser reports it. `url` is undefined when the
 * extension may not see it, which means the tab left the supported platforms. A context the
 * content script already reported for this very URL is kept: it knows more than the URL.
 */
export async function followTab(tabId: number, url: string | undefined, title?: string): Promise<TabContext | null> {
  if (!url) {
    await forgetTab(tabId);
    return null;
  }
  const known = await readTabContext(tabId);
  if (known?.url === url) return known;
  return recordPage(tabId, { url, title });
}

export async function forgetTab(tabId: number): Promise<void> {
  await storage.removeItem(key(tabId));
}

/** Calls back with the tab's context whenever it changes. Returns the unwatch function. */
export function watchTabContext(tabId: number, callback: (context: TabContext | null) => void): () => void {
  return storage.watch(key(tabId), (value) => callback(parseTabContext(value)));
}
