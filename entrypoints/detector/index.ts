// The content script: tells the background which page this tab shows, and, where the background
// says the page is worth reading, which metric labels it shows and the values beside them. Light
// by design: work happens in idle time, in slices, never while the tab is hidden; after the first
// pass only what changed is read; and only text on the background's allow-list of labels (and the
// figures beside them) is kept. No React, no coaching text, nothing a person types. When to read
// is decided in lib/page-watch.ts; this file wires it to the page, and outlines a label while the
// side panel points at it (outline.ts).
//
// Nothing here trusts an event the page can send. WXT's `ctx` switches itself off when it sees
// its "content-script-started" event, which any page can replay, and its `wxt:locationchange`
// event can be dispatched by the page too; so `ctx` is not used at all. We stop only when the
// extension is really gone (`runtime.id` is undefined after a reload or removal), and we follow
// URL changes by comparing `location.href` whenever something says it may have changed.
import { browser, type Browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import type { ExplainRequest, LabelsReport, PageReport } from '@/lib/messages';
import { createPageWatch, readPlanPush } from '@/lib/page-watch';
import { createHints } from './hints';
import { createOutline, highlightPort, type Outline } from './outline';

/** How often to look at the address where the browser has no Navigation API (Firefox 140). */
const locationPollMs = 1000;

const alive = () => browser.runtime?.id != null;

function send(message: PageReport | LabelsReport | ExplainRequest): Promise<unknown> {
  if (!alive()) return Promise.resolve(undefined);
  return browser.runtime.sendMessage(message);
}

/** Starts reading the page; returns the function that stops it and removes every listener and timer. */
export function startDetector(): () => void {
  const lifetime = new AbortController();
  const { signal } = lifetime;
  let poll: ReturnType<typeof setInterval> | undefined;
  let outline: Outline | null = null;
  /** The panel whose outline is shown: when it closes (its port disconnects), the outline goes. */
  let pointing: Browser.runtime.Port | null = null;

  const watch = createPageWatch({
    now: () => performance.now(),
    idle: (callback, timeout) => {
      const id = requestIdleCallback(callback, { timeout });
      return () => cancelIdleCallback(id);
    },
    later: (callback, delay) => {
      const id = setTimeout(callback, delay);
      return () => clearTimeout(id);
    },
    hidden: () => document.visibilityState === 'hidden',
    href: () => location.href,
    title: () => document.title,
    lang: () => document.documentElement.lang.slice(0, 35),
    root: () => document.body ?? document.documentElement,
    alive,
    send,
    observe(onMutations) {
      const observer = new MutationObserver(onMutations);
      const options = { childList: true, subtree: true, characterData: true };
      observer.observe(document.documentElement, options);
      return { add: (root) => observer.observe(root, options), stop: () => observer.disconnect() };
    },
    ours: (node) => !!outline?.owns(node),
    createHints: () =>
      // Firefox answers whether its sidebar can show the metric (see hints.ts).
      createHints((label) => send({ type: 'sidecoach/explain', url: location.href, label }).catch(() => undefined)),
    onStop() {
      lifetime.abort();
      clearInterval(poll);
      browser.runtime?.onMessage.removeListener(onMessage);
      browser.runtime?.onConnect.removeListener(onConnect);
      outline?.remove();
      outline = null;
    },
  });

  const listen = (target: EventTarget, type: string, listener: () => void) =>
    target.addEventListener(type, listener, { signal });
  const checkLocation = () => watch.checkLocation();

  listen(document, 'visibilitychange', () => watch.visibilityChanged());
  // Single-page apps change the address without loading a page. The Navigation API tells us
  // about every kind of change; without it (Firefox 140), a cheap timer compares the address.
  const navigation = (globalThis as { navigation?: EventTarget }).navigation;
  if (typeof navigation?.addEventListener === 'function') {
    listen(navigation, 'navigate', checkLocation);
    listen(navigation, 'currententrychange', checkLocation);
  } else {
    poll = setInterval(checkLocation, locationPollMs);
  }
  listen(window, 'popstate', checkLocation);
  listen(window, 'hashchange', checkLocation);

  // The background pushes a new plan when what to read changes (a pause, hints on or off).
  // Only our own extension can message a content script; the shape is checked all the same.
  function onMessage(message: unknown, sender: { id?: string }) {
    const push = sender.id === browser.runtime.id ? readPlanPush(message) : null;
    if (push) watch.planPushed(push.url, push.plan);
    return undefined;
  }
  browser.runtime.onMessage.addListener(onMessage);

  // The side panel points at a metric ({ label }) or at nothing ({ label: null }). Only our own
  // extension's pages may connect; anything else is ignored.
  function onConnect(port: Browser.runtime.Port) {
    if (port.name !== highlightPort || port.sender?.id !== browser.runtime.id) return;
    port.onMessage.addListener((message: unknown) => {
      const label = (message as { label?: unknown } | null)?.label;
      const element = typeof label === 'string' ? watch.elementFor(label) : null;
      if (!element && pointing !== port) return;
      pointing = element ? port : null;
      outline ??= createOutline();
      outline.show(element);
    });
    port.onDisconnect.addListener(() => {
      if (pointing !== port) return;
      pointing = null;
      outline?.remove();
      outline = null;
    });
  }
  browser.runtime.onConnect.addListener(onConnect);

  watch.start();
  return () => watch.stop();
}

// An unlisted script that wxt.config.ts declares as the content script itself: WXT's content
// script wrapper would make a `ContentScriptContext` we never use, announce the script to the
// page with an event, and weigh a fifth of the script.
export default defineUnlistedScript(() => {
  startDetector();
});
