// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import type { ScanPlan, ShownValue } from './messages';
import { PageScanner } from './page-scan';
import {
  createPageWatch,
  readPlanPush,
  maxChangedRoots,
  maxValues,
  passIntervalMs,
  retryDelaysMs,
  retryForMs,
  type Hints,
  type IdleDeadlineLike,
  type PageMutation,
  type PageWatchHost,
  type Scanner,
} from './page-watch';

const labels = ['Impressions', 'Reactions', 'Followers'];
const readAll: ScanPlan = { scan: true, labels, hints: false };

interface Task {
  at: number;
  run: () => void;
}

/** A browser for the watcher: a clock moved by hand, idle time whenever asked, messages recorded. */
class FakePage implements PageWatchHost {
  clock = 0;
  tasks = new Set<Task>();
  sent: {
    type: string;
    url: string;
    labels?: string[];
    dateRange?: string | null;
    values?: ShownValue[];
    scan?: { ms: number; valuesMs?: number; slices: number; longestSliceMs?: number };
  }[] = [];
  sentAt: number[] = [];
  passes: Node[][] = [];
  isHidden = false;
  isAlive = true;
  url = 'https://www.linkedin.com/company/1/admin/analytics/updates/';
  answer: (message: { type: string }) => Promise<unknown> = () => Promise.resolve(readAll);
  listener: ((mutations: ArrayLike<PageMutation>) => void) | null = null;
  stops = 0;
  hintsShown: string[][] = [];
  hintsRemoved = 0;
  readValue?: PageWatchHost['readValue'];

  now = () => this.clock;
  idle = (callback: (deadline: IdleDeadlineLike) => void, timeoutMs: number) =>
    this.add(Math.min(timeoutMs, 1), () => callback({ didTimeout: false, timeRemaining: () => 50 }));
  later = (callback: () => void, delayMs: number) => this.add(delayMs, callback);
  hidden = () => this.isHidden;
  href = () => this.url;
  title = () => 'Analytics';
  lang = () => 'en';
  root = () => document.body;
  alive = () => this.isAlive;
  send = (message: { type: string; url: string }) => {
    this.sent.push(message);
    this.sentAt.push(this.clock);
    return this.answer(message);
  };
  observedRoots: Node[] = [];
  observe = (onMutations: (mutations: ArrayLike<PageMutation>) => void) => {
    this.listener = onMutations;
    return {
      add: (root: Node) => void this.observedRoots.push(root),
      stop: () => {
        if (this.listener === onMutations) this.listener = null;
      },
    };
  };
  createHints = (): Hints => ({
    show: (elements) => this.hintsShown.push([...elements.keys()]),
    clear: () => undefined,
    remove: () => void (this.hintsRemoved += 1),
    owns: () => false,
  });
  createScanner = (roots: Node[], planLabels: readonly string[]): Scanner => {
    this.passes.push(roots);
    return new PageScanner(roots, planLabels);
  };
  onStop = () => {
    this.stops += 1;
  };

  private add(delay: number, run: () => void) {
    const task = { at: this.clock + Math.max(0, delay), run };
    this.tasks.add(task);
    return () => void this.tasks.delete(task);
  }

  /** Runs everything due within `ms`, in time order, letting answers arrive in between. */
  async advance(ms: number) {
    const until = this.clock + ms;
    for (;;) {
      for (let turn = 0; turn < 5; turn += 1) await Promise.resolve();
      const next = [...this.tasks].filter((task) => task.at <= until).sort((a, b) => a.at - b.at)[0];
      if (!next) break;
      this.tasks.delete(next);
      this.clock = Math.max(this.clock, next.at);
      next.run();
    }
    this.clock = until;
  }

  /** The page adds these nodes under `parent`, as a MutationObserver would tell it. */
  append(parent: Element, ...nodes: Node[]) {
    parent.append(...nodes);
    this.listener?.([{ type: 'childList', target: parent, addedNodes: nodes, removedNodes: [] }]);
  }

  labelsReports() {
    return this.sent.filter((message) => message.type === 'sidecoach/labels');
  }
  pageReports() {
    return this.sent.filter((message) => message.type === 'sidecoach/page');
  }
}

const span = (text: string) => Object.assign(document.createElement('span'), { textContent: text });

let host: FakePage;

beforeEach(() => {
  document.body.innerHTML = '<main><span>Impressions</span><span>Last 28 days</span></main>';
  host = new FakePage();
});

/** Starts a watcher and lets its first pass finish. */
async function started() {
  const watch = createPageWatch(host);
  watch.start();
  await host.advance(10);
  return watch;
}

describe('page watch', () => {
  it('reports the page when idle, then reads the whole page with the labels the plan names', async () => {
    await started();
    expect(host.pageReports()).toEqual([{ type: 'sidecoach/page', url: host.url, title: 'Analytics' }]);
    expect(host.passes).toEqual([[document.body]]);
    expect(host.labelsReports()).toMatchObject([{ labels: ['Impressions'], lang: 'en', dateRange: 'Last 28 days' }]);
  });

  it('reads nothing when the plan says not to', async () => {
    host.answer = () => Promise.resolve({ scan: false, labels: [], hints: false });
    await started();
    expect(host.passes).toEqual([]);
    expect(host.listener).toBeNull();
    expect(host.labelsReports()).toEqual([]);
  });

  it('batches many changes into one pass over only what changed, after the interval', async () => {
    await started();
    const main = document.querySelector('main')!;
    const added = [span('Reactions'), span('Followers'), span('Nothing')];
    for (const node of added) host.append(main, node);
    await host.advance(passIntervalMs - 20);
    expect(host.passes).toHaveLength(1);
    await host.advance(20);
    expect(host.passes).toEqual([[document.body], added]);
    expect(host.labelsReports().map((report) => report.labels)).toEqual([
      ['Impressions'],
      ['Impressions', 'Reactions', 'Followers'],
    ]);
  });

  it('reads an added part once, not again inside a part added around it', async () => {
    await started();
    const tile = document.createElement('div');
    const label = span('Reactions');
    host.append(document.querySelector('main')!, tile);
    host.append(tile, label);
    await host.advance(passIntervalMs);
    expect(host.passes[1]).toEqual([tile]);
  });

  it('reads the whole page again when too many parts changed', async () => {
    await started();
    const main = document.querySelector('main')!;
    host.append(main, ...Array.from({ length: maxChangedRoots + 1 }, () => span('x')));
    await host.advance(passIntervalMs);
    expect(host.passes).toEqual([[document.body], [document.body]]);
  });

  it('reads the whole page again when a label shown in more places than kept loses one', async () => {
    const main = document.querySelector('main')!;
    main.append(...Array.from({ length: 30 }, () => span('Reactions')));
    await started();
    // One of the 20 kept places goes: the other ten are not known, so only a full pass finds them.
    main.querySelectorAll('span')[2].remove();
    host.listener?.([{ type: 'childList', target: main, addedNodes: [], removedNodes: [span('Reactions')] }]);
    await host.advance(passIntervalMs);
    expect(host.passes).toEqual([[document.body], [document.body]]);
  });

  it('sends no report when a pass finds what the last one found', async () => {
    await started();
    host.append(document.querySelector('main')!, span('Impressions'));
    await host.advance(passIntervalMs);
    expect(host.passes).toHaveLength(2);
    expect(host.labelsReports()).toHaveLength(1);
  });

  it('waits while the tab is hidden, and reads once it is shown', async () => {
    host.isHidden = true;
    const watch = await started();
    await host.advance(5000);
    expect(host.pageReports()).toHaveLength(1);
    expect(host.passes).toEqual([]);
    host.isHidden = false;
    watch.visibilityChanged();
    await host.advance(10);
    expect(host.passes).toEqual([[document.body]]);
    expect(host.labelsReports()).toHaveLength(1);
  });

  it('starts over from the whole page when the tab is hidden in the middle of a pass', async () => {
    const watch = createPageWatch(host);
    host.createScanner = (roots, planLabels) => {
      host.passes.push(roots);
      const scanner = new PageScanner(roots, planLabels);
      // A pass that needs two slices.
      let steps = 0;
      return { result: scanner.result, step: (budget, now) => (steps += 1) > 1 && scanner.step(budget, now) };
    };
    watch.start();
    await host.advance(1);
    expect(host.passes).toHaveLength(1);
    host.isHidden = true;
    await host.advance(10);
    expect(host.labelsReports()).toEqual([]);
    host.isHidden = false;
    watch.visibilityChanged();
    await host.advance(10);
    expect(host.passes).toEqual([[document.body], [document.body]]);
    expect(host.labelsReports()).toHaveLength(1);
  });

  it('stops everything once the extension is gone', async () => {
    await started();
    host.append(document.querySelector('main')!, span('Reactions'));
    host.isAlive = false;
    await host.advance(passIntervalMs * 3);
    expect(host.passes).toHaveLength(1);
    expect(host.stops).toBe(1);
    expect(host.listener).toBeNull();
    expect(host.tasks.size).toBe(0);
    expect(host.sent).toHaveLength(2);
  });

  it('stops when told to, cancelling what was pending', async () => {
    const watch = await started();
    host.append(document.querySelector('main')!, span('Reactions'));
    watch.stop();
    expect(watch.stopped).toBe(true);
    expect(host.tasks.size).toBe(0);
    expect(host.listener).toBeNull();
    expect(host.stops).toBe(1);
    watch.checkLocation();
    watch.visibilityChanged();
    await host.advance(passIntervalMs * 3);
    expect(host.sent).toHaveLength(2);
  });

  it('reads a new page at once after a navigation, without waiting out the interval', async () => {
    const watch = await started();
    host.url = 'https://www.linkedin.com/company/1/admin/analytics/followers/';
    document.body.innerHTML = '<main><span>Followers</span></main>';
    watch.checkLocation();
    await host.advance(200);
    expect(host.passes).toEqual([[document.body], [document.body]]);
    expect(host.labelsReports().map((report) => report.labels)).toEqual([['Impressions'], ['Followers']]);
  });

  it('reports again only when the address really changed, however often it is told', async () => {
    const watch = await started();
    for (let count = 0; count < 10_000; count += 1) watch.checkLocation();
    await host.advance(passIntervalMs);
    expect(host.pageReports()).toHaveLength(1);

    host.url = 'https://www.linkedin.com/company/1/admin/analytics/followers/';
    for (let count = 0; count < 10_000; count += 1) watch.checkLocation();
    await host.advance(passIntervalMs);
    expect(host.pageReports().map((report) => report.url)).toEqual([
      'https://www.linkedin.com/company/1/admin/analytics/updates/',
      host.url,
    ]);
    expect(host.tasks.size).toBe(0);
  });

  it('ignores an answer about the page before a navigation', async () => {
    const answers: ((plan: ScanPlan) => void)[] = [];
    host.answer = () => new Promise((resolve) => answers.push(resolve));
    const watch = createPageWatch(host);
    watch.start();
    await host.advance(1);
    host.url = 'https://www.linkedin.com/company/1/admin/analytics/followers/';
    watch.checkLocation();
    await host.advance(200);
    expect(answers).toHaveLength(2);
    answers[0]({ scan: true, labels: ['Impressions'], hints: false });
    await host.advance(10);
    expect(host.passes).toEqual([]);
    answers[1](readAll);
    await host.advance(10);
    expect(host.passes).toEqual([[document.body]]);
  });

  it('shows hints beside the first element of each label when the plan asks for them', async () => {
    host.answer = () => Promise.resolve({ ...readAll, hints: true });
    await started();
    expect(host.hintsShown).toEqual([['Impressions']]);
  });
});

describe('when the background gives no plan', () => {
  /** Answers page reports with nothing (a worker stopped mid-answer) or a rejection, `misses` times. */
  function missing(misses: number) {
    let asked = 0;
    host.answer = (message) => {
      if (message.type !== 'sidecoach/page') return Promise.resolve(undefined);
      asked += 1;
      if (asked > misses) return Promise.resolve(readAll);
      return asked % 2 ? Promise.resolve(undefined) : Promise.reject(new Error('Receiving end does not exist.'));
    };
  }
  const pageReportTimes = () =>
    host.sent.flatMap((message, index) => (message.type === 'sidecoach/page' ? [host.sentAt[index]] : []));
  const gaps = (times: number[]) => times.slice(1).map((time, index) => time - times[index]);

  it('asks again after 0.25, 0.5, 1, 2, 4 and then every 8 seconds, and reads once a plan comes', async () => {
    missing(7);
    await started();
    await host.advance(60_000);
    expect(gaps(pageReportTimes())).toEqual([250, 500, 1000, 2000, 4000, 8000, 8000]);
    expect(host.passes).toEqual([[document.body]]);
    expect(host.labelsReports()).toHaveLength(1);
    expect(host.tasks.size).toBe(0);
  });

  it('gives up after a few minutes', async () => {
    missing(Infinity);
    await started();
    await host.advance(30 * 60_000);
    const times = pageReportTimes();
    expect(retryDelaysMs).toEqual([250, 500, 1000, 2000, 4000, 8000]);
    expect(retryForMs).toBe(180_000);
    // 1 report, 5 quick retries (7.75 s in all), then one every 8 s until 3 minutes have passed.
    expect(times).toHaveLength(1 + 5 + Math.floor((180_000 - 7750) / 8000));
    expect(times[times.length - 1] - times[0]).toBeLessThanOrEqual(retryForMs);
    expect(host.tasks.size).toBe(0);
  });

  it('stops asking about a page once the tab moves to another', async () => {
    missing(3);
    const watch = await started();
    await host.advance(300);
    host.url = 'https://www.linkedin.com/company/1/admin/analytics/followers/';
    watch.checkLocation();
    await host.advance(60_000);
    expect(host.pageReports().map((report) => report.url.split('/').at(-2))).toEqual([
      'updates',
      'updates',
      'followers',
      'followers',
    ]);
    expect(host.passes).toEqual([[document.body]]);
  });
});

describe('plans the background pushes', () => {
  const pause = { scan: false, labels: [], hints: false };

  it('stops reading when a pushed plan says so, and reads afresh, with hints, when another says to', async () => {
    const watch = await started();
    watch.planPushed(host.url, pause);
    expect(host.listener).toBeNull();
    host.append(document.querySelector('main')!, span('Reactions'));
    await host.advance(5000);
    expect(host.passes).toHaveLength(1);

    watch.planPushed(host.url, { ...readAll, hints: true });
    await host.advance(10);
    expect(host.passes).toEqual([[document.body], [document.body]]);
    // Sent again although nothing changed: the background forgets what was read on a pause.
    expect(host.labelsReports().map((report) => report.labels)).toEqual([
      ['Impressions'],
      ['Impressions', 'Reactions'],
    ]);
    expect(host.hintsShown).toEqual([['Impressions', 'Reactions']]);
    expect(host.pageReports()).toHaveLength(1);
  });

  it('ignores a plan pushed for another address', async () => {
    const watch = await started();
    watch.planPushed('https://www.linkedin.com/company/1/admin/analytics/followers/', pause);
    watch.planPushed(`${host.url}#elsewhere`, pause);
    expect(host.listener).not.toBeNull();
    host.append(document.querySelector('main')!, span('Reactions'));
    await host.advance(passIntervalMs);
    expect(host.passes).toHaveLength(2);
  });

  it('prefers a pushed plan to an answer still on its way', async () => {
    let answer: (plan: ScanPlan) => void = () => undefined;
    host.answer = () => new Promise((resolve) => (answer = resolve));
    const watch = createPageWatch(host);
    watch.start();
    await host.advance(1);
    watch.planPushed(host.url, pause);
    answer(readAll);
    await host.advance(5000);
    expect(host.passes).toEqual([]);
    expect(host.pageReports()).toHaveLength(1);
  });

  it('reports a page it had not noticed yet when a plan comes for it, and follows the answer', async () => {
    const watch = await started();
    host.url = 'https://www.linkedin.com/company/1/admin/analytics/followers/';
    watch.planPushed(host.url, readAll);
    await host.advance(10);
    expect(host.pageReports().map((report) => report.url)).toEqual([
      'https://www.linkedin.com/company/1/admin/analytics/updates/',
      host.url,
    ]);
    expect(host.passes).toHaveLength(2);
  });

  it('reads the push message by hand, keeping only a well-formed one', () => {
    const push = { type: 'sidecoach/plan', url: host.url, plan: readAll };
    expect(readPlanPush(push)).toEqual(push);
    expect(readPlanPush({ ...push, plan: { ...readAll, labels: ['Reach', 7] } })?.plan.labels).toEqual(['Reach']);
    for (const wrong of [
      null,
      'sidecoach/plan',
      { ...push, type: 'sidecoach/page' },
      { ...push, url: 5 },
      { ...push, plan: {} },
    ]) {
      expect(readPlanPush(wrong)).toBeNull();
    }
  });
});

describe('plans pushed again', () => {
  it('reads nothing again when the plan for the page being read is the same, but sends what it found again', async () => {
    const watch = await started();
    for (let count = 0; count < 5; count += 1) watch.planPushed(host.url, { ...readAll, labels: [...labels] });
    await host.advance(5000);
    expect(host.passes).toHaveLength(1);
    // Each push comes from a worker that started again and may have lost the last report.
    const reports = host.labelsReports();
    expect(reports).toHaveLength(6);
    expect(new Set(reports.map((report) => JSON.stringify(report))).size).toBe(1);
    expect(host.pageReports()).toHaveLength(1);
    // Still watching the page: a change is read as before.
    host.append(document.querySelector('main')!, span('Reactions'));
    await host.advance(passIntervalMs);
    expect(host.passes).toHaveLength(2);
  });

  it('shows and takes away hints at once when only they change, without reading again', async () => {
    const watch = await started();
    watch.planPushed(host.url, { ...readAll, hints: true });
    expect(host.hintsShown).toEqual([['Impressions']]);
    watch.planPushed(host.url, readAll);
    expect(host.hintsRemoved).toBe(1);
    await host.advance(5000);
    expect(host.passes).toHaveLength(1);
    expect(host.labelsReports()).toHaveLength(1);
  });

  it('applies a changed list of labels at once, with a new pass', async () => {
    const watch = await started();
    watch.planPushed(host.url, { ...readAll, labels: ['Impressions', 'Last 28 days'] });
    await host.advance(10);
    expect(host.passes).toHaveLength(2);
  });
});

describe('values', () => {
  const tiles = `<main>
    <div class="tile"><span>Impressions</span><span>48,210</span><span>▲ 12.4%</span></div>
    <div class="tile"><span>Reactions</span><span id="reactions">1,874</span></div>
  </main>`;

  it('sends each label’s value and change as the page shows them, with the page’s language', async () => {
    document.body.innerHTML = tiles;
    await started();
    expect(host.labelsReports()).toMatchObject([
      {
        labels: ['Impressions', 'Reactions'],
        values: [
          { label: 'Impressions', where: 'tile', text: '48,210', change: '▲ 12.4%' },
          { label: 'Reactions', where: 'tile', text: '1,874', change: null },
        ],
        lang: 'en',
      },
    ]);
  });

  it('reports again when only a value changed, as when the leader picks another period', async () => {
    document.body.innerHTML = tiles;
    await started();
    const value = document.getElementById('reactions')!.firstChild as Text;
    value.data = '2,015';
    host.listener?.([{ type: 'characterData', target: value, addedNodes: [], removedNodes: [] }]);
    await host.advance(passIntervalMs);
    expect(host.labelsReports().map((report) => report.values?.map((shown) => shown.text))).toEqual([
      ['48,210', '1,874'],
      ['48,210', '2,015'],
    ]);
  });

  it('reads values in idle slices within the budget, and counts their time in the pass', async () => {
    document.body.innerHTML = `<main>${'<div class="tile"><span>Impressions</span><b>1</b></div>'.repeat(10)}</main>`;
    // Each value takes a millisecond: a 4 ms slice reads four.
    host.readValue = () => {
      host.clock += 1;
      return { where: 'tile', text: '1', change: null };
    };
    await started();
    await host.advance(100);
    const [report] = host.labelsReports();
    // Ten places, the same figure: one value.
    expect(report.values).toEqual([{ label: 'Impressions', where: 'tile', text: '1', change: null }]);
    // The labels, not the figures (the browser drops those); one slice for the page and four
    // values, then four values and two; none over the 4 ms budget.
    expect(report.scan).toEqual({ nodes: 10, ms: 10, valuesMs: 10, slices: 3, longestSliceMs: 4 });
  });

  it('sends at most one value per place and 200 in all', async () => {
    const spans = Array.from({ length: 20 }, (_, index) => `<span>Impressions</span><i>${index}</i>`).join('');
    document.body.innerHTML = `<main>${spans}<span>Reactions</span><span>Followers</span></main>`;
    let next = 0;
    host.readValue = () => ({ where: 'tile', text: String((next += 1)), change: null });
    await started();
    expect(host.labelsReports()[0].values).toHaveLength(22);
    expect(maxValues).toBe(200);
  });

  it('watches the open shadow roots it read, and reads what changes in them', async () => {
    document.body.innerHTML = '<main><kn-tile></kn-tile></main>';
    const root = document.querySelector('kn-tile')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<div class="tile"><span>Reactions</span><span>1,874</span></div>';
    await started();
    expect(host.observedRoots).toEqual([root]);
    expect(host.labelsReports()[0].values).toEqual([
      { label: 'Reactions', where: 'tile', text: '1,874', change: null },
    ]);
    host.append(root.querySelector('.tile')!, span('Followers'));
    await host.advance(passIntervalMs);
    expect(host.labelsReports()[1].labels).toEqual(['Reactions', 'Followers']);
  });

  it('names the first element showing a label, and none while paused', async () => {
    const watch = await started();
    expect(watch.elementFor('Impressions')).toBe(document.querySelector('main span'));
    expect(watch.elementFor('Followers')).toBeNull();
    watch.planPushed(host.url, { scan: false, labels: [], hints: false });
    expect(watch.elementFor('Impressions')).toBeNull();
  });
});
