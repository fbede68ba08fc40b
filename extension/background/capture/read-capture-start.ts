import { draftFromContext } from '../../../shared/capture/capture-draft';
import { rankProjects } from '../../../shared/capture/rank-projects';
import type { Person } from '../../../shared/schemas/resources';
import { defaultWorkspaceSettings, type WorkspaceSettings } from '../../../shared/schemas/workspace-settings';
import type { PmoDatabase } from '../../db/database';
import { listRecords } from '../../db/read-records';
import { type PendingCapture, readSetting } from '../../db/settings';
import { listProjects, readActiveConnection } from '../../db/workspace-queries';
import type { CaptureStart } from '../../messaging/capture-messages';

/**
 * `sheet:<id>:<gid>` → project for every sheet tab imported into the workspace, and `sheet:<id>` →
 * the project of the spreadsheet's latest import, for a tab never imported itself.
 */
async function readSheetProjectIds(db: PmoDatabase, workspaceId: string): Promise<Record<string, string>> {
  const rows = await db.importMemories
    .where('[workspaceId+sourceKey]')
    .between([workspaceId], [`${workspaceId}\u0000`])
    .toArray();
  const sheets = rows
    .filter((row) => row.sourceKey.startsWith('sheet:'))
    .sort((a, b) => a.memory.savedAt.localeCompare(b.memory.savedAt));
  const projectIds: Record<string, string> = {};
  for (const { sourceKey, memory } of sheets) {
    projectIds[sourceKey] = memory.projectId;
    projectIds[sourceKey.replace(/:[^:]*$/, '')] = memory.projectId;
  }
  return projectIds;
}

/** What the capture form starts from: the draft, and the active workspace's projects (ranked) and people. */
export async function readCaptureStart(db: PmoDatabase, pending: PendingCapture): Promise<CaptureStart> {
  const draft = draftFromContext(pending.kind, pending.context);
  const connection = await readActiveConnection(db);
  if (!connection) {
    return { draft, projects: [], suggestedId: null, suggestionReason: null, people: [], workspace: null };
  }
  const { workspaceId } = connection;
  const [projects, people, settings, lastUsedProjectId, sheetProjectIds] = await Promise.all([
    listProjects(db, workspaceId),
    listRecords<Person>(db, workspaceId, 'person'),
    listRecords<WorkspaceSettings>(db, workspaceId, 'settings'),
    readSetting(db, 'lastCaptureProjectId'),
    readSheetProjectIds(db, workspaceId),
  ]);
  const ranked = rankProjects(projects, {
    url: pending.context.url,
    sheetProjectIds,
    ...(lastUsedProjectId ? { lastUsedProjectId } : {}),
  });
  return {
    draft,
    projects: ranked.projects,
    suggestedId: ranked.suggestedId,
    suggestionReason: ranked.reason,
    people: people
      .map(({ id, name }) => ({ id, name }))
      .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id)),
    workspace: { id: workspaceId, name: connection.workspaceName },
    appetite: settings[0]?.riskAppetite ?? defaultWorkspaceSettings.riskAppetite,
    riskMatrix: settings[0]?.riskMatrix ?? defaultWorkspaceSettings.riskMatrix,
  };
}
