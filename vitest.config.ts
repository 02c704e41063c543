import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/helpers/build.ts'],
    // End-to-end tests spawn the built CLI; the pseudo-terminal tests type a whole questionnaire.
    testTimeout: 60_000,
    // Most of the time is spent waiting on spawned CLIs, so two files at a time keep both cores busy.
    maxWorkers: 2,
  },
});
