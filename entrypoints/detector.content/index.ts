// The content script: tells the background which page this tab shows, at load and after every
// single-page-app navigation. No React, no coaching text, no reading of what people type.
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { contentScriptMatches } from '@/content/hosts';
import type { PageReport } from '@/lib/messages';

function report(ctx: ContentScriptContext, url: string) {
  if (ctx.isInvalid) return;
  const message: PageReport = { type: 'sidecoach/page', url, title: document.title };
  // Rejects when the extension was reloaded under the page: nothing to do then.
  browser.runtime.sendMessage(message).catch(() => undefined);
}

export default defineContentScript({
  matches: contentScriptMatches,
  runAt: 'document_idle',
  main(ctx) {
    // Idle callbacks keep us off the page's busy moments; the timeout bounds the wait.
    ctx.requestIdleCallback(() => report(ctx, location.href), { timeout: 500 });
    ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => {
      ctx.requestIdleCallback(() => report(ctx, newUrl.href), { timeout: 100 });
    });
  },
});
