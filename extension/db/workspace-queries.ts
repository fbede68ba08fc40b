import { rankRisks } from '../../shared/analytics/risk/top-risks';
import type { RiskMatrixSize } from '../../shared/risk-score';
import type { Project } from '../../shared/schemas/project';
import type { Risk } from '../../shared/schemas/risk';
import type { WorkspaceSettings } from '../../shared/schemas/workspace-settings';
import type { AccessNoticeRow, ConnectionRow, MutationErrorRow, PmoDatabase } from './database';
import { readSetting } from './settings';

/** Reads for extension pages, meant to run inside useLiveQuery; each answers null rather than undefined. */

/** The workspace the popup shows: the chosen one, else the first joined. */
export async function readActiveConnection(db: PmoDatabase): Promise<ConnectionRow | null> {
  const activeId = await readSetting(db, 'activeWorkspaceId');
  const active = activeId ? await db.connections.get(activeId) : undefined;
  return active ?? (await listConnections(db))[0] ?? null;
}

/** Every joined workspace, oldest first. */
export async function listConnections(db: PmoDatabase): Promise<ConnectionRow[]> {
  const connections = await db.connections.toArray();
  return connections.sort((a, b) => a.connectedAt.localeCompare(b.connectedAt));
}

/** The last server address that answered, or null. */
export async function readLastServerUrl(db: PmoDatabase): Promise<string | null> {
  return (await readSetting(db, 'lastServerUrl')) ?? null;
}

/** A workspace's projects by code. */
export async function listProjects(db: PmoDatabase, workspaceId: string): Promise<Project[]> {
  const rows = await db.records.where('[workspaceId+entity]').equals([workspaceId, 'project']).toArray();
  return rows.map((row) => row.value as unknown as Project).sort((a, b) => a.code.localeCompare(b.code));
}

/** A project's risks in the shared ranking (rankRisks): highest current score first. */
export async function listRisks(db: PmoDatabase, workspaceId: string, projectId: string): Promise<Risk[]> {
  const rows = await db.records
    .where('[workspaceId+entity+projectId]')
    .equals([workspaceId, 'risk', projectId])
    .toArray();
  return rankRisks(rows.map((row) => row.value as unknown as Risk));
}

/** The workspace's risk matrix, which the score bands are read on; null before its settings first sync. */
export async function readRiskMatrix(db: PmoDatabase, workspaceId: string): Promise<RiskMatrixSize | null> {
  const row = await db.records.where('[workspaceId+entity]').equals([workspaceId, 'settings']).first();
  return (row?.value as unknown as WorkspaceSettings | undefined)?.riskMatrix ?? null;
}

/** Refused mutations the user has not dismissed, oldest first. */
export async function listOpenMutationErrors(db: PmoDatabase, workspaceId: string): Promise<MutationErrorRow[]> {
  const rows = await db.mutationErrors.where('workspaceId').equals(workspaceId).toArray();
  return rows
    .filter((row) => row.dismissed === 0)
    .sort((a, b) => a.receivedAt.localeCompare(b.receivedAt) || a.id - b.id);
}

/** Workspaces lost without the user leaving them, oldest first. */
export async function listAccessNotices(db: PmoDatabase): Promise<AccessNoticeRow[]> {
  const rows = await db.accessNotices.toArray();
  return rows.sort((a, b) => a.at.localeCompare(b.at));
}
