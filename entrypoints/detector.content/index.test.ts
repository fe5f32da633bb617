// @vitest-environment happy-dom
// The content script wired to a page (happy-dom) and WXT's fake browser: what a hostile page can
// send must neither switch it off nor make it read again.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ScanPlan } from '@/lib/messages';
import detector from './index';

const plan: ScanPlan = { scan: true, labels: ['Impressions', 'Reactions'], hints: false };
let messages: { type: string; url?: string; labels?: string[] }[];
let ctx: ContentScriptContext;

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
  ctx = new ContentScriptContext('detector');
  await detector.main(ctx);
  await vi.advanceTimersByTimeAsync(2000);
});

afterEach(() => {
  ctx.abort();
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
    (fakeBrowser.runtime as { id?: string }).id = undefined;
    expect(await readsNewLabel()).toBe(false);
    history.pushState(null, '', '/company/1/admin/analytics/followers/');
    await vi.advanceTimersByTimeAsync(3000);
    expect(messages).toHaveLength(sent);
    expect(vi.getTimerCount()).toBe(0);
  });
});
