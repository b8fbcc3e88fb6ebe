import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  test: {
    projects: [
      {
        plugins: [WxtVitest()],
        test: {
          name: 'unit',
          include: ['tests/{unit,dom,analyzer}/**/*.test.{ts,tsx}'],
          environment: 'node',
          // Fixtures are inert: their iframes and stylesheets are never fetched, and that is not an error.
          environmentOptions: {
            happyDOM: { settings: { disableIframePageLoading: true, disableCSSFileLoading: true, handleDisabledFileLoadingAsSuccess: true } },
          },
        },
      },
      {
        test: {
          name: 'e2e',
          globalSetup: ['tests/e2e/global-setup.ts'],
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Each file launches its own Chromium; two cores fit two browsers.
          maxWorkers: 2,
        },
      },
    ],
  },
});
