import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  test: {
    projects: [
      {
        plugins: [WxtVitest()],
        test: {
          name: 'unit',
          include: ['{lib,state,content,components,entrypoints,locales}/**/*.test.{ts,tsx}'],
          environment: 'node',
          // Component tests say `// @vitest-environment happy-dom` on their first line.
          setupFiles: ['tests/unit-setup.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          // One browser at a time: the machines have two cores, and the tests share nothing.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          // Faults tried many times over in real Chromium: interrupted imports, stopped workers,
          // throttled pages. Apart from the e2e suite so that one stays quick to run.
          name: 'stress',
          include: ['tests/stress/**/*.test.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 300_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
