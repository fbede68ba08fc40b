import type { PmoDatabase } from '../../db/database';
import { buildPopupSummary, type PopupSummary, readPopupSelection } from '../../db/popup-summary';
import { describeAccessNotice, describeRefusal } from '../../db/shown-notices';
import {
  listAccessNotices,
  listConnections,
  listOpenMutationErrors,
  listProjects,
  listRisks,
  readActiveConnection,
  readRiskMatrix,
} from '../../db/workspace-queries';
import { readUiLanguage } from '../../messaging/ui-language';

/**
 * The summary as the popup would show it now, from the local rows (the background's view): the
 * project chosen in a page (rememberPopupSelection), else the first. Null with no workspace joined.
 */
export async function composePopupSummary(db: PmoDatabase, now: string): Promise<PopupSummary | null> {
  const connection = await readActiveConnection(db);
  if (!connection) return null;
  const { workspaceId } = connection;
  const [connections, projects, matrix, chosenProjectId, notices, refusals] = await Promise.all([
    listConnections(db),
    listProjects(db, workspaceId),
    readRiskMatrix(db, workspaceId),
    readPopupSelection(workspaceId),
    listAccessNotices(db),
    listOpenMutationErrors(db, workspaceId),
  ]);
  const project = projects.find((candidate) => candidate.id === chosenProjectId) ?? projects[0];
  const risks = project ? await listRisks(db, workspaceId, project.id) : [];
  return buildPopupSummary({
    connection,
    connections,
    projects,
    chosenProjectId,
    risks,
    matrix,
    notices: notices.map(describeAccessNotice),
    refusals: refusals.map(describeRefusal),
    language: readUiLanguage(),
    now,
  });
}
