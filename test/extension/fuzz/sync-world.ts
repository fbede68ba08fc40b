import type { SyncOutcome } from '../../../extension/background/sync/sync-workspace';
import { type ApiError, type FetchFn, requestJson } from '../../../extension/background/worker-api/request-json';
import { createWorkerApi } from '../../../extension/background/worker-api/worker-api';
import { createWorkspace, joinWorkspace } from '../../../extension/background/workspaces/connect-workspace';
import type { WorkspaceDeps } from '../../../extension/background/workspaces/workspace-deps';
import { CreateInviteResponseSchema } from '../../../shared/api/schemas';
import type { AnyRecord } from '../../../shared/entities';
import { rowKey } from '../../../shared/mutations/run-mutation';
import type { Result } from '../../../shared/result';
import type { Role } from '../../../shared/schemas/common';
import { type Cookie, type PullResponse, PullResponseSchema } from '../../../shared/sync/protocol';
import type { Fault, FaultyNetwork, HeldRequest } from './faulty-network';
import type { PlannedEdit } from './random-edits';
import type { SeededRandom } from './seeded-random';
import { SimulatedBrowser } from './simulated-browser';
import { fuzzBootstrapSecret } from './worker-under-test';

/** What the network does with a request the harness looks at: deliver it (with a fault) or keep holding it. */
export type RequestFate = Fault | 'hold';

/** How long one browser may take to block on the network or finish; only a hung engine hits it. */
const settleTimeoutMs = 30_000;

let nextAddress = 1;

/**
 * Setup calls (workspace creation, invites) bypass the fuzz network. Each world sends them from an
 * address of its own, as distinct people would, so the per-IP limit of the public routes is not the
 * thing under test.
 */
function createDirectFetch(): FetchFn {
  const address = nextAddress++;
  const ip = `10.${(address >> 16) & 255}.${(address >> 8) & 255}.${address & 255}`;
  return (input, init) =>
    fetch(input, {
      method: init.method,
      headers: { ...Object.fromEntries(new Headers(init.headers).entries()), 'cf-connecting-ip': ip },
      body: init.body,
    });
}

/**
 * One workspace on the real Worker and the browsers that joined it, all talking through one
 * FaultyNetwork. The harness moves one browser at a time: it starts a sync or an edit, then waits
 * until that browser either finished or is blocked on a request the network holds. Engines never
 * race each other, so given the same choices a run is the same run.
 */
export class SyncWorld {
  readonly browsers: SimulatedBrowser[] = [];
  /** Broken expectations met along the way (an invalid edit accepted, a sync that failed after healing). */
  readonly problems: string[] = [];
  /**
   * What the server made itself when the workspace was created (the built-in method,
   * worker/workspace/server-mutations.ts): no browser pushed it, so the reference model starts from it.
   */
  serverSeeded = new Map<string, AnyRecord>();

  private constructor(
    readonly serverUrl: string,
    readonly network: FaultyNetwork,
    private readonly ids: SeededRandom,
  ) {}

  /**
   * Creates a workspace with the bootstrap secret in the first browser (its owner), then invites
   * one browser per further role, each joining through the extension's own join flow.
   */
  static async create(serverUrl: string, network: FaultyNetwork, ids: SeededRandom, roles: Role[]) {
    const world = new SyncWorld(serverUrl, network, ids);
    const directApi = createWorkerApi(createDirectFetch());
    const names = ['Olivia Owner', 'Pat Pmo', 'Quinn Pmo', 'Robin Pmo', 'Sam Pmo'];
    roles.forEach((role, index) => {
      world.browsers.push(new SimulatedBrowser(index, names[index % names.length], role, network));
    });
    const [owner, ...others] = world.browsers;
    if (owner.role !== 'owner') throw new Error('the first browser creates the workspace: its role is owner');
    const created = await createWorkspace(world.depsOf(owner, directApi), {
      serverUrl,
      bootstrapSecret: fuzzBootstrapSecret,
      workspaceName: 'Fuzz PMO',
      ownerName: owner.personName,
      ownerEmail: 'owner@example.com',
    });
    if (!created.ok) throw new Error(`creating the workspace failed: ${created.error.message}`);
    const workspaceId = created.value.workspaceId;
    await owner.adoptConnection(workspaceId);
    world.serverSeeded = await world.readServerState();
    // saveSession already started a sync; this one queues behind it, so the harness can wait for both,
    // and waiting here keeps the order in which first requests reach the network the same every run.
    owner.track(owner.sync.syncNow(workspaceId));
    await world.settle(owner);
    for (const browser of others) {
      const invite = await requestJson(createDirectFetch(), {
        serverUrl,
        path: `/v1/workspaces/${workspaceId}/invites`,
        method: 'POST',
        token: owner.token,
        body: { role: browser.role },
        schema: CreateInviteResponseSchema,
      });
      if (!invite.ok) throw new Error(`inviting a ${browser.role} failed: ${invite.error.message}`);
      const joined = await joinWorkspace(world.depsOf(browser, directApi), {
        serverUrl,
        code: invite.value.code,
        name: browser.personName,
        email: `browser${browser.index}@example.com`,
      });
      if (!joined.ok) throw new Error(`joining as ${browser.role} failed: ${joined.error.message}`);
      await browser.adoptConnection(workspaceId);
      browser.track(browser.sync.syncNow(workspaceId));
      await world.settle(browser);
    }
    return world;
  }

  private depsOf(browser: SimulatedBrowser, api: ReturnType<typeof createWorkerApi>): WorkspaceDeps {
    return { db: browser.db, api, sync: browser.sync, now: browser.clock.now, newId: () => this.ids.uuid() };
  }

  browserOf(request: HeldRequest): SimulatedBrowser {
    return this.browsers[request.client];
  }

  /** Waits until the browser's engine finished its syncs or is blocked on a request the network holds. */
  async settle(browser: SimulatedBrowser): Promise<void> {
    const isSettled = () => browser.tasks.size === 0 || this.network.waitingOf(browser.index).length > 0;
    while (!isSettled()) {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => {
          stop();
          reject(new Error(`browser ${browser.index} neither finished nor sent a request in ${settleTimeoutMs} ms`));
        }, settleTimeoutMs);
        const stop = this.network.onChange(() => {
          clearTimeout(timer);
          stop();
          resolve();
        });
      });
    }
  }

  /**
   * Lets a browser's engine run: each request it sends meets `fateOf` (delivered, maybe with a fault,
   * or held for later, which leaves the engine blocked), until its syncs are done or held.
   */
  async runTraffic(browser: SimulatedBrowser, fateOf: (request: HeldRequest) => RequestFate): Promise<void> {
    for (;;) {
      await this.settle(browser);
      const [next] = this.network.waitingOf(browser.index);
      if (!next) return;
      const fate = fateOf(next);
      if (fate === 'hold') {
        this.network.trace.push(`#${next.seq} c${browser.index} ${next.kind}: held`);
        return;
      }
      await this.network.deliver(next, fate);
    }
  }

  /**
   * "Sync now" in one browser (a queued run when one is already running), then its traffic. The
   * outcome comes wrapped: a sync blocked on a held request has none yet.
   */
  async syncNow(
    browser: SimulatedBrowser,
    fateOf: (request: HeldRequest) => RequestFate,
  ): Promise<{ outcome: Promise<SyncOutcome> }> {
    const outcome = browser.track(browser.sync.syncNow(browser.workspaceId));
    await this.runTraffic(browser, fateOf);
    return { outcome };
  }

  /** A person's edit through the background's `mutate`, as the UI sends it. */
  async edit(browser: SimulatedBrowser, planned: PlannedEdit): Promise<void> {
    const pendingBefore = planned.mustBeRefused ? await browser.countPending() : 0;
    const result = await browser.sync.mutate({
      workspaceId: browser.workspaceId,
      name: planned.name,
      args: planned.args,
    });
    const label = `c${browser.index} edit ${planned.name} ${String(planned.args.id).slice(0, 8)}`;
    if (result.ok) {
      browser.queued.push({ id: result.value.mutationId, name: planned.name, args: planned.args });
      this.network.trace.push(`${label} → queued #${result.value.mutationId}`);
      if (planned.mustBeRefused) {
        this.problems.push(
          `browser ${browser.index} queued ${planned.name} ${JSON.stringify(planned.args)}, which it must refuse`,
        );
      }
      return;
    }
    this.network.trace.push(`${label} → refused locally (${result.error.code})`);
    if (planned.mustBeRefused && (await browser.countPending()) !== pendingBefore) {
      this.problems.push(`browser ${browser.index} refused ${planned.name} but its pending queue changed`);
    }
  }

  /** The service worker is killed and starts again: the engine instance and its Dexie connection are new. */
  restart(browser: SimulatedBrowser): void {
    this.network.abandonRequestsOf(browser.index);
    // The old engine waits forever on requests nobody answers; it is gone as far as the test goes.
    browser.tasks = new Set();
    browser.startEngine();
    this.network.trace.push(`c${browser.index} background restarted`);
  }

  /**
   * Heals the network and syncs until quiescent: every held request and every copy on the wire
   * delivered, then rounds of "sync every browser" until a round in which no browser had anything
   * to push and no pull brought a change. Answers the number of rounds.
   */
  async heal(maxRounds = 8): Promise<number> {
    const deliverAll = () => 'none' as const;
    this.network.offline.clear();
    while (this.network.waiting.length > 0) {
      const next = this.network.waiting[0];
      await this.network.deliver(next, 'none');
      await this.runTraffic(this.browserOf(next), deliverAll);
    }
    while (this.network.ghosts.length > 0) await this.network.deliverGhost(this.network.ghosts[0]);
    for (let round = 1; round <= maxRounds; round += 1) {
      let isQuiet = true;
      for (const browser of this.browsers) {
        const hadPending = (await browser.countPending()) > 0;
        const changingPulls = this.network.changingPullsOf.get(browser.index) ?? 0;
        const outcome = await (await this.syncNow(browser, deliverAll)).outcome;
        if (!outcome.ok) {
          this.problems.push(`browser ${browser.index} failed to sync on a healed network: ${outcome.error.message}`);
          isQuiet = false;
        }
        if (hadPending || (this.network.changingPullsOf.get(browser.index) ?? 0) > changingPulls) isQuiet = false;
      }
      if (isQuiet) return round;
    }
    throw new Error(`not quiescent after ${maxRounds} rounds of syncing every browser on a healed network`);
  }

  /** The server's whole state, read as the owner with a fresh full pull (new client group, no cookie). */
  async readServerState(): Promise<Map<string, AnyRecord>> {
    const owner = this.browsers[0];
    const state = new Map<string, AnyRecord>();
    const clientGroupId = crypto.randomUUID();
    let cookie: Cookie | null = null;
    for (;;) {
      const page: Result<PullResponse, ApiError> = await requestJson(fetch, {
        serverUrl: this.serverUrl,
        path: `/v1/workspaces/${owner.workspaceId}/pull`,
        method: 'POST',
        token: owner.token,
        body: { clientGroupId, cookie, limit: 5000 },
        schema: PullResponseSchema,
      });
      if (!page.ok) throw new Error(`reading the server state failed: ${page.error.message}`);
      for (const op of page.value.patch) {
        if (op.op === 'clear') state.clear();
        else if (op.op === 'put') state.set(rowKey(op.entity, op.id), op.value as AnyRecord);
        else state.delete(rowKey(op.entity, op.id));
      }
      if (!page.value.hasMore) return state;
      cookie = page.value.cookie;
    }
  }

  async close(): Promise<void> {
    for (const browser of this.browsers) await browser.close();
  }
}
