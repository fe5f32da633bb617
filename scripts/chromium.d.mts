// Types for scripts/chromium.mjs, so the TypeScript e2e tests can import it.
import type { BrowserContext, Worker } from 'playwright-core';

export const chromiumPath: string;
export const extensionDir: string;
export const installHint: string;
export function assertReady(): void;
export function launchWithExtension(options?: {
  headless?: boolean;
  userDataDir?: string;
  locale?: string;
  colorScheme?: 'light' | 'dark';
}): Promise<{ context: BrowserContext; worker: Worker; extensionId: string; userDataDir: string }>;
