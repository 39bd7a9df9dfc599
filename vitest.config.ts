import { defineConfig } from 'vitest/config';

// Two projects: fast pure-module tests, and browser tests that build and serve the site once.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 300_000,
          // One browser, one server: run the files one after another.
          fileParallelism: false,
        },
      },
    ],
  },
});
