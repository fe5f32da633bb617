// `npm run bench`, third part: how fast the side panel and the popup open, each beside a blank
// page of the same extension opened the same way (the bench adds `blank.html` to a copy of the
// build, so the shipped extension has no such page). Medians of 15: with 7, the same build's
// panel median moved from 180 to 257 ms between runs on a busy host. Reports; never fails on a time.
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extensionDir, launchWithExtension } from '../scripts/chromium.mjs';
import { shownTimes, watchPages } from './shown.mjs';
import { median, round } from './stats.mjs';

const runs = Number(process.env.BENCH_RUNS ?? 15);

const copy = await mkdtemp(join(tmpdir(), 'sidecoach-bench-'));
await cp(extensionDir, copy, { recursive: true });
await writeFile(join(copy, 'blank.html'), '<!doctype html><html><body><p id="blank">Blank</p></body></html>');

/** Opens `url` in `page`: the times from navigation start to `selector` drawn, and seen by polling. */
async function openTime(page, url, selector) {
  // A blank page first, so that every open is a new document, never a same-document navigation.
  await page.goto('about:blank');
  await page.goto(url);
  return shownTimes(page, selector);
}

const { context, extensionId } = await launchWithExtension({ extensionDir: copy });
try {
  await watchPages(context);
  const origin = `chrome-extension://${extensionId}`;
  // The sample dashboard, coached like a real one: the panel shows its metric rows.
  const sample = await context.newPage();
  await sample.goto(`${origin}/sample.html`);
  const tabId = await sample.evaluate(() => chrome.tabs.getCurrent().then((tab) => tab.id));
  const page = await context.newPage();
  // One warm-up of each, so that every measured open reads from the same caches.
  await openTime(page, `${origin}/blank.html`, '#blank');
  await openTime(page, `${origin}/sidepanel.html?tabId=${tabId}`, '[data-testid="metrics"] li');
  await openTime(page, `${origin}/popup.html`, '[data-testid="next-step"]');

  const times = { blank: [], panel: [], popup: [] };
  for (let run = 0; run < runs; run += 1) {
    times.blank.push(await openTime(page, `${origin}/blank.html`, '#blank'));
    times.panel.push(await openTime(page, `${origin}/sidepanel.html?tabId=${tabId}`, '[data-testid="metrics"] li'));
    times.popup.push(await openTime(page, `${origin}/popup.html`, '[data-testid="next-step"]'));
  }
  const medianOf = (opens, way) => median(opens.map((open) => open[way]));
  const row = (measure, opens, target) => ({
    measure,
    drawn: `${round(medianOf(opens, 'frame'))} ms`,
    'drawn vs blank': `${round(medianOf(opens, 'frame') / medianOf(times.blank, 'frame'), 2)}×`,
    polled: `${round(medianOf(opens, 'polled'))} ms`,
    'polled vs blank': `${round(medianOf(opens, 'polled') / medianOf(times.blank, 'polled'), 2)}×`,
    target,
  });
  console.log(`\nSidecoach pages bench: ${runs} runs each, medians. "drawn": to the frame that first drew it;`);
  console.log(`"polled": to when Playwright's polling saw it, as issue 15's baselines were measured.\n`);
  console.table([
    row('Blank extension page, to shown', times.blank, '—'),
    row('Side panel, to the first metric row', times.panel, '≤ 1.3× blank'),
    row('Popup, to the next checklist step', times.popup, '≤ 1.1× blank'),
  ]);
  // Where an open's time goes: each step's median, from navigation start, in the same opens.
  const at = (opens, step) => {
    const values = opens.map((open) => open.steps[step]).filter((value) => value !== null);
    return values.length > 0 ? `${round(median(values))} ms` : '—';
  };
  const steps = (page, opens) => ({
    page,
    'document in': at(opens, 'document'),
    parsed: at(opens, 'parsed'),
    'modules run': at(opens, 'modules'),
    'settings and strings in': at(opens, 'strings'),
    drawn: `${round(medianOf(opens, 'frame'))} ms`,
  });
  console.log('\nWhere an open goes (medians, from navigation start):\n');
  console.table([steps('blank page', times.blank), steps('side panel', times.panel), steps('popup', times.popup)]);
} finally {
  await context.close();
  await rm(copy, { recursive: true, force: true });
}
