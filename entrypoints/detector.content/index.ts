// The content script: tells the background which page this tab shows, and, where the background
// says the page is worth reading, which metric labels it shows. Light by design: work happens in
// idle time, in slices, never while the tab is hidden; after the first pass only what changed is
// read; and only text on the background's allow-list of labels is kept. No React, no coaching
// text, nothing a person types.
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { contentScriptMatches } from '@/content/hosts';
import type { ExplainRequest, LabelsReport, PageReport, ScanPlan } from '@/lib/messages';
import { PageLabels, PageScanner } from '@/lib/page-scan';
import { createHints, type Hints } from './hints';

/** Main-thread time one idle slice may take. */
const sliceBudgetMs = 4;
/** The least time between two passes while the page keeps changing. */
const passIntervalMs = 1000;
/** More changed parts than this, and one pass over the whole page is cheaper. */
const maxChangedRoots = 500;

/** Reads a plan defensively: the content script carries no zod, and the answer may be missing. */
function readPlan(value: unknown): ScanPlan | null {
  if (!value || typeof value !== 'object') return null;
  const plan = value as Partial<ScanPlan>;
  if (typeof plan.scan !== 'boolean' || !Array.isArray(plan.labels)) return null;
  return { scan: plan.scan, labels: plan.labels.filter((label) => typeof label === 'string'), hints: !!plan.hints };
}

function send(ctx: ContentScriptContext, message: PageReport | LabelsReport | ExplainRequest): Promise<unknown> {
  if (ctx.isInvalid) return Promise.resolve(undefined);
  // Rejects when the extension was reloaded under the page: nothing to do then.
  return browser.runtime.sendMessage(message).catch(() => undefined);
}

function watchPage(ctx: ContentScriptContext) {
  let plan: ScanPlan | null = null;
  let scanner: PageScanner | null = null;
  let scanIsFull = false;
  const page = new PageLabels();
  /** What changed since the last pass: a whole new pass, or these added parts and edited texts. */
  let fullPassNeeded = true;
  const addedRoots = new Set<Node>();
  const editedElements = new Set<Element>();
  let removals = false;
  let lastPassAt = -Infinity;
  let waiting = false;
  let lastSent = '';
  let hints: Hints | null = null;
  let generation = 0;

  const dirty = () => fullPassNeeded || removals || addedRoots.size > 0 || editedElements.size > 0;

  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (hints && [...record.addedNodes, record.target].some((node) => hints!.owns(node))) continue;
      if (record.type === 'characterData') {
        const parent = record.target.parentElement;
        if (parent) {
          editedElements.add(parent);
          addedRoots.add(parent);
        }
        continue;
      }
      if (record.removedNodes.length > 0) removals = true;
      for (const node of record.addedNodes) {
        if (node.nodeType === Node.ELEMENT_NODE || node.nodeType === Node.TEXT_NODE) addedRoots.add(node);
      }
    }
    if (addedRoots.size > maxChangedRoots) fullPassNeeded = true;
    // Nothing else here: the reading waits for idle time.
    schedule();
  });

  function reset() {
    observer.disconnect();
    scanner = null;
    fullPassNeeded = true;
    addedRoots.clear();
    editedElements.clear();
    removals = false;
    hints?.clear();
  }

  /**
   * The parts added since the last pass, still on the page, none inside another. Each node's
   * ancestors are looked up in the set: linear in the page's depth, not quadratic in the count.
   */
  function changedRoots(): Node[] {
    return [...addedRoots].filter((node) => {
      if (!node.isConnected) return false;
      for (let parent = node.parentNode; parent; parent = parent.parentNode) if (addedRoots.has(parent)) return false;
      return true;
    });
  }

  /** Starts a pass when the tab is visible, the plan allows it, and the last pass was long enough ago. */
  function schedule() {
    if (!plan?.scan || waiting || scanner || !dirty() || document.visibilityState === 'hidden') return;
    const wait = lastPassAt + passIntervalMs - performance.now();
    waiting = true;
    const begin = () => {
      waiting = false;
      if (!plan?.scan || !dirty() || document.visibilityState === 'hidden' || ctx.isInvalid) return;
      scanIsFull = fullPassNeeded;
      // Every place a label shows is known, so what left the page or changed its text is simply
      // forgotten, and only what was added is read.
      if (!scanIsFull) page.prune(editedElements);
      const roots = scanIsFull ? [document.body ?? document.documentElement] : changedRoots();
      fullPassNeeded = false;
      addedRoots.clear();
      editedElements.clear();
      removals = false;
      if (roots.length === 0) return finish(null);
      scanner = new PageScanner(roots, plan.labels);
      ctx.requestIdleCallback(slice, { timeout: 1000 });
    };
    if (wait > 0) ctx.setTimeout(begin, wait);
    else begin();
  }

  function slice(deadline: IdleDeadline) {
    const current = scanner;
    if (!current || ctx.isInvalid) return;
    if (document.visibilityState === 'hidden') {
      // Read again from the start when the tab is shown.
      scanner = null;
      fullPassNeeded = true;
      return;
    }
    const budget = deadline.didTimeout ? sliceBudgetMs : Math.min(sliceBudgetMs, Math.max(1, deadline.timeRemaining()));
    if (!current.step(budget)) {
      ctx.requestIdleCallback(slice, { timeout: 1000 });
      return;
    }
    scanner = null;
    lastPassAt = performance.now();
    if (scanIsFull) page.replace(current.result);
    else page.merge(current.result);
    finish(current);
    schedule();
  }

  function finish(done: PageScanner | null) {
    if (plan?.hints) {
      hints ??= createHints((label) => void send(ctx, { type: 'sidecoach/explain', url: location.href, label }));
      hints.show(page.firstElements);
    }
    const labels = page.labels;
    const key = JSON.stringify([location.href, labels, page.dateRange]);
    // The figures change every pass; the report only goes when what was found changes.
    if (key === lastSent) return;
    lastSent = key;
    const result = done?.result;
    void send(ctx, {
      type: 'sidecoach/labels',
      url: location.href,
      labels,
      values: [],
      lang: document.documentElement.lang.slice(0, 35),
      dateRange: page.dateRange,
      scan: {
        nodes: result?.nodes ?? 0,
        ms: Math.round((result?.ms ?? 0) * 100) / 100,
        slices: result?.slices ?? 0,
      },
    });
  }

  /** Tells the background where we are, and follows the plan it answers with. */
  async function report() {
    const mine = ++generation;
    reset();
    lastSent = '';
    const answer = await send(ctx, { type: 'sidecoach/page', url: location.href, title: document.title });
    if (mine !== generation || ctx.isInvalid) return;
    plan = readPlan(answer);
    if (!plan?.hints) {
      hints?.remove();
      hints = null;
    }
    if (!plan?.scan) return;
    observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
    schedule();
  }

  ctx.onInvalidated(() => {
    generation += 1;
    reset();
    hints?.remove();
  });
  ctx.addEventListener(document, 'visibilitychange', () => {
    if (document.visibilityState === 'visible') schedule();
  });
  // A single-page app moved to another page: what we read belongs to the old one.
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    ctx.requestIdleCallback(() => void report(), { timeout: 100 });
  });
  // Pausing a site or turning hints on or off changes the plan.
  const onStorageChange = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && 'settings' in changes) void report();
  };
  browser.storage.onChanged.addListener(onStorageChange);
  ctx.onInvalidated(() => browser.storage.onChanged.removeListener(onStorageChange));

  ctx.requestIdleCallback(() => void report(), { timeout: 500 });
}

export default defineContentScript({
  matches: contentScriptMatches,
  runAt: 'document_idle',
  main(ctx) {
    watchPage(ctx);
  },
});
