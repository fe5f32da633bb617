// `npm start`: builds the extension and opens it in Chromium beside an offline LinkedIn-style demo page.
/* global chrome -- only inside evaluate() callbacks, which run in the extension, not in Node */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { assertReady, chromiumPath, installHint, launchWithExtension } from './chromium.mjs';

const root = resolve(import.meta.dirname, '..');
/** The sample dashboard as built into the extension, with its script; served at a LinkedIn address. */
const builtDir = resolve(root, '.output/chrome-mv3');
const screenshotDir = resolve(root, 'artifacts/screenshots');
const demoUrl = 'https://www.linkedin.com/company/kopi-nusantara/admin/analytics/updates/';
const contextSelector = '[data-testid="context"][data-platform="linkedin"][data-surface="page-analytics"]';

const args = new Set(process.argv.slice(2));
const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const headless = args.has('--headed') ? false : args.has('--headless') || !hasDisplay;

function fail(message) {
  console.error(`\nnpm start: ${message}`);
  process.exit(1);
}

function run(command, commandArgs) {
  return new Promise((done) => {
    // A shell on Windows only, where npm is npm.cmd.
    const child = spawn(command, commandArgs, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
    child.on('error', (error) => done({ code: 1, error }));
    child.on('exit', (code, signal) => done({ code: code ?? 1, signal }));
  });
}

/** The demo tab's id, asked of the service worker once the tab has loaded. */
async function findDemoTabId(worker) {
  const tabId = await worker.evaluate(async () => {
    // The extension's host permission for LinkedIn lets it see the tab's URL.
    const [match] = await chrome.tabs.query({ url: 'https://www.linkedin.com/*' });
    return match?.id;
  });
  if (tabId === undefined) throw new Error('could not find the demo tab with chrome.tabs.query');
  return tabId;
}

/** Waits for the panel to show the detected LinkedIn context, or explains what it shows instead. */
async function waitForContext(panel, worker, tabId) {
  try {
    await panel.waitForSelector(contextSelector, { timeout: 15_000 });
  } catch {
    const shown = await panel
      .locator('body')
      .innerText()
      .catch(() => '(could not read the panel)');
    const stored = await worker
      .evaluate(async (key) => (await chrome.storage.session.get(key))[key] ?? null, `tab-context:${tabId}`)
      .catch(() => '(could not read session storage)');
    throw new Error(
      `The side panel never showed the LinkedIn page-analytics context (${contextSelector}) within 15 s.\n` +
        `Panel text:\n${shown}\n\nStored context for tab ${tabId}: ${JSON.stringify(stored)}`,
    );
  }
}

async function openPage(context, url, size) {
  const page = await context.newPage();
  if (size) await page.setViewportSize(size);
  await page.goto(url);
  return page;
}

/** A page at a side panel's width, ready for a shot. */
async function shoot(page, name) {
  await page.evaluate(() => document.fonts.ready);
  return page.screenshot({ path: resolve(screenshotDir, name), fullPage: false });
}

async function screenshots({ context, worker, extensionId, demo, tabId }) {
  await mkdir(screenshotDir, { recursive: true });
  const panelUrl = `chrome-extension://${extensionId}/sidepanel.html?tabId=${tabId}`;
  const panelSize = { width: 380, height: 800 };

  // The demo at the width a 1280 px window leaves beside a side panel.
  await demo.setViewportSize({ width: 900, height: 800 });
  const demoPng = await demo.screenshot();

  const panel = await openPage(context, panelUrl, panelSize);
  await waitForContext(panel, worker, tabId);
  // The rows come once the content script has read the page in idle time.
  await panel.waitForSelector('[data-testid="metric-card"]', { timeout: 15_000 });
  const panelPng = await shoot(panel, 'sidepanel.png');

  // Extension pages cannot be framed by a web page, so the two shots are laid side by side as images.
  const composer = await context.newPage();
  await composer.setViewportSize({ width: 1280, height: 800 });
  const dataUrl = (png) => `data:image/png;base64,${png.toString('base64')}`;
  await composer.setContent(
    `<body style="margin:0;display:flex;background:#fff">
      <img src="${dataUrl(demoPng)}" width="900" height="800" alt="">
      <img src="${dataUrl(panelPng)}" width="380" height="800" alt="" style="box-shadow:-1px 0 0 #c9c9c9">
    </body>`,
    { waitUntil: 'load' },
  );
  await composer.screenshot({ path: resolve(screenshotDir, 'demo-with-coach.png') });
  await composer.close();

  // A card open in place, with a note written inside it.
  const card = panel.locator('[data-testid="metric-card"][data-metric="impressions"]');
  await card.locator('.row-button').click();
  await card.getByRole('button', { name: /^Add a note/ }).click();
  await panel
    .getByTestId('note-text')
    .fill('Impressions up after the carousel series. Ask the team which formats to test next.');
  await panel.getByTestId('note-tags').fill('q3, 1:1');
  await panel.getByRole('button', { name: 'Save', exact: true }).click();
  await card.getByTestId('note-count').waitFor({ timeout: 15_000 });
  await card.scrollIntoViewIfNeeded();
  await shoot(panel, 'card-open.png');

  // The first run: a tab with nothing to coach on.
  const blankTab = await worker.evaluate(
    async () => (await chrome.tabs.create({ url: 'about:blank', active: false })).id,
  );
  const firstRun = await openPage(
    context,
    `chrome-extension://${extensionId}/sidepanel.html?tabId=${blankTab}`,
    panelSize,
  );
  await firstRun.waitForSelector('[data-testid="try-sample"]', { timeout: 15_000 });
  await shoot(firstRun, 'first-run.png');
  await firstRun.close();

  const popup = await openPage(context, `chrome-extension://${extensionId}/popup.html`, { width: 360, height: 520 });
  await popup.getByRole('button').first().waitFor({ timeout: 15_000 });
  await shoot(popup, 'popup.png');
  await popup.close();

  // A metric compared across platforms in the Glossary; the notes; the team.
  const glossary = await openPage(context, `${panelUrl}#glossary/engagement-rate`, panelSize);
  await glossary.waitForSelector('[data-testid="metric-variants"]', { timeout: 15_000 });
  await shoot(glossary, 'glossary.png');
  await glossary.close();
  const notes = await openPage(context, `${panelUrl}#notes`, panelSize);
  await notes.waitForSelector('[data-testid="note-list"] .note', { timeout: 15_000 });
  await shoot(notes, 'notes.png');
  await notes.close();

  const coach = await openPage(context, panelUrl, panelSize);
  await coach.waitForSelector('[data-testid="metric-card"]', { timeout: 15_000 });
  await coach.emulateMedia({ colorScheme: 'dark' });
  await shoot(coach, 'sidepanel-dark.png');
  await coach.emulateMedia({ colorScheme: 'light' });

  // The language switch in the panel's header, as a person would use it.
  await coach.getByRole('button', { name: 'Bahasa Indonesia' }).click();
  await coach.waitForSelector('html[lang="id"]', { timeout: 15_000 });
  await shoot(coach, 'sidepanel-id.png');
  await coach.getByRole('button', { name: 'English' }).click();
  await coach.close();
}

async function main() {
  // Checked before the build so a missing browser fails in a second, not after it.
  if (!existsSync(chromiumPath)) fail(installHint);

  console.log('npm start: building the extension (npm run build)...');
  const build = await run('npm', ['run', 'build']);
  if (build.error) fail(`could not run npm run build: ${build.error.message}`);
  if (build.code !== 0)
    fail(`the build failed (${build.signal ?? `exit code ${build.code}`}); fix it and run npm start again.`);
  try {
    assertReady();
  } catch (error) {
    fail(error.message);
  }

  const html = await readFile(join(builtDir, 'sample.html'), 'utf8');
  console.log(`npm start: launching Chromium ${headless ? 'headless' : 'with a window'}...`);
  let launched;
  try {
    launched = await launchWithExtension({ headless });
  } catch (error) {
    const hint = headless ? '' : '\nNo display? Run `npm start -- --headless` for screenshots instead.';
    fail(`Chromium did not start: ${error.message}${hint}`);
  }
  const { context, worker, extensionId } = launched;

  // Nothing reaches the network: every http(s) request is aborted except LinkedIn's, which all get
  // the demo page. Routes added later win, so the catch-all goes first. chrome-extension:// is not routed.
  await context.route(
    (url) => url.protocol === 'https:' || url.protocol === 'http:',
    (route) => route.abort(),
  );
  await context.route('https://www.linkedin.com/**', async (route) => {
    const { pathname } = new URL(route.request().url());
    if (pathname === '/favicon.ico') return route.fulfill({ status: 404, body: '' });
    // The sample's own script, at the path the built page names it by.
    if (pathname.startsWith('/chunks/') && extname(pathname) === '.js') {
      const body = await readFile(join(builtDir, pathname)).catch(() => null);
      return body ? route.fulfill({ body, contentType: 'text/javascript' }) : route.fulfill({ status: 404, body: '' });
    }
    return route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' });
  });

  // The persistent context starts with one blank tab: the demo goes there.
  let tabId;
  try {
    const demo = context.pages()[0] ?? (await context.newPage());
    await demo.goto(demoUrl);
    tabId = await findDemoTabId(worker);
    if (headless) await screenshots({ context, worker, extensionId, demo, tabId });
  } catch (error) {
    await context.close();
    fail(error.message);
  }
  if (headless) {
    await context.close();
    console.log(`\nnpm start: screenshots saved in ${screenshotDir}`);
    return;
  }

  // A side panel opens only on a user gesture, so the coach also gets a tab of its own to start with.
  await openPage(context, `chrome-extension://${extensionId}/sidepanel.html?tabId=${tabId}`);
  console.log(`
Sidecoach is running in Chromium (extension id ${extensionId}).
  - Tab 1: the offline demo page at ${demoUrl}
  - Tab 2: the coach for that tab, so you can see it right away.
To use the real side panel: go to the demo tab, click the Sidecoach toolbar icon (pin it from the
puzzle-piece menu if you do not see it), then "Open coach"; or press Alt+Shift+S.
Try the left menu's Visitors, Followers and Page posts: the URL changes without a reload.
Close the browser window (or press Ctrl+C here) to stop.`);

  // Ctrl+C needs no handler here: Playwright closes the browser itself and exits with code 130.
  await new Promise((done) => context.once('close', done));
}

await main();
