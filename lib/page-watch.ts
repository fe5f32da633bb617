// When the content script reads the page: a small state machine over page reports, plans, page
// changes and scan passes. Everything it touches in the browser (clock, idle callbacks, timers,
// visibility, the mutation source, messages, hints) is handed in, so it runs in Node under test;
// the content script only wires it to the real page.
import type { LabelsReport, PageReport, PlanPush, ScanPlan, ShownValue } from './messages';
import { createLabelMatcher, elementNode, PageLabels, PageScanner, type ScanResult, textNode } from './page-scan';
import { readValue, type ValueShown } from './page-values';

/** Main-thread time one idle slice may take. */
export const sliceBudgetMs = 4;
/** The least time between two passes while the page keeps changing. */
export const passIntervalMs = 1000;
/** More changed parts than this, and one pass over the whole page is cheaper. */
export const maxChangedRoots = 500;
/**
 * When a page report gets no plan back (the service worker stopped while answering), ask again
 * after these delays, the last one repeating, for `retryForMs` at most.
 */
export const retryDelaysMs = [250, 500, 1000, 2000, 4000, 8000];
export const retryForMs = 3 * 60_000;
/** How long an idle callback may wait before it runs anyway. */
const idleTimeoutMs = 1000;
/** How long the first report waits for idle time after the script starts. */
const startTimeoutMs = 500;
/** How long a new address may wait for idle time before it is reported. */
const locationTimeoutMs = 100;

const round = (ms: number) => Math.round(ms * 100) / 100;

/** Cancels a pending callback. */
export type Cancel = () => void;

/** The most values a report carries (a label shows in up to 20 places, one value each). */
export const maxValues = 200;

/** Watches the page for changes: the document, and each open shadow root read since. */
export interface PageObserver {
  /** Watches one more root (an open shadow root the scan read). */
  add(root: Node): void;
  stop: Cancel;
}

/** The part of `IdleDeadline` a slice reads. */
export interface IdleDeadlineLike {
  readonly didTimeout: boolean;
  timeRemaining(): number;
}

/** The part of a `MutationRecord` the watcher reads. */
export interface PageMutation {
  readonly type: string;
  readonly target: Node;
  readonly addedNodes: ArrayLike<Node>;
  readonly removedNodes: ArrayLike<Node>;
}

/** In-page hints beside the labels found (see the content script's hints.ts). */
export interface Hints {
  show(elements: ReadonlyMap<string, Element>): void;
  /** Takes the markers away, keeping the host for the next pass. */
  clear(): void;
  /** Takes everything away. */
  remove(): void;
  /** Whether a node is part of the hints, so changes to it are not page changes. */
  owns(node: Node): boolean;
}

/** One pass of reading: `PageScanner` in the page, a fake under test. */
export interface Scanner {
  readonly result: ScanResult;
  step(budgetMs: number, now: () => number): boolean;
}

/** What the watcher needs from the browser and the extension. */
export interface PageWatchHost {
  now(): number;
  /** Runs the callback in idle time, or after `timeoutMs` at the latest. */
  idle(callback: (deadline: IdleDeadlineLike) => void, timeoutMs: number): Cancel;
  later(callback: () => void, delayMs: number): Cancel;
  hidden(): boolean;
  href(): string;
  title(): string;
  /** The page's language (`<html lang>`), which decides how its figures read. */
  lang(): string;
  /** What a full pass reads: the page's body. */
  root(): Node;
  /** False once the extension is gone (reloaded, updated or removed under the page). */
  alive(): boolean;
  /** Sends to the background; resolves with its answer, or undefined when there is none. */
  send(message: PageReport | LabelsReport): Promise<unknown>;
  /** Starts passing page changes on. */
  observe(onMutations: (mutations: ArrayLike<PageMutation>) => void): PageObserver;
  createHints(): Hints;
  /** Whether a node is the content script's own (an outline), so changes to it are not page changes. */
  ours?(node: Node): boolean;
  /** Defaults to `PageScanner`. */
  createScanner?(roots: Node[], labels: readonly string[]): Scanner;
  /** Defaults to `readValue` (lib/page-values.ts). */
  readValue?(place: Element, isLabel: (text: string) => boolean): ValueShown | null;
  /** Called once when the watcher stops for good, to remove the host's own listeners. */
  onStop?(): void;
}

export interface PageWatch {
  /** Reports the page once the browser is idle, and follows the plan it gets back. */
  start(): void;
  /**
   * The page may have moved to another URL. Said by events anyone can send (the page included),
   * so nothing is trusted: the address is compared, soon, with the one reported, and only a
   * real change makes a new report. Many calls at once cost one comparison.
   */
  checkLocation(): void;
  /**
   * The background pushed a plan for `url`. Followed only when `url` is the page shown; it wins
   * over an answer still on its way. A plan for an address not reported yet means the page
   * moved: that is reported, and the answer carries the plan.
   */
  planPushed(url: string, plan: ScanPlan): void;
  /** The tab was shown or hidden. */
  visibilityChanged(): void;
  /** The first element on the page showing an allow-listed label, or null when none is known. */
  elementFor(label: string): Element | null;
  /** Stops for good: nothing is read or sent after this. */
  stop(): void;
  readonly stopped: boolean;
}

/** Reads a plan defensively: the content script carries no zod, and the answer may be missing. */
export function readPlan(value: unknown): ScanPlan | null {
  if (!value || typeof value !== 'object') return null;
  const plan = value as Partial<ScanPlan>;
  if (typeof plan.scan !== 'boolean' || !Array.isArray(plan.labels)) return null;
  return { scan: plan.scan, labels: plan.labels.filter((label) => typeof label === 'string'), hints: !!plan.hints };
}

/** Whether two plans ask for the same reading and hints. */
export function samePlan(a: ScanPlan | null, b: ScanPlan): boolean {
  return !!a && a.scan === b.scan && a.hints === b.hints && a.labels.join('\n') === b.labels.join('\n');
}

/** Reads a pushed plan defensively (see `PlanPush`); anything else reads as null. */
export function readPlanPush(value: unknown): PlanPush | null {
  if (!value || typeof value !== 'object') return null;
  const push = value as Partial<PlanPush>;
  const plan = readPlan(push.plan);
  if (push.type !== 'sidecoach/plan' || typeof push.url !== 'string' || !plan) return null;
  return { type: push.type, url: push.url, plan };
}

/** Starts nothing yet: call `start()`. */
export function createPageWatch(host: PageWatchHost): PageWatch {
  const createScanner = host.createScanner ?? ((roots, labels) => new PageScanner(roots, labels));
  const valueOf = host.readValue ?? readValue;
  const page = new PageLabels();

  let stopped = false;
  let plan: ScanPlan | null = null;
  let scanner: Scanner | null = null;
  let scanIsFull = false;
  let isLabel: (text: string) => boolean = () => false;
  /** After a pass: the places whose values are still to read, and the values read so far. */
  let places: [string, Element][] | null = null;
  let values: ShownValue[] = [];
  let valuesMs = 0;
  let passResult: ScanResult | null = null;
  /** Idle slices the pass took, reading values included, and the longest of them. */
  let passSlices = 0;
  let longestSliceMs = 0;
  /** What changed since the last pass: a whole new pass, or these added parts and edited texts. */
  let fullPassNeeded = true;
  const addedRoots = new Set<Node>();
  const editedElements = new Set<Element>();
  let removals = false;
  let lastPassAt = -Infinity;
  let lastSent = '';
  /** The last labels report sent for this page, to send again to a worker that restarted. */
  let lastReport: LabelsReport | null = null;
  let hints: Hints | null = null;
  /** Counts page reports, so an answer about an earlier page is ignored. */
  let generation = 0;
  let observer: PageObserver | null = null;
  let observed = new WeakSet<Node>();
  /** The pass waiting for its start (throttle) or for its next idle slice. */
  let pending: Cancel | null = null;
  let starting: Cancel | null = null;
  let locating: Cancel | null = null;
  /** The address the last page report was about. */
  let reportedHref = '';
  /** When the page was first reported, and how often it was asked about again since. */
  let reportedAt = 0;
  let retries = 0;
  let retrying: Cancel | null = null;

  const dirty = () => fullPassNeeded || removals || addedRoots.size > 0 || editedElements.size > 0;

  /** Whether the extension is still there; stops everything when it is not. */
  function live(): boolean {
    if (stopped) return false;
    if (host.alive()) return true;
    stop();
    return false;
  }

  function send(message: PageReport | LabelsReport): Promise<unknown> {
    // Rejects when the extension was reloaded under the page: the next `live()` stops us.
    return host.send(message).catch(() => undefined);
  }

  function onMutations(mutations: ArrayLike<PageMutation>) {
    if (!live()) return;
    // Once the whole page is to be read, what changed no longer matters: constant work per change.
    for (let index = 0; index < mutations.length && !fullPassNeeded; index += 1) {
      const mutation = mutations[index];
      if (ours(mutation.target) || Array.from(mutation.addedNodes).some(ours)) continue;
      if (mutation.type === 'characterData') {
        const parent = mutation.target.parentElement;
        if (parent) {
          editedElements.add(parent);
          addedRoots.add(parent);
        }
        continue;
      }
      if (mutation.removedNodes.length > 0) removals = true;
      for (const node of Array.from(mutation.addedNodes)) {
        if (node.nodeType === elementNode || node.nodeType === textNode) addedRoots.add(node);
      }
      if (addedRoots.size > maxChangedRoots) {
        fullPassNeeded = true;
        addedRoots.clear();
        editedElements.clear();
      }
    }
    // Nothing else here: the reading waits for idle time.
    schedule();
  }

  const ours = (node: Node) => !!hints?.owns(node) || !!host.ours?.(node);

  function cancelPending() {
    pending?.();
    pending = null;
  }

  function reset() {
    observer?.stop();
    observer = null;
    observed = new WeakSet();
    retrying?.();
    retrying = null;
    cancelPending();
    scanner = null;
    places = null;
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
    if (!plan?.scan || pending || scanner || places || !dirty() || host.hidden()) return;
    const wait = lastPassAt + passIntervalMs - host.now();
    if (wait > 0) pending = host.later(begin, wait);
    else begin();
  }

  function begin() {
    pending = null;
    if (!live() || !plan?.scan || !dirty() || host.hidden()) return;
    // The places each label shows are known, so what left the page or changed its text is simply
    // forgotten, and only what was added is read; unless a label lost one of the places kept
    // for it while it shows in more, which only a pass over the whole page can find again.
    scanIsFull = fullPassNeeded || page.prune(editedElements);
    const roots = scanIsFull ? [host.root()] : changedRoots();
    fullPassNeeded = false;
    addedRoots.clear();
    editedElements.clear();
    removals = false;
    scanner = roots.length > 0 ? createScanner(roots, plan.labels) : null;
    passResult = null;
    passSlices = 0;
    longestSliceMs = 0;
    // Nothing was added, yet something changed or left: the values around the labels are read again.
    if (!scanner) startValues();
    pending = host.idle(slice, idleTimeoutMs);
  }

  function slice(deadline: IdleDeadlineLike) {
    pending = null;
    if ((!scanner && !places) || !live()) return;
    if (host.hidden()) {
      // Read again from the start when the tab is shown.
      scanner = null;
      places = null;
      fullPassNeeded = true;
      return;
    }
    passSlices += 1;
    const started = host.now();
    const budget = deadline.didTimeout ? sliceBudgetMs : Math.min(sliceBudgetMs, Math.max(1, deadline.timeRemaining()));
    const current = scanner;
    const sliceEnded = () => (longestSliceMs = Math.max(longestSliceMs, host.now() - started));
    if (current) {
      if (!current.step(budget, () => host.now())) {
        sliceEnded();
        pending = host.idle(slice, idleTimeoutMs);
        return;
      }
      scanner = null;
      if (scanIsFull) page.replace(current.result);
      else page.merge(current.result);
      for (const root of current.result.shadowRoots) watchRoot(root);
      passResult = current.result;
      startValues();
    }
    const valuesDone = readValues(started + budget);
    sliceEnded();
    if (!valuesDone) {
      pending = host.idle(slice, idleTimeoutMs);
      return;
    }
    places = null;
    lastPassAt = host.now();
    finish(passResult);
    schedule();
  }

  function watchRoot(root: Node) {
    if (!observer || observed.has(root)) return;
    observed.add(root);
    observer.add(root);
  }

  /** Every place each label shows: their values are read again after every pass, since any may have changed. */
  function startValues() {
    places = page.labels.flatMap((label) => page.elements(label).map((element): [string, Element] => [label, element]));
    values = [];
    valuesMs = 0;
  }

  /** Reads values until `deadline`; true when all are read. At most one per place, `maxValues` in all. */
  function readValues(deadline: number): boolean {
    const started = host.now();
    const seen = new Set(values.map((value) => JSON.stringify(value)));
    let done = true;
    while (places?.length && values.length < maxValues) {
      if (host.now() >= deadline) {
        done = false;
        break;
      }
      const [label, element] = places.shift()!;
      const shown = element.isConnected ? valueOf(element, isLabel) : null;
      const value = shown && { label, ...shown };
      // The same figure shown twice the same way (a label repeated in one tile) is one value.
      if (value && !seen.has(JSON.stringify(value))) {
        seen.add(JSON.stringify(value));
        values.push(value);
      }
    }
    valuesMs += host.now() - started;
    return done;
  }

  function finish(result: ScanResult | null) {
    if (plan?.hints) {
      hints ??= host.createHints();
      hints.show(page.firstElements);
    }
    const labels = page.labels;
    const url = host.href();
    const key = JSON.stringify([url, labels, page.dateRange, values]);
    // The figures change every pass; the report only goes when what was found changes.
    if (key === lastSent) return;
    lastSent = key;
    lastReport = {
      type: 'sidecoach/labels',
      url,
      labels,
      values,
      lang: host.lang(),
      dateRange: page.dateRange,
      scan: {
        nodes: result?.nodes ?? 0,
        ms: round((result?.ms ?? 0) + valuesMs),
        valuesMs: round(valuesMs),
        slices: passSlices,
        longestSliceMs: round(longestSliceMs),
      },
    };
    void send(lastReport);
  }

  /** Tells the background where we are, and follows the plan it answers with. */
  function report() {
    if (!live()) return;
    generation += 1;
    reset();
    plan = null;
    lastSent = '';
    lastReport = null;
    // The interval keeps a changing page from being read too often; a new page is read at once.
    lastPassAt = -Infinity;
    reportedHref = host.href();
    reportedAt = host.now();
    retries = 0;
    void ask(generation);
  }

  /** Sends the page report; asks again later when no plan comes back. */
  async function ask(mine: number) {
    const answer = await send({ type: 'sidecoach/page', url: reportedHref, title: host.title() });
    if (mine !== generation || !live()) return;
    const next = readPlan(answer);
    if (next) follow(next);
    else retryLater(mine);
  }

  function retryLater(mine: number) {
    const delay = retryDelaysMs[Math.min(retries, retryDelaysMs.length - 1)];
    if (host.now() + delay - reportedAt > retryForMs) return;
    retries += 1;
    retrying = host.later(() => {
      retrying = null;
      if (mine === generation && live()) void ask(mine);
    }, delay);
  }

  /** Reads the page afresh as the plan says. */
  function follow(next: ScanPlan) {
    reset();
    plan = next;
    const match = createLabelMatcher(next.labels);
    isLabel = (text) => match(text) !== null;
    lastSent = '';
    // A new plan is news: read at once, whenever the last pass was.
    lastPassAt = -Infinity;
    if (!plan.hints) removeHints();
    if (!plan.scan) return;
    observer = host.observe(onMutations);
    schedule();
  }

  /** Hints on or off, reading unchanged: shown or taken away at once, without reading again. */
  function switchHints(next: ScanPlan) {
    plan = next;
    if (!next.hints) removeHints();
    else if (!scanner && !places && lastSent) {
      hints ??= host.createHints();
      hints.show(page.firstElements);
    }
  }

  function removeHints() {
    hints?.remove();
    hints = null;
  }

  function stop() {
    if (stopped) return;
    stopped = true;
    generation += 1;
    starting?.();
    starting = null;
    locating?.();
    locating = null;
    reset();
    removeHints();
    host.onStop?.();
  }

  return {
    start() {
      if (stopped || starting) return;
      starting = host.idle(() => {
        starting = null;
        report();
      }, startTimeoutMs);
    },
    checkLocation() {
      // Before the first report there is nothing to compare with: it reads the address itself.
      if (!live() || locating || starting) return;
      locating = host.idle(() => {
        locating = null;
        if (live() && host.href() !== reportedHref) report();
      }, locationTimeoutMs);
    },
    planPushed(url, next) {
      if (!live() || starting || url !== host.href()) return;
      if (url !== reportedHref) return report();
      // The background pushes its plans again each time its worker starts: the same plan for
      // the page being read needs no new pass, but the worker that stopped may have lost what
      // was found last, so it goes again (one message, nothing read).
      if (samePlan(plan, next)) {
        if (lastReport) void send(lastReport);
        return;
      }
      // An answer to an earlier report is older news than this.
      generation += 1;
      if (plan && samePlan(plan, { ...next, hints: plan.hints })) return switchHints(next);
      follow(next);
    },
    visibilityChanged() {
      if (live() && !host.hidden()) schedule();
    },
    elementFor(label) {
      if (!plan?.scan) return null;
      return page.elements(label).find((element) => element.isConnected) ?? null;
    },
    stop,
    get stopped() {
      return stopped;
    },
  };
}
