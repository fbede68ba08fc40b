import type { D1Migration } from 'cloudflare:test';
import type { Env as WorkerEnv } from '../../worker/env';

declare global {
  namespace Cloudflare {
    /** The Worker's bindings plus the migrations vitest.config.ts reads for the setup file. */
    interface Env extends WorkerEnv {
      TEST_MIGRATIONS: D1Migration[];
      /** 3 requests per 60 s (vitest.config.ts), to swap in for RATE_LIMITER when a test wants a 429. */
      TIGHT_RATE_LIMITER: RateLimit;
    }
    interface GlobalProps {
      mainModule: typeof import('../../worker/index');
      durableNamespaces: 'WorkspaceObject';
    }
  }
}
