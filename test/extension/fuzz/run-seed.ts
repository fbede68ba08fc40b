import type { Role } from '../../../shared/schemas/common';
import { checkConvergence, checkViewIsRebased } from './check-convergence';
import { FaultyNetwork, type HeldRequest, type ProcessedMutation } from './faulty-network';
import { planEdit } from './random-edits';
import { createSeededRandom, type SeededRandom } from './seeded-random';
import { type RequestFate, SyncWorld } from './sync-world';

/** What one seed did and what broke; `trace` is the same list of events whenever the seed is replayed. */
export interface SeedRun {
  seed: number;
  browsers: number;
  steps: number;
  healRounds: number;
  requests: number;
  processed: number;
  refused: number;
  /** The server's refusals by error code. */
  refusals: Record<string, number>;
  /** How often each fault struck, by name. */
  faults: Record<FaultName, number>;
  violations: string[];
  trace: string[];
}

/** Each fault and the mark it leaves in the trace. */
const faultMarks = {
  'lost requests': 'request dropped',
  'lost responses': 'response dropped',
  'duplicates now': '(duplicate)',
  'late copies': '(late copy)',
  'stale pages': 'stale copy',
  'held requests': ': held',
  'offline failures': 'client offline',
  restarts: 'background restarted',
};
export type FaultName = keyof typeof faultMarks;

function countFaults(trace: readonly string[]): Record<FaultName, number> {
  const entries = Object.entries(faultMarks).map(([name, mark]) => [
    name,
    trace.filter((line) => line.includes(mark)).length,
  ]);
  return Object.fromEntries(entries) as Record<FaultName, number>;
}

function countRefusals(processed: readonly ProcessedMutation[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const mutation of processed) {
    if (mutation.status === 'rejected')
      counts[mutation.error?.code ?? '?'] = (counts[mutation.error?.code ?? '?'] ?? 0) + 1;
  }
  return counts;
}

/**
 * Roles of the browsers after the owner. Owner and PMO may write everything, so refusals come
 * from races (a record deleted meanwhile, a stale `expected`, a kind that no longer fits the
 * response) and the odd invalid edit, not from permissions.
 */
const invitedRole: Role = 'pmo';

/** The command that runs one seed again, printed with every failure. */
export function replayCommand(seed: number): string {
  return `FUZZ_SEED=${seed} npx vitest run --project extension test/extension/fuzz/convergence.test.ts`;
}

/** What the network does with a request: mostly deliver it, sometimes lose, repeat, replay or hold it. */
function chooseFate(faults: SeededRandom, request: HeldRequest, canHold: boolean): RequestFate {
  return faults.pickWeighted({
    none: 60,
    hold: canHold ? 12 : 0,
    'drop-request': 6,
    'drop-response': 8,
    'duplicate-now': 4,
    'duplicate-later': 6,
    'replay-stale': request.kind === 'pull' ? 4 : 0,
  });
}

/**
 * One seeded run: 3–5 browsers join a fresh workspace, then 20–40 random steps (edits, syncs,
 * deliveries of held requests or of late copies, browsers going off- and online, background
 * restarts), then the network heals and every browser syncs until quiescent, then the checks.
 */
export async function runSeed(serverUrl: string, seed: number): Promise<SeedRun> {
  const random = createSeededRandom(seed);
  const schedule = random.fork('schedule');
  const edits = random.fork('edits');
  const faults = random.fork('faults');
  const browserCount = schedule.between(3, 5);
  const pageLimit = schedule.pick([undefined, undefined, undefined, 2, 3, 6]);
  const network = new FaultyNetwork(fetch, pageLimit);
  const roles: Role[] = ['owner', ...Array.from({ length: browserCount - 1 }, () => invitedRole)];
  const world = await SyncWorld.create(serverUrl, network, random.fork('ids'), roles);
  const fateOf = (request: HeldRequest) => chooseFate(faults, request, true);
  const deliverFateOf = (request: HeldRequest) => chooseFate(faults, request, false) as Exclude<RequestFate, 'hold'>;
  const steps = schedule.between(20, 40);
  let healRounds = 0;
  const violations: string[] = [];
  try {
    for (let step = 1; step <= steps; step += 1) {
      const browser = schedule.pick(world.browsers);
      let actedOn = browser;
      const action = schedule.pickWeighted({
        edit: 40,
        sync: 25,
        deliverHeld: network.waiting.length > 0 ? 12 : 0,
        deliverLateCopy: network.ghosts.length > 0 ? 5 : 0,
        toggleOffline: 5,
        restart: 2,
      });
      const isAboutOneBrowser = action !== 'deliverHeld' && action !== 'deliverLateCopy';
      network.trace.push(`step ${step}: ${action}${isAboutOneBrowser ? ` c${browser.index}` : ''}`);
      if (action === 'edit') {
        const count = schedule.between(1, 3);
        for (let index = 0; index < count; index += 1)
          await world.edit(browser, planEdit(edits, await browser.readView()));
      } else if (action === 'sync') {
        await world.syncNow(browser, fateOf);
      } else if (action === 'deliverHeld') {
        const request = schedule.pick(network.waiting);
        actedOn = world.browserOf(request);
        await network.deliver(request, deliverFateOf(request));
        await world.runTraffic(actedOn, fateOf);
      } else if (action === 'deliverLateCopy') {
        await network.deliverGhost(schedule.pick(network.ghosts));
      } else if (action === 'toggleOffline') {
        if (network.offline.has(browser.index)) network.offline.delete(browser.index);
        else network.offline.add(browser.index);
      } else {
        world.restart(browser);
      }
      if (violations.length === 0) {
        const drift = await checkViewIsRebased(actedOn);
        violations.push(...drift.map((difference) => `step ${step}: ${difference}`));
      }
    }
    network.trace.push('heal');
    healRounds = await world.heal().catch((error: Error) => {
      // Still compare: what differs usually tells why the browsers could not settle.
      violations.push(error.message);
      return Number.NaN;
    });
    violations.push(...(await checkConvergence(world)));
  } catch (error) {
    violations.push(`the run stopped: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  } finally {
    await world.close();
  }
  return {
    seed,
    browsers: browserCount,
    steps,
    healRounds,
    requests: network.trace.filter((line) => line.startsWith('#') && line.includes('→')).length,
    processed: network.processed.length,
    refused: network.processed.filter((mutation) => mutation.status === 'rejected').length,
    refusals: countRefusals(network.processed),
    faults: countFaults(network.trace),
    violations,
    trace: network.trace,
  };
}

/** The failure message of a seed: what broke, how to replay it, and the last network events. */
export function describeFailure(run: Pick<SeedRun, 'seed' | 'violations' | 'trace'>, traceLines = 40): string {
  return [
    `Seed ${run.seed} did not converge (${run.violations.length} violations):`,
    ...run.violations.map((violation) => `  - ${violation}`),
    `Replay it: ${replayCommand(run.seed)}`,
    `Last events of seed ${run.seed}:`,
    ...run.trace.slice(-traceLines).map((line) => `  ${line}`),
  ].join('\n');
}
