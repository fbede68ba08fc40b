import type { DashboardProject, PortfolioDashboard } from '../../../../shared/analytics/portfolio/dashboard-types';
// Types only: reading a snapshot must not wait for Dexie to load.
import type { ConnectionRow } from '../../../db/database';

/**
 * The PMO dashboard's first screen (issue 19, "the first screen from a summary, the rest streamed
 * in"): the Portfolio section's header facts and grid rows as the dashboard last computed them live,
 * one per workspace. The page paints from it at once, marked as updating, and the live computation
 * replaces it in place; filters, sorting, what-if, exports and the other sections wait for live data.
 *
 * Kept in the extension origin's localStorage (like the popup's own copy, extension/pages/popup/
 * use-popup-summary.ts): it is read synchronously, so the first render already has it, with no
 * IndexedDB open (30–50 ms in a new page, bench/popup) and no "storage" permission
 * (docs/architecture.md "Permission model"). Only dashboard pages write it, after a live compute.
 */

/** What a grid row draws (PortfolioSection's PortfolioRow and RagCell): no per-record data. */
export type GridProject = Pick<
  DashboardProject,
  | 'projectId'
  | 'code'
  | 'name'
  | 'managerName'
  | 'phase'
  | 'isWatermelon'
  | 'riskExposure'
  | 'suggestedRag'
  | 'reportedRag'
  | 'reportedDimensions'
  | 'ragMoves'
>;

/** The Portfolio section's first screen: the summary cards and the grid, unfiltered. */
export interface PortfolioView {
  currency: string;
  totals: PortfolioDashboard['totals'];
  projects: readonly GridProject[];
}

export interface DashboardSnapshot extends PortfolioView {
  format: typeof snapshotFormat;
  /** Whose data it is: never shown for another workspace, server or member. */
  workspaceId: string;
  serverUrl: string;
  memberId: string;
  /** The sync position of the data it was computed from (the connection's cookie, as JSON). */
  dataMarker: string;
  /** When the live computation ran (ISO), shown as "as of". */
  computedAt: string;
  /** The day the figures were computed for. */
  today: string;
}

/** Bumped whenever the shape changes: a snapshot of another shape is ignored, never misread. */
const snapshotFormat = 1;
const keyPrefix = 'interim-pmo.dashboard-snapshot.';
const keyOf = (workspaceId: string) => `${keyPrefix}${workspaceId}`;

type SnapshotOwner = Pick<ConnectionRow, 'workspaceId' | 'serverUrl' | 'cookie'> & { member: { id: string } };

/** The connection's sync position as a string to compare: the data a snapshot was computed from. */
export function describeDataMarker(connection: Pick<ConnectionRow, 'cookie'>): string {
  return JSON.stringify(connection.cookie ?? null);
}

/** A grid row's fields only, so the snapshot keeps no findings, risks or trends. */
function pickGridProject(project: GridProject): GridProject {
  const { projectId, code, name, managerName, phase, isWatermelon, riskExposure, suggestedRag } = project;
  return {
    projectId,
    code,
    name,
    ...(managerName ? { managerName } : {}),
    ...(phase ? { phase: { id: phase.id, name: phase.name } } : {}),
    isWatermelon,
    riskExposure,
    suggestedRag,
    ...(project.reportedRag ? { reportedRag: project.reportedRag } : {}),
    reportedDimensions: project.reportedDimensions,
    ragMoves: project.ragMoves,
  };
}

/** The snapshot of a live, unfiltered dashboard. */
export function buildDashboardSnapshot(
  connection: SnapshotOwner,
  dashboard: PortfolioDashboard,
  today: string,
  computedAt: string,
): DashboardSnapshot {
  return {
    format: snapshotFormat,
    workspaceId: connection.workspaceId,
    serverUrl: connection.serverUrl,
    memberId: connection.member.id,
    dataMarker: describeDataMarker(connection),
    computedAt,
    today,
    currency: dashboard.currency,
    totals: dashboard.totals,
    projects: dashboard.projects.map(pickGridProject),
  };
}

function isDashboardSnapshot(value: unknown): value is DashboardSnapshot {
  const snapshot = value as Partial<DashboardSnapshot> | null;
  return (
    typeof snapshot === 'object' &&
    snapshot !== null &&
    snapshot.format === snapshotFormat &&
    typeof snapshot.workspaceId === 'string' &&
    typeof snapshot.computedAt === 'string' &&
    typeof snapshot.currency === 'string' &&
    typeof snapshot.totals === 'object' &&
    Array.isArray(snapshot.projects)
  );
}

function readStored(workspaceId: string): DashboardSnapshot | null {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(keyOf(workspaceId)) ?? 'null');
    return isDashboardSnapshot(value) ? value : null;
  } catch {
    return null;
  }
}

/** The snapshot of this connection's workspace, server and member; null when there is none. */
export function readDashboardSnapshot(connection: SnapshotOwner): DashboardSnapshot | null {
  const snapshot = readStored(connection.workspaceId);
  if (!snapshot) return null;
  const isSameOwner =
    snapshot.workspaceId === connection.workspaceId &&
    snapshot.serverUrl === connection.serverUrl &&
    snapshot.memberId === connection.member.id;
  return isSameOwner ? snapshot : null;
}

/**
 * Keeps `snapshot` unless the stored one was computed later (another dashboard tab with newer data):
 * an older snapshot never replaces a newer one. A refused write only costs the next open its head start.
 */
export function writeDashboardSnapshot(snapshot: DashboardSnapshot): boolean {
  const stored = readStored(snapshot.workspaceId);
  if (stored && stored.computedAt > snapshot.computedAt) return false;
  try {
    localStorage.setItem(keyOf(snapshot.workspaceId), JSON.stringify(snapshot));
    return true;
  } catch {
    return false;
  }
}

/** Drops the snapshots of every workspace but `keep`: a workspace left or lost leaves no figures behind. */
export function forgetDashboardSnapshots(keep: readonly string[] = []): void {
  try {
    const kept = new Set(keep.map(keyOf));
    for (let index = localStorage.length - 1; index >= 0; index -= 1) {
      const key = localStorage.key(index);
      if (key?.startsWith(keyPrefix) && !kept.has(key)) localStorage.removeItem(key);
    }
  } catch {
    // Storage refused: there is nothing to drop either.
  }
}
