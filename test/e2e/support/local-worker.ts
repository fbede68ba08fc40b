import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// @ts-expect-error: plain ESM script shared with `npm start`; typed here by use.
import { applyLocalMigrations, startLocalWorker, stopProcessGroup } from '../../../scripts/local-worker.mjs';

export const bootstrapSecret = 'e2e-bootstrap-secret';

/** Asks the OS for a free loopback port. */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * A real `wrangler dev` on loopback with its own D1 and Durable Object state, which can be stopped
 * and started again on the same port and state (to prove nothing is lost across an outage).
 */
export class LocalWorker {
  private running: { child: unknown } | undefined;

  private constructor(
    readonly port: number,
    private readonly persistTo: string,
  ) {}

  static async start(): Promise<LocalWorker> {
    const persistTo = mkdtempSync(join(tmpdir(), 'ipmo-e2e-state-'));
    applyLocalMigrations({ persistTo });
    const worker = new LocalWorker(await findFreePort(), persistTo);
    await worker.resume();
    return worker;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async resume(): Promise<void> {
    this.running = await startLocalWorker({
      port: this.port,
      persistTo: this.persistTo,
      vars: { BOOTSTRAP_SECRET: bootstrapSecret },
    });
  }

  async stop(): Promise<void> {
    if (this.running) await stopProcessGroup(this.running.child);
    this.running = undefined;
  }

  /** Calls the Worker's API as a test-side client (bootstrapping, invites, checks). */
  async call<T = unknown>(
    path: string,
    options: { token?: string; body?: unknown } = {},
  ): Promise<{ status: number; json: T }> {
    const response = await fetch(`${this.url}${path}`, {
      method: options.body === undefined ? 'GET' : 'POST',
      headers: {
        'content-type': 'application/json',
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      },
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
    return { status: response.status, json: (await response.json()) as T };
  }
}
