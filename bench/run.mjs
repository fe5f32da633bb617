// `npm run bench`: measures what Sidecoach costs a heavy page, in Chromium, side by side with the
// same page in the same browser without the extension. Prints each figure, its target and the
// ratio. Reports; never fails on a time (machines are shared and noisy). Sizes gate in `npm run size`.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { extensionDir, launchWithExtension } from '../scripts/chromium.mjs';
import { median, round } from './stats.mjs';

const runs = Number(process.env.BENCH_RUNS ?? 7);
const fixtures = resolve(import.meta.dirname, '../tests/e2e/fixtures');
const largeUrl = 'https://www.linkedin.com/company/2048576/admin/analytics/updates/';
const followersUrl = 'https://www.linkedin.com/company/2048576/admin/analytics/followers/';
const feedUrl = 'https://www.linkedin.com/feed/';

const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/** Counts long tasks from the very start of each page, in the page's own world. */
function watchLongTasks() {
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__longTasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });
}

async function startBrowser(extension) {
  const launched = await launchWithExtension({ extension });
  const large = await readFile(resolve(fixtures, 'large.en.html'), 'utf8');
  await launched.context.route(/^https?:\/\//, (route) => route.abort());
  await launched.context.route('https://www.linkedin.com/**', (route) =>
    route.fulfill({ body: large, contentType: 'text/html' }),
  );
  await launched.context.addInitScript(watchLongTasks);
  return launched;
}

/** The content script's own figures for its passes, from the tab contexts the background keeps. */
function readScans(worker) {
  return worker.evaluate(async () => {
    const all = await chrome.storage.session.get(null);
    return Object.entries(all)
      .filter(([key]) => key.startsWith('tab-context:'))
      .map(([, value]) => value.scan)
      .filter(Boolean);
  });
}

/** Main-thread time and long tasks while the large page loads and settles (the content script's passes included). */
async function loadCost(context, worker) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(largeUrl, { waitUntil: 'load' });
  // Long enough for the idle callbacks, the first pass and a report to the background.
  await sleep(2500);
  const { metrics } = await cdp.send('Performance.getMetrics');
  const value = (name) => metrics.find((metric) => metric.name === name)?.value ?? 0;
  const longTasks = await page.evaluate(() => window.__longTasks);
  const scans = worker ? await readScans(worker) : [];
  await page.close();
  return { taskMs: value('TaskDuration') * 1000, scriptMs: value('ScriptDuration') * 1000, longTasks, scans };
}

async function measureLoad(extension) {
  const { context, worker } = await startBrowser(extension);
  /** @type {{ taskMs: number, scriptMs: number, longTasks: number[], scans: { ms: number, valuesMs?: number, longestSliceMs?: number }[] }[]} */
  const results = [];
  const passes = [];
  /** The part of each pass spent reading the values beside the labels. */
  const valuePasses = [];
  /** The longest idle slice of each pass: what the page waits for at most. */
  const longestSlices = [];
  try {
    await loadCost(context, worker); // warm-up: caches, compilation
    for (let run = 0; run < runs; run += 1) {
      const result = await loadCost(context, worker);
      results.push(result);
      passes.push(...result.scans.map((scan) => scan.ms));
      valuePasses.push(...result.scans.map((scan) => scan.valuesMs ?? 0));
      longestSlices.push(...result.scans.map((scan) => scan.longestSliceMs ?? 0));
    }
  } finally {
    await context.close();
  }
  return { results, passes, valuePasses, longestSlices };
}

/**
 * Passes after the first, as the page changes: a tile with one more label appears and goes
 * away, one pass each time (the report only goes when what was found changes).
 */
async function measureRepeatPasses() {
  const { context, worker } = await startBrowser(true);
  const times = [];
  try {
    const page = await context.newPage();
    await page.goto(largeUrl, { waitUntil: 'load' });
    await sleep(2000);
    for (let run = 0; run < runs * 2; run += 1) {
      await page.evaluate(
        (add) => {
          if (add) {
            const tile = document.createElement('div');
            tile.id = 'bench-tile';
            tile.innerHTML = '<span class="tile-label">Page views</span><span class="tile-value">1,024</span>';
            document.querySelector('main')?.prepend(tile);
          } else document.getElementById('bench-tile')?.remove();
        },
        run % 2 === 0,
      );
      // The content script waits at least a second between passes.
      await sleep(1600);
      const [scan] = await readScans(worker);
      // A removal is read without scanning anything (nodes 0); only scans are timed.
      if (scan && scan.nodes > 0) times.push(scan.ms);
    }
  } finally {
    await context.close();
  }
  return times;
}

/**
 * Full passes on a page that has settled: a single-page navigation to another analytics page
 * (a new page, so the whole of it is read) two seconds after each load. At load the browser is
 * still busy with the page: on two cores the same pass took three to six times as long there
 * (the XPath query alone 30–60 ms at load, 6–9 ms two seconds later, in the page's own world too).
 */
async function measureSettledPasses() {
  const { context, worker } = await startBrowser(true);
  const passes = [];
  const valuePasses = [];
  try {
    const page = await context.newPage();
    const targets = [followersUrl, largeUrl];
    for (let run = 0; run < runs; run += 1) {
      await page.goto(largeUrl, { waitUntil: 'load' });
      await sleep(2000);
      const url = targets[run % 2];
      const before = JSON.stringify(await readScans(worker));
      await page.evaluate(
        (address) => history.pushState({}, '', address === location.href ? `${address}?again` : address),
        url,
      );
      for (let waited = 0; waited < 5000 && JSON.stringify(await readScans(worker)) === before; waited += 100) {
        await sleep(100);
      }
      const [scan] = await readScans(worker);
      if (scan && scan.nodes > 0) {
        passes.push(scan.ms);
        valuePasses.push(scan.valuesMs ?? 0);
      }
    }
  } finally {
    await context.close();
  }
  return { passes, valuePasses };
}

/** Time from a single-page navigation in the tab to the side panel showing the new page. */
async function measurePanelUpdate() {
  const { context, worker, extensionId } = await startBrowser(true);
  const times = [];
  try {
    const page = await context.newPage();
    await page.goto(largeUrl, { waitUntil: 'load' });
    const tabId = await worker.evaluate(async (url) => (await chrome.tabs.query({ url }))[0]?.id, largeUrl);
    const panel = await context.newPage();
    await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tabId=${tabId}`);
    await panel.waitForSelector('[data-testid="context"][data-surface="page-analytics"]');
    await panel.evaluate(() => {
      window.__changes = [];
      new MutationObserver(() => {
        const surface = document.querySelector('[data-testid="context"]')?.getAttribute('data-surface');
        window.__changes.push({ surface, at: performance.timeOrigin + performance.now() });
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
    });
    const targets = [
      [feedUrl, 'feed'],
      [followersUrl, 'page-analytics'],
    ];
    for (let run = 0; run < runs * 2; run += 1) {
      const [url, surface] = targets[run % 2];
      await panel.evaluate(() => (window.__changes = []));
      const startedAt = await page.evaluate((address) => {
        const at = performance.timeOrigin + performance.now();
        history.pushState({}, '', address);
        return at;
      }, url);
      await panel.waitForFunction(
        (wanted) =>
          document.querySelector('[data-testid="context"]')?.getAttribute('data-surface') === wanted &&
          window.__changes.length > 0,
        surface,
      );
      const changedAt = await panel.evaluate(
        (wanted) => window.__changes.find((change) => change.surface === wanted)?.at,
        surface,
      );
      times.push(changedAt - startedAt);
      await sleep(300);
    }
  } finally {
    await context.close();
  }
  return times;
}

function row(name, value, target, note = '') {
  return { measure: name, value, target, note };
}

const contentScriptGzip = gzipSync(await readFile(resolve(extensionDir, 'detector.js'))).length;
const plain = await measureLoad(false);
const withSidecoach = await measureLoad(true);
const repeatPasses = await measureRepeatPasses();
const settled = await measureSettledPasses();
const panelTimes = await measurePanelUpdate();

const plainTask = median(plain.results.map((result) => result.taskMs));
const withTask = median(withSidecoach.results.map((result) => result.taskMs));
const plainLong = median(plain.results.map((result) => result.longTasks.length));
const withLong = median(withSidecoach.results.map((result) => result.longTasks.length));

const table = [
  row('Detection pass, large page, first (median)', `${round(median(withSidecoach.passes), 1)} ms`, '≤ 8 ms', `${withSidecoach.passes.length} passes, at page load`),
  row('Reading values, share of the first pass (median)', `${round(median(withSidecoach.valuePasses), 2)} ms`, '≤ 2 ms', `of ${round(median(withSidecoach.passes), 1)} ms; max ${round(Math.max(...withSidecoach.valuePasses), 2)} ms`),
  row('Longest idle slice of that pass (median)', `${round(median(withSidecoach.longestSlices), 1)} ms`, '< 50 ms (no long task)', `max ${round(Math.max(...withSidecoach.longestSlices), 1)} ms; 4 ms slices, the XPath query one step`),
  row('Detection pass, large page, first on a settled page (median)', `${round(median(settled.passes), 1)} ms`, '≤ 8 ms', `${settled.passes.length} passes, after a navigation`),
  row('Reading values, share of that pass (median)', `${round(median(settled.valuePasses), 2)} ms`, '≤ 2 ms', `max ${round(Math.max(...settled.valuePasses), 2)} ms`),
  row('Detection pass, large page, later (median)', `${round(median(repeatPasses), 2)} ms`, '≤ 8 ms', `${repeatPasses.length} passes over what changed`),
  row(
    'Main-thread time during load',
    `${round(withTask)} ms vs ${round(plainTask)} ms`,
    '≤ +5%',
    `${round(((withTask - plainTask) / plainTask) * 100)}% extra (${round(withTask - plainTask)} ms)`,
  ),
  row('Long tasks (> 50 ms) per load (median)', `${withLong} vs ${plainLong}`, 'none added', `${withLong - plainLong} added`),
  row('URL change to updated panel (median)', `${round(median(panelTimes))} ms`, '≤ 150 ms', `max ${round(Math.max(...panelTimes))} ms`),
  row('Content script, gzip', `${round(contentScriptGzip / 1024, 1)} KB`, '≤ 8 KB', `${contentScriptGzip} bytes`),
]; // prettier-ignore

const elements = (await readFile(resolve(fixtures, 'large.en.html'), 'utf8')).match(/<[a-zA-Z]/g).length;
console.log(
  `\nSidecoach bench: ${runs} runs each, large fixture of ${elements} elements (${fixtures}/large.en.html)\n`,
);
console.table(table);
