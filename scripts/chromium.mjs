// Launches Debian's Chromium with the built extension loaded, for the e2e tests and
// `npm start`. Shared so both load the extension the same way.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const extensionDir = resolve(import.meta.dirname, '../.output/chrome-mv3');

export const installHint = `Chromium was not found at ${chromiumPath}.
Install it with:   sudo apt-get install -y chromium
(or set CHROMIUM_PATH to another Chromium or Chrome binary).`;

/** Throws with the exact install command when Chromium or the build is missing. */
export function assertReady() {
  if (!existsSync(chromiumPath)) throw new Error(installHint);
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`The extension is not built: ${extensionDir} has no manifest.json. Run: npm run build`);
  }
}

/**
 * Starts Chromium with the extension and a fresh profile, deleted on close (or `userDataDir`, kept). Resolves to the
 * browser context, the extension id (read from its service worker: it depends on the folder,
 * so it is never hard-coded) and the service worker itself.
 * With `extension: false`, the same browser without Sidecoach, for side-by-side measurements.
 * `extensionDir` loads another copy of the build (the bench adds a blank page to one).
 * `debugPort: true` also opens a DevTools port (its number in the profile's DevToolsActivePort), so
 * another client can reach targets Playwright does not give a session for, such as the service worker.
 * @param {{ headless?: boolean, userDataDir?: string, locale?: string, colorScheme?: 'light' | 'dark', extension?: boolean, extensionDir?: string, debugPort?: boolean }} [options]
 */
export async function launchWithExtension(options = {}) {
  assertReady();
  const withExtension = options.extension ?? true;
  const loaded = options.extensionDir ?? extensionDir;
  const headless = options.headless ?? true;
  const userDataDir = options.userDataDir ?? (await mkdtemp(join(tmpdir(), 'sidecoach-profile-')));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath,
    headless,
    locale: options.locale ?? 'en-US',
    colorScheme: options.colorScheme ?? 'light',
    // A real window resizes its pages when the side panel opens; headless gets a fixed size.
    viewport: headless ? { width: 1280, height: 800 } : null,
    args: [
      ...(withExtension ? [`--disable-extensions-except=${loaded}`, `--load-extension=${loaded}`] : []),
      `--lang=${options.locale ?? 'en-US'}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...(options.debugPort ? ['--remote-debugging-port=0'] : []),
    ],
  });
  // A profile we made for this run goes when the browser does; a given one is the caller's.
  if (!options.userDataDir)
    context.on('close', () => {
      rm(userDataDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 }).catch(() => undefined);
    });
  if (!withExtension) return { context, worker: null, extensionId: null, userDataDir };
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  // The worker is announced before its script has run: until it has, its listeners are not there,
  // and a tab opened at once (the sample dashboard) went unseen about one time in two.
  await worker.evaluate(() => globalThis.chrome.runtime.id);
  const extensionId = new URL(worker.url()).host;
  return { context, worker, extensionId, userDataDir };
}
