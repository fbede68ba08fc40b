import { useLayoutEffect, useMemo } from 'preact/hooks';
import type { RiskMatrixSize } from '../../../shared/risk-score';
import type { Project } from '../../../shared/schemas/project';
import type { Risk } from '../../../shared/schemas/risk';
import type { ConnectionRow } from '../../db/database';
import {
  describeAccessNotice,
  describeRefusal,
  type ShownAccessNotice,
  type ShownRefusal,
} from '../../db/shown-notices';
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
import { useDatabase } from '../database-context';
import { useLiveQuery } from '../use-live-query';
import { useSyncPolling } from '../use-sync-polling';
import { useKeptPopupSummary } from './use-kept-popup-summary';
import { forgetPopupSummaryMirror } from './use-popup-summary';

// What the popup loads after its first paint (PopupApp.tsx imports this module dynamically): Dexie,
// the live queries, the forms and the capture view, with the message schemas they bring.
export { CaptureToast } from '../../ui/capture/CaptureToast';
export { AddRiskForm } from './AddRiskForm';
export { NewProjectForm } from './NewProjectForm';
export { PopupCaptureView } from './PopupCaptureView';

/** The popup's live rows, as the background keeps them in Dexie; each part undefined until read. */
export interface LivePopupRows {
  connection: ConnectionRow | null;
  connections: ConnectionRow[];
  /** The workspace the parts below belong to. */
  workspaceId: string | null;
  projects: Project[] | undefined;
  /** The risks of `projectId`, ranked. */
  risks: { projectId: string | null; risks: Risk[] } | undefined;
  matrix: RiskMatrixSize | null | undefined;
  /** Every workspace's access notices, worded. */
  notices: ShownAccessNotice[] | undefined;
  /** This workspace's refused edits, worded. */
  refusals: ShownRefusal[] | undefined;
}

interface LiveRowsProps {
  /** The project the user chose in this workspace (selected-project.ts); the first when gone. */
  chosenProjectId(workspaceId: string): string | null;
  /** Called with the rows each time any of them changes, once the connections are read. */
  onRows(rows: LivePopupRows): void;
}

/**
 * Reads the popup's rows live and hands them up; draws nothing, so the popup's DOM, painted from
 * the summary, stays as it is and only takes the live values. Keeps the summary while it runs.
 */
export function LiveRows({ chosenProjectId, onRows }: LiveRowsProps) {
  const db = useDatabase();
  const connection = useLiveQuery(() => readActiveConnection(db), [db]);
  const connections = useLiveQuery(() => listConnections(db), [db]);
  const workspaceId = connection?.workspaceId ?? null;
  const projects = useLiveQuery(() => (workspaceId ? listProjects(db, workspaceId) : []), [db, workspaceId]);
  const chosen = workspaceId ? chosenProjectId(workspaceId) : null;
  // A chosen project deleted elsewhere falls back to the first one.
  const project = projects?.find((candidate) => candidate.id === chosen) ?? projects?.[0];
  const projectId = project?.id ?? null;
  const risks = useLiveQuery(
    () => (workspaceId && projectId ? listRisks(db, workspaceId, projectId) : []),
    [db, workspaceId, projectId],
  );
  const matrix = useLiveQuery(() => (workspaceId ? readRiskMatrix(db, workspaceId) : null), [db, workspaceId]);
  const refusalRows = useLiveQuery(
    () => (workspaceId ? listOpenMutationErrors(db, workspaceId) : []),
    [db, workspaceId],
  );
  const noticeRows = useLiveQuery(() => listAccessNotices(db), [db]);
  const refusals = useMemo(() => refusalRows?.map(describeRefusal), [refusalRows]);
  const notices = useMemo(() => noticeRows?.map(describeAccessNotice), [noticeRows]);
  useKeptPopupSummary(
    connection && connections && projects && risks && matrix !== undefined && notices && refusals
      ? {
          connection,
          connections,
          projects,
          chosenProjectId: projectId,
          risks,
          matrix,
          notices,
          refusals,
          language: readUiLanguage(),
        }
      : null,
  );
  useLayoutEffect(() => {
    if (connection === undefined || connections === undefined) return;
    if (connection === null) forgetPopupSummaryMirror();
    onRows({
      connection,
      connections,
      workspaceId,
      projects,
      risks: risks === undefined ? undefined : { projectId, risks },
      matrix,
      notices,
      refusals,
    });
  }, [connection, connections, workspaceId, projects, projectId, risks, matrix, notices, refusals]);
  return workspaceId ? <SyncPolling workspaceId={workspaceId} /> : null;
}

/** Syncs now and every 2 s while the popup shows this workspace. */
function SyncPolling({ workspaceId }: { workspaceId: string }) {
  useSyncPolling(workspaceId);
  return null;
}
