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
        plugins: [
          cloudflareTest(async () => ({
            wrangler: { configPath: './wrangler.toml' },
            miniflare: {
              bindings: {
                TEST_MIGRATIONS: await readD1Migrations('./worker/migrations'),
                BOOTSTRAP_SECRET: 'test-bootstrap-secret',
              },
            },
          })),
        ],
        test: {
          name: 'worker',
          include: ['test/worker/**/*.test.ts'],
          setupFiles: ['test/worker/apply-migrations.ts'],
        },
      },
      {
        plugins: [WxtVitest(), preact()],
        test: {
          name: 'extension',
          include: ['test/extension/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
          setupFiles: ['test/extension/setup.ts'],
        },
      },
    ],
  },
});
