import { defineConfig } from 'vitest/config';

// Real Chromium with the built extension against real `wrangler dev`: one file at a time, since
// each launches browsers and Workers of its own on a 2-core machine.
export default defineConfig({
  test: {
    name: 'e2e',
    include: ['test/e2e/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 120_000,
    // A real browser and Worker on a busy 2-core machine: a UI update can take more than the default 1 s.
    expect: { poll: { timeout: 10_000 } },
  },
});
