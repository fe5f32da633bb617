// Types for scripts/chromium.mjs, so the TypeScript e2e tests can import it.
import type { BrowserContext, Worker } from 'playwright-core';

export const chromiumPath: string;
export const extensionDir: string;
export const installHint: string;
export function assertReady(): void;
export interface LaunchOptions {
  headless?: boolean;
  userDataDir?: string;
  locale?: string;
  colorScheme?: 'light' | 'dark';
  extensionDir?: string;
  /** Also open a DevTools port, its number written to the profile's DevToolsActivePort. */
  debugPort?: boolean;
}
export function launchWithExtension(
  options?: LaunchOptions & { extension?: true },
): Promise<{ context: BrowserContext; worker: Worker; extensionId: string; userDataDir: string }>;
export function launchWithExtension(
  options: LaunchOptions & { extension: false },
): Promise<{ context: BrowserContext; worker: null; extensionId: null; userDataDir: string }>;
