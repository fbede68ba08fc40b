import { isDeepStrictEqual } from 'node:util';
import { readWorkspaceBase } from '../../../extension/background/sync/base-rows';
import { entityOfRowKey } from '../../../extension/background/sync/row-map';
import { listProjectRecords, listWorkspaceRecords } from '../../../extension/db/read-records';
import { rowsOfWorkspace } from '../../../extension/db/record-rows';
import type { AnyRecord, EntityName } from '../../../shared/entities';
import { applyToMap, rowKey } from '../../../shared/mutations/run-mutation';
import { replayProcessed, withoutServerStamps } from './reference-model';
import type { SimulatedBrowser } from './simulated-browser';
import type { SyncWorld } from './sync-world';

/** At most this many differing records are described per comparison. */
const shownDifferences = 3;

/** Describes how two keyed states differ, or nothing when they are equal. */
export function describeDifferences(
  leftName: string,
  left: ReadonlyMap<string, unknown>,
  rightName: string,
  right: ReadonlyMap<string, unknown>,
): string[] {
  const differences: string[] = [];
  for (const key of new Set([...left.keys(), ...right.keys()])) {
    const [a, b] = [left.get(key), right.get(key)];
    if (isDeepStrictEqual(a, b)) continue;
    if (a === undefined) differences.push(`${key} only in ${rightName}: ${JSON.stringify(b)}`);
    else if (b === undefined) differences.push(`${key} only in ${leftName}: ${JSON.stringify(a)}`);
    else
      differences.push(
        `${key} differs:\n      ${leftName}: ${JSON.stringify(a)}\n      ${rightName}: ${JSON.stringify(b)}`,
      );
  }
  if (differences.length <= shownDifferences) return differences;
  return [...differences.slice(0, shownDifferences), `… and ${differences.length - shownDifferences} more`];
}

function stripped(state: ReadonlyMap<string, AnyRecord>): Map<string, Record<string, unknown>> {
  return new Map([...state].map(([key, value]) => [key, withoutServerStamps(key, value)]));
}

/**
 * What must hold at quiescence (docs/sync.md "Tests that prove it"), as a list of violations:
 * (a) every browser's view and base equal the server's state, field for field, stamps included;
 * (b) the server's state equals the reference model replaying the processed mutations in the
 *     server's order, leaving out only what the server's clock stamps;
 * (c) no mutation was lost: every one a browser queued was applied or refused for good, each
 *     refusal is kept in that browser's mutationErrors, and nothing stays pending;
 * (d) the project index lists, for every project, exactly the server's records filed under it;
 * and no push or pull was answered with anything but 200, no mutation was processed twice.
 */
export async function checkConvergence(world: SyncWorld): Promise<string[]> {
  const { network, browsers } = world;
  const violations = [...world.problems, ...network.anomalies];
  const server = await world.readServerState();

  for (const browser of browsers) {
    const who = `browser ${browser.index} (${browser.role})`;
    for (const [name, local] of [
      ['records', await browser.readRecords()],
      ['base', await browser.readBase()],
    ] as const) {
      for (const difference of describeDifferences(`${who} ${name}`, local, 'server', server)) {
        violations.push(`(a) ${difference}`);
      }
    }
  }

  const members = new Map(browsers.map((browser) => [browser.clientId, browser.member]));
  const model = replayProcessed(
    network.processed,
    (clientId) => {
      const member = members.get(clientId);
      if (!member) throw new Error(`no browser has client id ${clientId}`);
      return member;
    },
    world.serverSeeded,
  );
  violations.push(...model.disagreements.map((disagreement) => `(b) ${disagreement}`));
  for (const difference of describeDifferences('server', stripped(server), 'model', stripped(model.rows))) {
    violations.push(`(b) ${difference}`);
  }

  for (const browser of browsers) {
    const who = `browser ${browser.index}`;
    const pending = await browser.countPending();
    if (pending > 0) violations.push(`(c) ${who} still has ${pending} pending mutations`);
    // Base copies exist only for rows pending mutations touch: with none pending, none are left.
    const copies = await rowsOfWorkspace(browser.db.serverRecords, browser.workspaceId).count();
    if (copies > 0) violations.push(`(c) ${who} keeps ${copies} base copies with nothing pending`);
    const connection = await browser.db.connections.get(browser.workspaceId);
    if (connection?.syncStatus !== 'synced')
      violations.push(`(c) ${who} shows "${connection?.syncStatus}", not synced`);
    violations.push(...(await checkProjectIndex(browser, server)));
    const stored = await browser.db.mutationErrors.where('workspaceId').equals(browser.workspaceId).toArray();
    const storedIds = new Set(stored.map((error) => error.id));
    const refusedIds = new Set<number>();
    for (const mutation of browser.queued) {
      const outcome = network.outcomes.get(`${browser.clientId}#${mutation.id}`);
      if (!outcome) violations.push(`(c) ${who} mutation ${mutation.id} (${mutation.name}) never reached the server`);
      else if (outcome.status === 'rejected') refusedIds.add(mutation.id);
    }
    for (const id of refusedIds) {
      if (!storedIds.has(id)) violations.push(`(c) ${who} mutation ${id} was refused but no mutation error says so`);
    }
    for (const id of storedIds) {
      if (!refusedIds.has(id)) violations.push(`(c) ${who} keeps a mutation error for ${id}, which was not refused`);
    }
    if (connection && connection.nextMutationId !== browser.queued.length + 1) {
      violations.push(
        `(c) ${who} gave out ${connection.nextMutationId - 1} mutation ids, the harness saw ${browser.queued.length}`,
      );
    }
  }
  return violations;
}

/**
 * The rebase invariant, checked between steps while edits are still pending (quiescence alone
 * would hide a view that drifted and was later overwritten): what a browser shows equals its base
 * (the last pulled server state) with its pending mutations replayed in order by the shared
 * mutators, as the member, at each mutation's own client time. Read in one transaction, so a
 * pull page being applied is either wholly in or wholly out.
 */
export async function checkViewIsRebased(browser: SimulatedBrowser): Promise<string[]> {
  const { db, workspaceId } = browser;
  const tables = [db.connections, db.recordChunks, db.recordMaps, db.serverRecords, db.pending];
  return db.transaction('r', tables, async () => {
    const connection = await db.connections.get(workspaceId);
    if (!connection) return [`browser ${browser.index} lost its connection`];
    const readView = async () =>
      new Map(
        (await listWorkspaceRecords(db, workspaceId)).map((row) => [rowKey(row.entity, row.value.id), row.value]),
      );
    const expected = await readWorkspaceBase(db, workspaceId);
    const pending = await db.pending
      .where('[workspaceId+id]')
      .between([workspaceId, 0], [workspaceId, Infinity])
      .toArray();
    const { member } = connection;
    for (const mutation of pending) {
      // A pending mutation that no longer applies changes nothing: the server refuses it too.
      applyToMap(expected, mutation.name, mutation.args, {
        actorId: member.id,
        role: member.role,
        now: mutation.clientTime,
      });
    }
    const differences = describeDifferences('view', await readView(), 'base + pending', expected);
    return differences.map((difference) => `browser ${browser.index}: ${difference}`);
  });
}

/** (d): every (entity, project) pair of the server's state, listed through the browser's project index. */
async function checkProjectIndex(browser: SimulatedBrowser, server: ReadonlyMap<string, AnyRecord>): Promise<string[]> {
  const expected = new Map<string, string[]>();
  for (const [key, value] of server) {
    if (typeof value.projectId !== 'string') continue;
    const pair = `${entityOfRowKey(key)}|${value.projectId}`;
    expected.set(pair, [...(expected.get(pair) ?? []), value.id].sort());
  }
  const violations: string[] = [];
  for (const [pair, ids] of expected) {
    const [entity, projectId] = pair.split('|') as [EntityName, string];
    const listed = await listProjectRecords(browser.db, browser.workspaceId, entity, projectId);
    const listedIds = listed.map((record) => record.id).sort();
    if (!isDeepStrictEqual(listedIds, ids))
      violations.push(
        `(d) browser ${browser.index} lists ${entity}s ${listedIds} of project ${projectId}, server ${ids}`,
      );
  }
  return violations;
}
