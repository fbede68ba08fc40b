import { expect } from 'vitest';
import { ExtensionBrowser } from './extension-browser';
import type { Session } from './join-workspace';
import { bootstrapSecret, LocalWorker } from './local-worker';
import type { WorkerWorkspace } from './workspace-records';

/** A real `wrangler dev` with one workspace (its owner's session) and a fresh PMO browser, not joined yet. */
export interface OwnerAndPmo {
  worker: LocalWorker;
  owner: Session;
  pmo: ExtensionBrowser;
  /** The owner's access, to push records straight to the Worker. */
  ownerWorkspace: WorkerWorkspace;
  close(): Promise<void>;
}

/** Starts the Worker, creates "Acme PMO" with Olivia as its owner, and launches the PMO's browser. */
export async function startOwnerAndPmo(): Promise<OwnerAndPmo> {
  const worker = await LocalWorker.start();
  const created = await worker.call<Session>('/v1/workspaces', {
    token: bootstrapSecret,
    body: { name: 'Acme PMO', owner: { name: 'Olivia Owner', email: 'olivia@acme.example' } },
  });
  expect(created.status).toBe(201);
  const owner = created.json;
  const pmo = await ExtensionBrowser.launch();
  return {
    worker,
    owner,
    pmo,
    ownerWorkspace: { worker, workspaceId: owner.workspace.id, token: owner.token },
    async close() {
      await pmo.close();
      await worker.stop();
    },
  };
}
