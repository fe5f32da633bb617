// @vitest-environment happy-dom
// The content script wired to a page (happy-dom) and WXT's fake browser: what a hostile page can
// send must neither switch it off nor make it read again; the same plan pushed again costs
// nothing; and the side panel can outline a label without touching the page.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing';
import type { ScanPlan } from '@/lib/messages';
import { startDetector } from './index';

const plan: ScanPlan = { scan: true, labels: ['Impressions', 'Reactions'], hints: false };
let messages: { type: string; url?: string; labels?: string[] }[];
/** Who listens for ports from the side panel (WXT's fake browser has no onConnect). */
let connectListeners: ((port: Browser.runtime.Port) => void)[];
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
  connectListeners = [];
  vi.spyOn(fakeBrowser.runtime.onConnect, 'addListener').mockImplementation((listener) => {
    connectListeners.push(listener);
  });
  vi.spyOn(fakeBrowser.runtime.onConnect, 'removeListener').mockImplementation((listener) => {
    connectListeners = connectListeners.filter((known) => known !== listener);
  });
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
    const sent = message as { type: string };
    messages.push(sent);
    return sent.type === 'sidecoach/page' ? Promise.resolve(plan) : undefined;
  });
  stopDetector = startDetector();
  await vi.advanceTimersByTimeAsync(2000);
});

afterEach(() => {
  stopDetector();
  // fakeBrowser.reset() leaves the id as a test set it.
  Object.assign(fakeBrowser.runtime, { id: extensionId });
  // The stubs first: the idle callback they put back is the one fake timers had replaced.
  vi.unstubAllGlobals();
  vi.useRealTimers();
  vi.restoreAllMocks();
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
    // The script is an unlisted script with no WXT context, so nothing listens for that event.
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

describe('a plan pushed again', () => {
  it('reads nothing again for the plan already followed, only sends what it found, and applies a changed plan at once', async () => {
    const reads = () => reports('sidecoach/labels').length;
    const push = (next: ScanPlan) =>
      fakeBrowser.runtime.onMessage.trigger(
        { type: 'sidecoach/plan', url: location.href, plan: next },
        { id: fakeBrowser.runtime.id },
      );
    const before = reads();
    const walk = vi.spyOn(document, 'evaluate');
    // What a restarted service worker pushes to every open tab, as often as it restarts.
    for (let count = 0; count < 3; count += 1) await push({ ...plan, labels: [...plan.labels] });
    await vi.advanceTimersByTimeAsync(3000);
    expect(walk).not.toHaveBeenCalled();
    // The worker that restarted may have lost the last report: each push gets it again, unread.
    expect(reads()).toBe(before + 3);

    // A pause and a resume apply at once; the resume reads the page and reports it again.
    await push({ scan: false, labels: [], hints: false });
    await push(plan);
    await vi.advanceTimersByTimeAsync(50);
    expect(walk).toHaveBeenCalled();
    expect(reads()).toBe(before + 4);
  });
});

/** A port as the side panel opens it with `tabs.connect`, driven by the test. */
function connect(name = 'sidecoach-highlight', id = fakeBrowser.runtime.id) {
  const onMessage: ((message: unknown) => void)[] = [];
  const onDisconnect: (() => void)[] = [];
  const port = {
    name,
    sender: { id },
    onMessage: { addListener: (listener: (message: unknown) => void) => onMessage.push(listener) },
    onDisconnect: { addListener: (listener: () => void) => onDisconnect.push(listener) },
  } as object as Browser.runtime.Port;
  for (const listener of connectListeners) listener(port);
  return {
    post: (message: unknown) => onMessage.forEach((listener) => listener(message)),
    disconnect: () => onDisconnect.forEach((listener) => listener()),
  };
}

describe('outlining the label the side panel points at', () => {
  let roots: ShadowRoot[];
  let label: HTMLElement;
  let rect: { left: number; top: number; width: number; height: number };

  beforeEach(() => {
    // The overlay's root is closed to the page; the test keeps a handle on it to look inside.
    roots = [];
    const attach = HTMLElement.prototype.attachShadow;
    vi.spyOn(HTMLElement.prototype, 'attachShadow').mockImplementation(function (this: HTMLElement, init) {
      const root = attach.call(this, init);
      roots.push(root);
      return root;
    });
    label = document.querySelector('main span')!;
    rect = { left: 100, top: 40, width: 80, height: 20 };
    vi.spyOn(label, 'getBoundingClientRect').mockImplementation(() => {
      const { left, top, width, height } = rect;
      return { left, top, width, height, right: left + width, bottom: top + height, x: left, y: top } as DOMRect;
    });
  });

  const host = () => document.querySelector('sidecoach-outline');
  const box = () => roots.at(-1)?.querySelector('div') ?? null;
  const drawn = () => {
    const shown = box();
    return shown && !shown.hidden ? [shown.style.left, shown.style.top, shown.style.width, shown.style.height] : null;
  };

  it('draws around the label, follows it as the page scrolls, and goes on null and when the panel closes', async () => {
    const pageBefore = document.body.outerHTML;
    const panel = connect();
    panel.post({ label: 'Impressions' });
    expect(drawn()).toEqual(['97px', '37px', '86px', '26px']);

    rect = { ...rect, top: 10 };
    window.dispatchEvent(new Event('scroll'));
    await vi.advanceTimersByTimeAsync(50);
    expect(drawn()).toEqual(['97px', '7px', '86px', '26px']);

    panel.post({ label: null });
    expect(drawn()).toBeNull();
    panel.post({ label: 'Impressions' });
    expect(drawn()).not.toBeNull();
    panel.disconnect();
    expect(host()).toBeNull();
    // The page itself is as it was: no attribute, style or node of ours left in it.
    expect(document.body.outerHTML).toBe(pageBefore);
  });

  it('touches no style of the page and takes no room in it', () => {
    const htmlBefore = document.documentElement.getAttribute('style');
    connect().post({ label: 'Impressions' });
    expect(host()).not.toBeNull();
    expect(label.getAttribute('style')).toBeNull();
    expect(document.body.getAttribute('style')).toBeNull();
    expect(document.documentElement.getAttribute('style')).toBe(htmlBefore);
    expect(document.styleSheets).toHaveLength(0);
    const style = (host() as HTMLElement).style;
    expect([style.position, style.width, style.height]).toEqual(['absolute', '0px', '0px']);
  });

  it('outlines nothing while the label is off screen, nor a label the page does not show', () => {
    const panel = connect();
    rect = { ...rect, top: -400 };
    panel.post({ label: 'Impressions' });
    expect(drawn()).toBeNull();
    panel.post({ label: 'Reach' });
    expect(drawn()).toBeNull();
  });

  it('listens only to the side panel of this extension', () => {
    connect('another-port').post({ label: 'Impressions' });
    connect('sidecoach-highlight', 'another-extension').post({ label: 'Impressions' });
    expect(host()).toBeNull();
  });
});
