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
          // Limits are for hangs, not speed: the suite must pass on a shared 2-core box under load.
          testTimeout: 60_000,
          // Fixtures are inert: their iframes and stylesheets are never fetched, and that is not an error.
          environmentOptions: {
            happyDOM: {
              settings: {
                disableIframePageLoading: true,
                disableCSSFileLoading: true,
                handleDisabledFileLoadingAsSuccess: true,
              },
            },
          },
        },
      },
      {
        test: {
          name: 'e2e',
          globalSetup: ['tests/e2e/global-setup.ts'],
          setupFiles: ['tests/e2e/setup.ts'],
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          // Limits are for hangs, not speed (speed is `npm run bench`): a loaded 2-core box must pass.
          testTimeout: 180_000,
          hookTimeout: 180_000,
          // Conditions are awaited, never slept for: every expect.poll waits up to 15 s by default.
          expect: { poll: { timeout: 15_000, interval: 50 } },
          // Each file launches its own Chromium; two cores fit two browsers.
          maxWorkers: 2,
        },
      },
    ],
  },
});
