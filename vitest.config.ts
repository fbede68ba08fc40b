import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-pool-workers';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  test: {
    projects: [
      {
        test: { name: 'shared', include: ['test/shared/**/*.test.ts'], environment: 'node' },
      },
      {
        // The repository as a whole: documents cited, import boundaries between runtime contexts.
        test: { name: 'repo', include: ['test/repo/**/*.test.ts'], environment: 'node' },
      },
      {
        plugins: [
          cloudflareTest(async () => ({
            wrangler: { configPath: './wrangler.toml' },
            miniflare: {
              bindings: {
                TEST_MIGRATIONS: await readD1Migrations('./worker/migrations'),
                BOOTSTRAP_SECRET: 'test-bootstrap-secret',
              },
              // Suites share one runtime and one address, so the real limits (wrangler.toml) are lifted;
              // rate-limit.test.ts and auth-failure-limit.test.ts swap in the tight copy to prove the 429.
              ratelimits: {
                RATE_LIMITER: { simple: { limit: 1_000_000, period: 60 } },
                PUBLIC_RATE_LIMITER: { simple: { limit: 1_000_000, period: 60 } },
                AUTH_FAILURE_RATE_LIMITER: { simple: { limit: 1_000_000, period: 60 } },
                TIGHT_RATE_LIMITER: { simple: { limit: 3, period: 60 } },
              },
            },
          })),
        ],
        test: {
          name: 'worker',
          include: ['test/worker/**/*.test.ts'],
          setupFiles: ['test/worker/apply-migrations.ts'],
          testTimeout: 20_000,
        },
      },
      {
        plugins: [WxtVitest(), preact()],
        test: {
          name: 'extension',
          include: ['test/extension/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
          setupFiles: ['test/extension/setup.ts'],
          // CI machines are shared; sync tests wait on real timers and IndexedDB, so 5 s is too tight under load.
          testTimeout: 20_000,
        },
      },
    ],
  },
});
