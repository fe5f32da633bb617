// Launches Debian's Firefox ESR with a built Firefox extension installed, for the e2e tests:
// puppeteer-core over WebDriver BiDi (Playwright cannot drive Debian's Firefox). The twin of
// chromium.mjs.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';

export const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** The add-on id in the Firefox manifests (wxt.config.ts). */
export const addonId = 'sidecoach@sidecoach.dev';
/**
 * The extension's internal UUID, fixed by a preference so its pages have a known origin:
 * `moz-extension://<uuid>/sidepanel.html`.
 */
export const extensionUuid = '5c0ac4e1-7d0b-4f3e-9a61-3b2f8e4d9c17';

export const installHint = `Firefox was not found at ${firefoxPath}.
Install it with:   sudo apt-get install -y firefox-esr
(or set FIREFOX_PATH to another Firefox 140 or later).`;

/** The folder of a Firefox build: `firefox-mv2` (`npm run build:firefox`) or `firefox-mv3`. */
export const buildDir = (build) => resolve(import.meta.dirname, '../.output', build);

/** Throws with the exact install command when Firefox or the build is missing. */
export function assertFirefoxReady(build = 'firefox-mv2') {
  if (!existsSync(firefoxPath)) throw new Error(installHint);
  if (!existsSync(join(buildDir(build), 'manifest.json'))) {
    const command = build === 'firefox-mv3' ? 'npm run build:firefox-mv3' : 'npm run build:firefox';
    throw new Error(`The extension is not built: ${buildDir(build)} has no manifest.json. Run: ${command}`);
  }
}

/**
 * Starts Firefox headless with the extension installed as a temporary add-on, and a fresh
 * profile deleted on close (or `profileDir`, kept, so a test can start the browser again on it:
 * the add-on's storage and UUID survive, as they do for an installed one).
 * Downloads go without a prompt to `<profile>/downloads`.
 * @param {{ build?: 'firefox-mv2' | 'firefox-mv3', profileDir?: string }} [options]
 */
export async function launchFirefox(options = {}) {
  const build = options.build ?? 'firefox-mv2';
  assertFirefoxReady(build);
  const profileDir = options.profileDir ?? (await mkdtemp(join(tmpdir(), 'sidecoach-firefox-')));
  const downloadDir = join(profileDir, 'downloads');
  await mkdir(downloadDir, { recursive: true });
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath,
    headless: true,
    userDataDir: profileDir,
    // Firefox 153 lets WebDriver open moz-extension:// pages only with this.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [addonId]: extensionUuid }),
      // A temporary add-on is removed when the browser closes; keep its data for the next start.
      'extensions.webextensions.keepStorageOnUninstall': true,
      'extensions.webextensions.keepUuidOnUninstall': true,
      'browser.download.folderList': 2,
      'browser.download.dir': downloadDir,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.start_downloads_in_tmp_dir': false,
      // The tests answer every request themselves; should one slip through, it meets a closed
      // port instead of the network.
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': 9,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': 9,
    },
  });
  await browser.installExtension(buildDir(build));
  // A profile we made for this run goes when the browser does; a given one is the caller's.
  if (!options.profileDir)
    browser.on('disconnected', () => {
      rm(profileDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 }).catch(() => undefined);
    });
  return { browser, build, profileDir, downloadDir, origin: `moz-extension://${extensionUuid}` };
}
