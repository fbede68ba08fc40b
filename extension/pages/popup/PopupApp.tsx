import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import type { PopupSummary, SummaryConnection, SummarySwitcherEntry } from '../../db/popup-summary';
import { dashboardPagePath } from '../../messaging/dashboard-route';
import type { MessageInput } from '../../messaging/protocol';
import { readUiLanguage } from '../../messaging/ui-language';
import { useBackgroundClient } from '../../ui/background-client';
import type { CaptureSaved } from '../../ui/capture/capture-form-values';
import { AccessNoticeList } from '../common/AccessNoticeList';
import { SyncStatus } from '../common/SyncStatus';
import { readSelectedProjectId, rememberSelectedProjectId } from '../common/selected-project';
import { OpenImportLink } from '../import/OpenImportLink';
import { NotConnected } from './NotConnected';
import { ProjectPicker } from './ProjectPicker';
import type { LivePopupRows } from './popup-live';
import { RefusalList } from './RefusalList';
import { RiskList } from './RiskList';
import { useFoldedForm } from './use-folded-form';
import { isCaptureRequested, usePopupCapture } from './use-popup-capture';
import { usePopupSummary } from './use-popup-summary';
import { WorkspaceSwitcher } from './WorkspaceSwitcher';

type LiveModule = typeof import('./popup-live');

/**
 * Loads the live half of the popup (Dexie, the queries, the forms) after the first paint: the first
 * paint needs only this module and the summary, about 20 kB of script instead of 390 kB (bench/popup).
 */
function useLiveModule(): LiveModule | undefined {
  const [live, setLive] = useState<LiveModule | undefined>(undefined);
  useEffect(() => {
    let isCurrent = true;
    void import('./popup-live').then((module) => {
      if (isCurrent) setLive(module);
    });
    return () => {
      isCurrent = false;
    };
  }, []);
  return live;
}

/**
 * The toolbar popup: notices about lost workspaces, the active workspace (a switcher when several
 * are joined) with its sync state, a project's risks (the forms to add a risk or a project fold
 * away behind buttons, so the list gets the room), and quick capture. A capture left where the
 * card could not run opens first, in the card's own form.
 *
 * It paints first from the summary (db/popup-summary.ts), then the live rows take over in the same
 * DOM: every part shows the live value as soon as its query answers, and a summary of another
 * workspace never shows once the live rows say which one is active.
 */
export function PopupApp() {
  const client = useBackgroundClient();
  const summary = usePopupSummary();
  const live = useLiveModule();
  const [rows, setRows] = useState<LivePopupRows | undefined>(undefined);
  const [choice, setChoice] = useState<{ workspaceId: string; projectId: string } | null>(null);
  const capture = usePopupCapture(client, location.search);
  const [isCaptureDone, setIsCaptureDone] = useState(false);
  const [captured, setCaptured] = useState<CaptureSaved | null>(null);
  const chosenProjectId = (workspaceId: string) =>
    choice?.workspaceId === workspaceId ? choice.projectId : readSelectedProjectId(workspaceId);
  const chooseProject = (workspaceId: string, projectId: string) => {
    setChoice({ workspaceId, projectId });
    rememberSelectedProjectId(workspaceId, projectId);
  };
  // Until the live rows answer, the summary stands in; once they do, only they count.
  const shown = rows ?? (summary ? { connection: summary.connection, connections: summary.connections } : undefined);
  const liveRows = live ? <live.LiveRows chosenProjectId={chosenProjectId} onRows={setRows} /> : null;
  const isCaptureWaited = capture === undefined && isCaptureRequested(location.search);
  // Opened to capture (`?capture=1`), the popup waits for the background; otherwise it never does,
  // and turns to the capture form if the background answers that one is waiting.
  if (!shown || isCaptureWaited || (capture && !isCaptureDone && !live)) {
    return (
      <>
        {liveRows}
        <main class="popup" aria-busy="true" />
      </>
    );
  }
  if (capture && !isCaptureDone && live) {
    return (
      <>
        {liveRows}
        <live.PopupCaptureView
          capture={capture}
          client={client}
          onSaved={(saved) => {
            setCaptured(saved);
            setIsCaptureDone(true);
          }}
          onClose={() => setIsCaptureDone(true)}
        />
      </>
    );
  }
  const { connection, connections } = shown;
  return (
    <>
      {liveRows}
      <main class="popup">
        {captured && live ? (
          <live.CaptureToast saved={captured} client={client} hasOpen={false} onDone={() => setCaptured(null)} />
        ) : null}
        <AccessNoticeList notices={rows?.notices ?? (isInUiLanguage(summary) ? summary.notices : [])} />
        {connection ? (
          <WorkspacePopup
            connection={connection}
            connections={connections}
            live={live}
            rows={rows?.workspaceId === connection.workspaceId ? rows : undefined}
            summary={summary?.workspaceId === connection.workspaceId ? summary : null}
            chosenProjectId={chosenProjectId(connection.workspaceId)}
            onChooseProject={(projectId) => chooseProject(connection.workspaceId, projectId)}
          />
        ) : (
          <NotConnected />
        )}
      </main>
    </>
  );
}

/** A summary whose notices and refusals are worded in the language the popup speaks now. */
function isInUiLanguage(summary: PopupSummary | null | undefined): summary is PopupSummary {
  return summary?.language === readUiLanguage();
}

/** Chrome has a side panel API; Firefox shows the same app as a sidebar from its own menu. */
function canOpenSidePanel(): boolean {
  return typeof (browser as { sidePanel?: { open?: unknown } }).sidePanel?.open === 'function';
}

interface WorkspacePopupProps {
  connection: SummaryConnection;
  /** Every joined workspace, for the switcher. */
  connections: readonly SummarySwitcherEntry[];
  /** The live half, once loaded. */
  live: LiveModule | undefined;
  /** This workspace's live rows, once read. */
  rows: LivePopupRows | undefined;
  /** This workspace's summary, shown for each part until its live rows answer. */
  summary: PopupSummary | null;
  chosenProjectId: string | null;
  onChooseProject(projectId: string): void;
}

function WorkspacePopup({
  connection,
  connections,
  live,
  rows,
  summary,
  chosenProjectId,
  onChooseProject,
}: WorkspacePopupProps) {
  const client = useBackgroundClient();
  const { workspaceId } = connection;
  const projects = rows?.projects ?? summary?.projects;
  // A chosen project deleted elsewhere falls back to the first one.
  const project = projects?.find((candidate) => candidate.id === chosenProjectId) ?? projects?.[0];
  const liveRisks = rows?.risks?.projectId === (project?.id ?? null) ? rows?.risks?.risks : undefined;
  // The summary's risks only for the project it summarised, and only until the live list answers.
  const risks = liveRisks ?? (summary && summary.projectId === project?.id ? summary.risks : undefined);
  const matrix = rows?.matrix === undefined ? summary?.matrix : rows.matrix;
  // The forms act on the live rows: they open once those are read (a moment after the first paint).
  const isLive = live !== undefined && rows?.projects !== undefined && rows.matrix !== undefined;
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
      <RefusalList refusals={rows?.refusals ?? (isInUiLanguage(summary) ? summary.refusals : [])} />
      {projects === undefined ? null : (
        <div class="project-bar">
          {projects.length === 0 ? (
            <p class="muted empty-projects">{i18n.t('popup.noProjects')}</p>
          ) : (
            <ProjectPicker projects={projects} selectedId={project?.id ?? ''} onSelect={onChooseProject} />
          )}
          <button
            type="button"
            // With no project yet, creating one is the only thing to do here.
            class={projects.length === 0 ? 'button button--primary' : 'button'}
            data-testid="open-new-project"
            disabled={!isLive}
            {...newProject.openerProps}
          >
            {i18n.t('popup.openNewProject')}
          </button>
        </div>
      )}
      {newProject.isOpen && isLive && live ? (
        <live.NewProjectForm
          {...newProject.formProps}
          workspaceId={workspaceId}
          onCreated={(projectId) => {
            onChooseProject(projectId);
            newProject.close();
          }}
        />
      ) : null}
      {project ? (
        <section class="risks" aria-labelledby="risks-title" data-source={liveRisks ? 'live' : 'summary'}>
          <div class="risks__head">
            <h2 id="risks-title" class="section-title">
              {i18n.t('popup.risksTitle')}
            </h2>
            <button
              type="button"
              class="button button--primary"
              data-testid="open-add-risk"
              disabled={!isLive}
              {...addRisk.openerProps}
            >
              {i18n.t('popup.openAddRisk')}
            </button>
          </div>
          {addRisk.isOpen && isLive && live ? (
            <live.AddRiskForm
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
