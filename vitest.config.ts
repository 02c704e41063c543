import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/helpers/build.ts'],
    // End-to-end tests spawn the built CLI; the pseudo-terminal tests type a whole questionnaire.
    testTimeout: 60_000,
  },
});
