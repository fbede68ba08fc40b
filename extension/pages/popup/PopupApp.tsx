import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import type { ConnectionRow } from '../../db/database';
import {
  listConnections,
  listOpenMutationErrors,
  listProjects,
  listRisks,
  readActiveConnection,
  readRiskMatrix,
} from '../../db/workspace-queries';
import { dashboardPagePath } from '../../messaging/dashboard-route';
import type { MessageInput } from '../../messaging/protocol';
import { useBackgroundClient } from '../../ui/background-client';
import { CaptureToast } from '../../ui/capture/CaptureToast';
import type { CaptureSaved } from '../../ui/capture/capture-form-values';
import { AccessNotices } from '../common/AccessNotices';
import { SyncStatus } from '../common/SyncStatus';
import { readSelectedProjectId, rememberSelectedProjectId } from '../common/selected-project';
import { useDatabase } from '../database-context';
import { OpenImportLink } from '../import/OpenImportLink';
import { useLiveQuery } from '../use-live-query';
import { useSyncPolling } from '../use-sync-polling';
import { AddRiskForm } from './AddRiskForm';
import { MutationErrorList } from './MutationErrorList';
import { NewProjectForm } from './NewProjectForm';
import { NotConnected } from './NotConnected';
import { PopupCaptureView } from './PopupCaptureView';
import { ProjectPicker } from './ProjectPicker';
import { RiskList } from './RiskList';
import { useFoldedForm } from './use-folded-form';
import { usePopupCapture } from './use-popup-capture';
import { WorkspaceSwitcher } from './WorkspaceSwitcher';

/**
 * The toolbar popup: notices about lost workspaces, the active workspace (a switcher when several
 * are joined) with its sync state, a project's risks (the forms to add a risk or a project fold
 * away behind buttons, so the list gets the room), and quick capture. A capture left where the
 * card could not run opens first, in the card's own form.
 */
export function PopupApp() {
  const db = useDatabase();
  const client = useBackgroundClient();
  const connection = useLiveQuery(() => readActiveConnection(db), [db]);
  const connections = useLiveQuery(() => listConnections(db), [db]);
  const capture = usePopupCapture(client, location.search);
  const [isCaptureDone, setIsCaptureDone] = useState(false);
  const [captured, setCaptured] = useState<CaptureSaved | null>(null);
  if (connection === undefined || connections === undefined || capture === undefined) {
    return <main class="popup" aria-busy="true" />;
  }
  if (capture && !isCaptureDone) {
    return (
      <PopupCaptureView
        capture={capture}
        client={client}
        onSaved={(saved) => {
          setCaptured(saved);
          setIsCaptureDone(true);
        }}
        onClose={() => setIsCaptureDone(true)}
      />
    );
  }
  return (
    <main class="popup">
      {captured ? (
        <CaptureToast saved={captured} client={client} hasOpen={false} onDone={() => setCaptured(null)} />
      ) : null}
      <AccessNotices />
      {connection ? <WorkspacePopup connection={connection} connections={connections} /> : <NotConnected />}
    </main>
  );
}

/** Chrome has a side panel API; Firefox shows the same app as a sidebar from its own menu. */
function canOpenSidePanel(): boolean {
  return typeof (browser as { sidePanel?: { open?: unknown } }).sidePanel?.open === 'function';
}

interface WorkspacePopupProps {
  connection: ConnectionRow;
  /** Every joined workspace, for the switcher. */
  connections: ConnectionRow[];
}

function WorkspacePopup({ connection, connections }: WorkspacePopupProps) {
  const db = useDatabase();
  const client = useBackgroundClient();
  const { workspaceId } = connection;
  useSyncPolling(workspaceId);
  const projects = useLiveQuery(() => listProjects(db, workspaceId), [db, workspaceId]);
  const refusals = useLiveQuery(() => listOpenMutationErrors(db, workspaceId), [db, workspaceId]);
  const [chosenProjectId, setChosenProjectId] = useState(() => readSelectedProjectId(workspaceId));
  useEffect(() => setChosenProjectId(readSelectedProjectId(workspaceId)), [workspaceId]);
  // A chosen project deleted elsewhere falls back to the first one.
  const project = projects?.find((candidate) => candidate.id === chosenProjectId) ?? projects?.[0];
  const risks = useLiveQuery(
    () => (project ? listRisks(db, workspaceId, project.id) : []),
    [db, workspaceId, project?.id],
  );
  const matrix = useLiveQuery(() => readRiskMatrix(db, workspaceId), [db, workspaceId]);
  const newProject = useFoldedForm('new-project-form');
  const addRisk = useFoldedForm('add-risk-form');

  /** The workspace app in a tab at this address; the popup then closes, as a link out of it would. */
  async function openWorkspace(route: MessageInput<'workspace.open'>) {
    const result = await client.send('workspace.open', route);
    if (result.ok) window.close();
  }

  /** The workspace app in the browser's side panel (Chrome), beside the page the user works on. */
  async function openSidePanel() {
    const current = await browser.windows.getCurrent();
    if (current.id !== undefined) await browser.sidePanel.open({ windowId: current.id });
    window.close();
  }

  function chooseProject(projectId: string) {
    setChosenProjectId(projectId);
    rememberSelectedProjectId(workspaceId, projectId);
  }

  return (
    <>
      <header class="popup__header">
        <div class="popup__workspace">
          {connections.length > 1 ? (
            <>
              <h1 class="visually-hidden">{connection.workspaceName}</h1>
              <WorkspaceSwitcher connections={connections} activeId={workspaceId} />
            </>
          ) : (
            <>
              <span class="popup__app-name">{i18n.t('extName')}</span>
              <h1 class="popup__title">{connection.workspaceName}</h1>
            </>
          )}
        </div>
        <button
          type="button"
          class="button button--icon"
          data-testid="sync-now"
          title={i18n.t('popup.syncNow')}
          aria-label={i18n.t('popup.syncNow')}
          onClick={() => void client.send('sync.now', { workspaceId })}
        >
          <span aria-hidden="true">↻</span>
        </button>
      </header>
      <SyncStatus connection={connection} />
      <MutationErrorList errors={refusals ?? []} />
      {projects === undefined ? null : (
        <div class="project-bar">
          {projects.length === 0 ? (
            <p class="muted empty-projects">{i18n.t('popup.noProjects')}</p>
          ) : (
            <ProjectPicker projects={projects} selectedId={project?.id ?? ''} onSelect={chooseProject} />
          )}
          <button
            type="button"
            // With no project yet, creating one is the only thing to do here.
            class={projects.length === 0 ? 'button button--primary' : 'button'}
            data-testid="open-new-project"
            {...newProject.openerProps}
          >
            {i18n.t('popup.openNewProject')}
          </button>
        </div>
      )}
      {newProject.isOpen ? (
        <NewProjectForm
          {...newProject.formProps}
          workspaceId={workspaceId}
          onCreated={(projectId) => {
            chooseProject(projectId);
            newProject.close();
          }}
        />
      ) : null}
      {project ? (
        <section class="risks" aria-labelledby="risks-title">
          <div class="risks__head">
            <h2 id="risks-title" class="section-title">
              {i18n.t('popup.risksTitle')}
            </h2>
            <button type="button" class="button button--primary" data-testid="open-add-risk" {...addRisk.openerProps}>
              {i18n.t('popup.openAddRisk')}
            </button>
          </div>
          {addRisk.isOpen ? (
            <AddRiskForm
              {...addRisk.formProps}
              key={project.id}
              workspaceId={workspaceId}
              projectId={project.id}
              matrix={matrix}
            />
          ) : null}
          {risks ? (
            <RiskList
              risks={risks}
              matrix={matrix}
              onOpen={(riskId) => void openWorkspace({ projectId: project.id, tab: 'risks', recordId: riskId })}
            />
          ) : null}
        </section>
      ) : null}
      <footer class="popup__footer">
        <button
          type="button"
          class="button button--link"
          data-testid="open-settings"
          onClick={() => void browser.runtime.openOptionsPage()}
        >
          {i18n.t('popup.settings')}
        </button>
        <OpenImportLink />
        <a
          class="button button--link"
          data-testid="open-dashboard"
          href={browser.runtime.getURL(dashboardPagePath)}
          target="_blank"
          rel="noopener"
        >
          {i18n.t('dashboard.openFromWorkspace')}
        </a>
        {project && canOpenSidePanel() ? (
          <button
            type="button"
            class="button popup__open-workspace"
            data-testid="open-side-panel"
            onClick={() => void openSidePanel()}
          >
            {i18n.t('popup.openSidePanel')}
          </button>
        ) : null}
        {project ? (
          <button
            type="button"
            class="button button--primary"
            data-testid="open-workspace"
            onClick={() => void openWorkspace({ projectId: project.id, tab: 'overview' })}
          >
            {i18n.t('popup.openWorkspace')}
          </button>
        ) : null}
      </footer>
    </>
  );
}
