import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    reporters: ['default', './test/support/summary-reporter.ts'],
    globalSetup: ['./test/support/temp-root.ts'],
    setupFiles: ['./test/support/hide-debug-commands.ts'],
    testTimeout: 30_000,
  },
});
