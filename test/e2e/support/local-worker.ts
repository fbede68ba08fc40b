import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// @ts-expect-error: plain ESM script shared with `npm start`; typed here by use.
import * as localWorker from '../../../scripts/local-worker.mjs';

export const bootstrapSecret = 'e2e-bootstrap-secret';

/** Asks the OS for a free loopback port. */
export const findFreePort: () => Promise<number> = localWorker.findFreePort;

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
    localWorker.applyLocalMigrations({ persistTo });
    const running = await localWorker.startLocalWorkerOnFreePort({
      persistTo,
      vars: { BOOTSTRAP_SECRET: bootstrapSecret },
    });
    const worker = new LocalWorker(running.port, persistTo);
    worker.running = running;
    return worker;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Starts it again after `stop()`, on the same port and state. */
  async resume(): Promise<void> {
    this.running = await localWorker.startLocalWorker({
      port: this.port,
      persistTo: this.persistTo,
      vars: { BOOTSTRAP_SECRET: bootstrapSecret },
    });
  }

  async stop(): Promise<void> {
    if (this.running) await localWorker.stopProcessGroup(this.running.child);
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
