// When a page first drew what a person waits for. Playwright's `waitForSelector` notices an
// element by polling, and a page still busy after its first render (more renders, idle work)
// answers late: timed that way, the side panel with 10,000 notes seemed to open about 170 ms
// after its list was on screen. `watchShown` runs in every page before the page's own scripts and
// notes the frame in which each selector the benches wait for first matched.

/** The selectors the benches wait for: a blank page's text, the Coach, the popup, the notes. */
const selectors = [
  '#blank',
  '[data-testid="metrics"] li',
  '[data-testid="next-step"]',
  '[data-testid="note-list"] .note',
];

/** Init script (`context.addInitScript(watchShown, selectors)`): fills `globalThis.__shown`. */
export function watchShown(watched) {
  const shown = (globalThis.__shown = {});
  new MutationObserver(() => {
    for (const selector of watched) {
      if (selector in shown || !document.querySelector(selector)) continue;
      shown[selector] = null;
      // The frame that draws the change starts with this callback.
      requestAnimationFrame((frame) => (shown[selector] = frame));
    }
  }).observe(document, { subtree: true, childList: true });
}

/** Makes every page of `context` note when it first drew each selector. */
export const watchPages = (context) => context.addInitScript(watchShown, selectors);

/**
 * Milliseconds from `page`'s navigation start to the frame that first drew `selector` (`frame`),
 * and to when Playwright's polling saw it (`polled`, how issue 15 measured its baselines).
 */
export async function shownTimes(page, selector) {
  if (!selectors.includes(selector)) throw new Error(`bench/shown.mjs does not watch ${selector}`);
  await page.waitForSelector(selector);
  const polled = await page.evaluate(() => performance.now());
  const frame = await page.waitForFunction((wanted) => globalThis.__shown?.[wanted] ?? null, selector);
  return { frame: await frame.jsonValue(), polled, steps: await page.evaluate(stepsOfOpen) };
}

/**
 * Runs in the page: when its document arrived and was parsed (Navigation Timing), and the marks
 * `startPageLanguage` sets once the modules have run and once the settings and strings are in
 * (absent on a page without them).
 */
function stepsOfOpen() {
  const [navigation] = performance.getEntriesByType('navigation');
  const mark = (name) => performance.getEntriesByName(name, 'mark')[0]?.startTime ?? null;
  return {
    document: navigation?.responseEnd ?? null,
    parsed: navigation?.domInteractive ?? null,
    modules: mark('sidecoach:modules-run'),
    strings: mark('sidecoach:strings-in'),
  };
}

/** Milliseconds from `page`'s navigation start to the frame that first drew `selector`. */
export const shownTime = async (page, selector) => (await shownTimes(page, selector)).frame;
