// Types for scripts/firefox.mjs, so the TypeScript e2e tests can import it.
import type { Browser } from 'puppeteer-core';

export type FirefoxBuild = 'firefox-mv2' | 'firefox-mv3';
export const firefoxPath: string;
export const addonId: string;
export const extensionUuid: string;
export const installHint: string;
export function buildDir(build: FirefoxBuild): string;
export function assertFirefoxReady(build?: FirefoxBuild): void;
export interface FirefoxLaunchOptions {
  build?: FirefoxBuild;
  profileDir?: string;
}
export function launchFirefox(options?: FirefoxLaunchOptions): Promise<{
  browser: Browser;
  build: FirefoxBuild;
  profileDir: string;
  downloadDir: string;
  origin: string;
}>;
