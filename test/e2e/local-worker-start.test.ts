import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error: plain ESM script shared with `npm start`; typed here by use.
import * as localWorker from '../../scripts/local-worker.mjs';

// Tests, benches and screenshots start `wrangler dev` on a port found free a moment before; another
// process on the machine can take it in between (a CI run once failed so). The start then moves on to
// another port (scripts/local-worker.mjs startLocalWorkerOnFreePort).

const persistTo = mkdtempSync(join(tmpdir(), 'ipmo-start-state-'));
let taken: Server | undefined;
const heldSockets: Socket[] = [];
let running: { port: number; url: string; child: unknown } | undefined;

afterAll(async () => {
  if (running) await localWorker.stopProcessGroup(running.child);
  for (const socket of heldSockets) socket.destroy();
  await new Promise((resolve) => (taken ? taken.close(resolve) : resolve(undefined)));
  rmSync(persistTo, { recursive: true, force: true });
});

/** A loopback port something else listens on: it takes connections and never answers. */
function takePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer((socket) => heldSockets.push(socket));
    taken = server;
    server.listen(0, '127.0.0.1', () => resolve((server.address() as { port: number }).port));
  });
}

describe('starting the local Worker', () => {
  it('moves on to another port when the one it chose was taken before wrangler could bind it', async () => {
    localWorker.applyLocalMigrations({ persistTo });
    const takenPort = await takePort();
    const chosen: number[] = [];
    const choosePort = async () => {
      const port = chosen.length === 0 ? takenPort : await localWorker.findFreePort();
      chosen.push(port);
      return port;
    };

    running = await localWorker.startLocalWorkerOnFreePort({ persistTo }, { choosePort });

    expect(chosen).toHaveLength(2);
    expect(chosen[0]).toBe(takenPort);
    expect(running?.port).toBe(chosen[1]);
    const health = await fetch(`${running?.url}/v1/health`);
    expect(health.status).toBe(200);
  });

  it('says so when every attempt finds its port taken', async () => {
    const takenPort = (taken?.address() as { port: number } | undefined)?.port ?? (await takePort());

    await expect(
      localWorker.startLocalWorkerOnFreePort({ persistTo }, { attempts: 2, choosePort: async () => takenPort }),
    ).rejects.toThrow(/Address already in use/);
  });
});
