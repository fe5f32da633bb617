import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

/** The end-to-end projects, one per browser: real browsers, one file (one browser) at a time. */
const realBrowser = {
  environment: 'node',
  // The machines have two cores, and each file starts its own browser.
  fileParallelism: false,
  // One worker runs the files in turn and keeps Playwright, puppeteer and the fixtures loaded.
  isolate: false,
  testTimeout: 60_000,
  hookTimeout: 120_000,
  // A busy machine can take seconds over what takes milliseconds on an idle one.
  expect: { poll: { timeout: 10_000 } },
} as const;

export default defineConfig({
  test: {
    projects: [
      {
        plugins: [WxtVitest()],
        test: {
          name: 'unit',
          include: ['{lib,state,content,components,entrypoints,locales,runtime}/**/*.test.{ts,tsx}'],
          environment: 'node',
          // Component tests say `// @vitest-environment happy-dom` on their first line.
          setupFiles: ['tests/unit-setup.ts'],
          // Starting a fresh worker for each of the 82 files took 1 s a file, most of the suite's
          // time; the set-up file resets what a file could leave behind instead.
          isolate: false,
        },
      },
      {
        test: {
          ...realBrowser,
          name: 'e2e',
          include: ['tests/e2e/*.test.ts'],
          sequence: { groupOrder: 1 },
        },
      },
      {
        test: {
          ...realBrowser,
          name: 'e2e-firefox',
          include: ['tests/e2e/firefox/*.test.ts'],
          // After Chromium, never beside it.
          sequence: { groupOrder: 2 },
        },
      },
      {
        test: {
          // Faults tried many times over in real Chromium: interrupted imports, stopped workers,
          // throttled pages. Apart from the e2e suite so that one stays quick to run.
          name: 'stress',
          include: ['tests/stress/**/*.test.ts'],
          environment: 'node',
          sequence: { groupOrder: 3 },
          fileParallelism: false,
          testTimeout: 300_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
