// @vitest-environment happy-dom
// The content script wired to a page (happy-dom) and WXT's fake browser: what a hostile page can
// send must neither switch it off nor make it read again.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ScanPlan } from '@/lib/messages';
import { startDetector } from './index';

const plan: ScanPlan = { scan: true, labels: ['Impressions', 'Reactions'], hints: false };
let messages: { type: string; url?: string; labels?: string[] }[];
let ctx: ContentScriptContext;
let stopDetector: () => void;
const extensionId = fakeBrowser.runtime.id;

const reports = (type: string) => messages.filter((message) => message.type === type);
/** WXT's event names carry the extension id and the entrypoint, which any page can learn. */
const wxtEvent = (name: string) => `${fakeBrowser.runtime.id}:${import.meta.env.ENTRYPOINT}:${name}`;

beforeEach(async () => {
  fakeBrowser.reset();
  vi.useFakeTimers();
  // happy-dom has no idle callbacks: run them as soon as timers do.
  vi.stubGlobal('requestIdleCallback', (callback: IdleRequestCallback) =>
    setTimeout(() => callback({ didTimeout: false, timeRemaining: () => 50 }), 1),
  );
  vi.stubGlobal('cancelIdleCallback', (id: number) => clearTimeout(id));
  history.replaceState(null, '', '/company/1/admin/analytics/updates/');
  document.body.innerHTML = '<main><span>Impressions</span></main>';
  messages = [];
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
    const sent = message as { type: string };
    messages.push(sent);
    return sent.type === 'sidecoach/page' ? Promise.resolve(plan) : undefined;
  });
  // WXT makes this context before the script's main(); the script itself does not use it.
  ctx = new ContentScriptContext('detector');
  stopDetector = startDetector();
  await vi.advanceTimersByTimeAsync(2000);
});

afterEach(() => {
  stopDetector();
  ctx.abort();
  // fakeBrowser.reset() leaves the id as a test set it.
  Object.assign(fakeBrowser.runtime, { id: extensionId });
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

/** Adds a label to the page and says whether the content script reports it. */
async function readsNewLabel() {
  const label = Object.assign(document.createElement('span'), { textContent: 'Reactions' });
  document.querySelector('main')!.append(label);
  await vi.advanceTimersByTimeAsync(3000);
  return reports('sidecoach/labels').some((report) => report.labels?.includes('Reactions'));
}

describe('the content script on a hostile page', () => {
  it('keeps reading when the page replays WXT’s "content script started" event', async () => {
    expect(reports('sidecoach/labels')).toMatchObject([{ labels: ['Impressions'] }]);
    document.dispatchEvent(
      new CustomEvent(wxtEvent('wxt:content-script-started'), {
        detail: { contentScriptName: 'detector', messageId: 'forged' },
      }),
    );
    // WXT's own context believes it; the content script does not depend on it.
    expect(ctx.isInvalid).toBe(true);
    expect(await readsNewLabel()).toBe(true);
  });

  it('does not read again for fake location events, only for a real change of address', async () => {
    const fake = wxtEvent('wxt:locationchange');
    for (let count = 0; count < 10_000; count += 1) {
      window.dispatchEvent(new Event(fake));
      window.dispatchEvent(new PopStateEvent('popstate'));
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    }
    await vi.advanceTimersByTimeAsync(3000);
    expect(reports('sidecoach/page')).toHaveLength(1);

    history.pushState(null, '', '/company/1/admin/analytics/followers/');
    await vi.advanceTimersByTimeAsync(3000);
    expect(reports('sidecoach/page').map((report) => new URL(report.url!).pathname)).toEqual([
      '/company/1/admin/analytics/updates/',
      '/company/1/admin/analytics/followers/',
    ]);
  });

  it('stops, and reads nothing more, once the extension is gone', async () => {
    const sent = messages.length;
    // What an orphaned content script sees once its extension was reloaded or removed.
    Object.assign(fakeBrowser.runtime, { id: undefined });
    expect(await readsNewLabel()).toBe(false);
    history.pushState(null, '', '/company/1/admin/analytics/followers/');
    await vi.advanceTimersByTimeAsync(3000);
    expect(messages).toHaveLength(sent);
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('plans', () => {
  it('follows a plan the background pushes for this page, and nothing else', async () => {
    const pages = reports('sidecoach/page').length;
    // A settings change alone no longer makes the content script ask again: the background pushes.
    await fakeBrowser.storage.local.set({ settings: { pausedPlatforms: ['linkedin'] } });
    await vi.advanceTimersByTimeAsync(3000);
    expect(reports('sidecoach/page')).toHaveLength(pages);

    const pause = { type: 'sidecoach/plan', url: location.href, plan: { scan: false, labels: [], hints: false } };
    await fakeBrowser.runtime.onMessage.trigger(
      { ...pause, url: `${location.href}other/` },
      { id: fakeBrowser.runtime.id },
    );
    await fakeBrowser.runtime.onMessage.trigger(pause, { id: 'another-extension' });
    expect(await readsNewLabel()).toBe(true);

    await fakeBrowser.runtime.onMessage.trigger(pause, { id: fakeBrowser.runtime.id });
    const label = Object.assign(document.createElement('span'), { textContent: 'Reach' });
    document.querySelector('main')!.append(label);
    await vi.advanceTimersByTimeAsync(3000);
    expect(reports('sidecoach/labels').some((report) => report.labels?.includes('Reach'))).toBe(false);
    expect(reports('sidecoach/page')).toHaveLength(pages);
  });
});
