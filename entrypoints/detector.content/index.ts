// The content script: tells the background which page this tab shows, and, where the background
// says the page is worth reading, which metric labels it shows. Light by design: work happens in
// idle time, in slices, never while the tab is hidden; after the first pass only what changed is
// read; and only text on the background's allow-list of labels is kept. No React, no coaching
// text, nothing a person types. When to read is decided in lib/page-watch.ts; this file wires it
// to the page.
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { contentScriptMatches } from '@/content/hosts';
import type { ExplainRequest, LabelsReport, PageReport } from '@/lib/messages';
import { createPageWatch } from '@/lib/page-watch';
import { createHints } from './hints';

function send(ctx: ContentScriptContext, message: PageReport | LabelsReport | ExplainRequest): Promise<unknown> {
  if (ctx.isInvalid) return Promise.resolve(undefined);
  return browser.runtime.sendMessage(message);
}

function watchPage(ctx: ContentScriptContext) {
  const watch = createPageWatch({
    now: () => performance.now(),
    idle: (callback, timeout) => {
      const id = ctx.requestIdleCallback(callback, { timeout });
      return () => cancelIdleCallback(id);
    },
    later: (callback, delay) => {
      const id = ctx.setTimeout(callback, delay);
      return () => clearTimeout(id);
    },
    hidden: () => document.visibilityState === 'hidden',
    href: () => location.href,
    title: () => document.title,
    lang: () => document.documentElement.lang.slice(0, 35),
    root: () => document.body ?? document.documentElement,
    alive: () => !ctx.isInvalid,
    send: (message) => send(ctx, message),
    observe(onMutations) {
      const observer = new MutationObserver(onMutations);
      observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
      return () => observer.disconnect();
    },
    createHints: () =>
      createHints((label) => void send(ctx, { type: 'sidecoach/explain', url: location.href, label }).catch(() => {})),
  });

  ctx.onInvalidated(() => watch.stop());
  ctx.addEventListener(document, 'visibilitychange', () => watch.visibilityChanged());
  // A single-page app moved to another page: what we read belongs to the old one.
  ctx.addEventListener(window, 'wxt:locationchange', () => watch.navigated());
  // Pausing a site or turning hints on or off changes the plan.
  const onStorageChange = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && 'settings' in changes) watch.navigated();
  };
  browser.storage.onChanged.addListener(onStorageChange);
  ctx.onInvalidated(() => browser.storage.onChanged.removeListener(onStorageChange));

  watch.start();
}

export default defineContentScript({
  matches: contentScriptMatches,
  runAt: 'document_idle',
  main(ctx) {
    watchPage(ctx);
  },
});
