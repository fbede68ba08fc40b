import { format } from 'date-fns';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import type { Project } from '../../../shared/schemas/project';
import type { ConnectionRow } from '../../db/database';
import { listProjects, readActiveConnection, readProjectWorkspace } from '../../db/workspace-queries';
import { adminPagePath } from '../../messaging/admin-route';
import { dashboardPagePath } from '../../messaging/dashboard-route';
import { readUiLanguage } from '../../messaging/ui-language';
import {
  formatWorkspaceRoute,
  parseWorkspaceRoute,
  type WorkspaceRoute,
  type WorkspaceTab,
} from '../../messaging/workspace-route';
import { AccessNotices } from '../common/AccessNotices';
import { ProjectSelect } from '../common/ProjectSelect';
import { SyncStatus } from '../common/SyncStatus';
import { readSelectedProjectId, rememberSelectedProjectId } from '../common/selected-project';
import { useDatabase } from '../database-context';
import { measured } from '../measured';
import { NotConnected } from '../popup/NotConnected';
import { useHashRoute } from '../use-hash-route';
import { useLiveQuery } from '../use-live-query';
import { useSyncPolling } from '../use-sync-polling';
import { createMayWrite } from './may-write';
import { buildProjectView } from './project-view';
import { ShortcutsHelp } from './ShortcutsHelp';
import { TabBar } from './TabBar';
import { TabPanel } from './TabPanel';
import { useShortcuts } from './use-shortcuts';

export type WorkspaceFrame = 'tab' | 'panel';

/**
 * The PM's workspace: one project at a time, in tabs (overview, risks, RAID, status), as a full tab
 * (`workspace.html`) or in the browser's side panel (`sidepanel.html`), beside Jira or a Sheet.
 * The address (`#/projects/<id>/<tab>[/<record>]`) is the deep link every other screen opens.
 */
export function WorkspaceApp({ frame }: { frame: WorkspaceFrame }) {
  const db = useDatabase();
  const connection = useLiveQuery(() => readActiveConnection(db), [db]);
  if (connection === undefined) return <main class="workspace" aria-busy="true" />;
  return (
    <main class={`workspace workspace--${frame}`}>
      <AccessNotices />
      {connection ? <ConnectedWorkspace connection={connection} frame={frame} /> : <NotConnected />}
    </main>
  );
}

function ConnectedWorkspace({ connection, frame }: { connection: ConnectionRow; frame: WorkspaceFrame }) {
  const db = useDatabase();
  const { workspaceId } = connection;
  useSyncPolling(workspaceId);
  const [route, navigate] = useHashRoute(parseWorkspaceRoute, formatWorkspaceRoute);
  const [isHelpOpen, setIsHelpOpen] = useState(false);
  const projects = useLiveQuery(() => listProjects(db, workspaceId), [db, workspaceId]);
  const project = pickProject(projects, route.projectId ?? readSelectedProjectId(workspaceId));
  useEffect(() => {
    if (project) rememberSelectedProjectId(workspaceId, project.id);
  }, [workspaceId, project?.id]);

  const goTo = (next: Partial<WorkspaceRoute>) =>
    navigate({ tab: route.tab, ...next, projectId: next.projectId ?? project?.id });
  const shortcuts = useMemo(
    () => ({
      goTo: (tab: WorkspaceTab) => goTo({ tab }),
      showHelp: () => setIsHelpOpen(true),
    }),
    [project?.id, route.tab],
  );
  useShortcuts(shortcuts);

  return (
    <>
      <header class="workspace__header">
        <div class="workspace__title">
          <span class="workspace__app-name">{i18n.t('extName')}</span>
          <h1>{connection.workspaceName}</h1>
        </div>
        {projects && projects.length > 0 && project ? (
          <ProjectSelect
            id="workspace-project"
            className="workspace__project"
            label={i18n.t('workspace.project')}
            projects={projects}
            selectedId={project.id}
            onSelect={(projectId) => navigate({ projectId, tab: route.tab })}
          />
        ) : null}
        <div class="workspace__tools">
          <SyncStatus connection={connection} />
          {frame === 'panel' && project ? (
            <a
              class="button button--quiet"
              data-testid="open-in-tab"
              href={`${browser.runtime.getURL('/workspace.html')}${formatWorkspaceRoute({ ...route, projectId: project.id })}`}
              target="_blank"
              rel="noopener"
            >
              {i18n.t('workspace.openInTab')}
            </a>
          ) : null}
          <a
            class="button button--quiet"
            data-testid="open-admin"
            href={browser.runtime.getURL(adminPagePath)}
            target={frame === 'panel' ? '_blank' : undefined}
            rel={frame === 'panel' ? 'noopener' : undefined}
          >
            {i18n.t('admin.openFromWorkspace')}
          </a>
          <a
            class="button button--quiet"
            data-testid="open-dashboard"
            href={browser.runtime.getURL(dashboardPagePath)}
            target={frame === 'panel' ? '_blank' : undefined}
            rel={frame === 'panel' ? 'noopener' : undefined}
          >
            {i18n.t('dashboard.openFromWorkspace')}
          </a>
          <button
            type="button"
            class="button button--quiet"
            data-testid="shortcuts-open"
            aria-keyshortcuts="?"
            onClick={() => setIsHelpOpen(true)}
          >
            {i18n.t('workspace.shortcuts.open')}
          </button>
        </div>
      </header>
      {projects === undefined ? (
        <p class="workspace__loading" aria-busy="true">
          {i18n.t('workspace.loading')}
        </p>
      ) : project ? (
        <>
          <TabBar projectId={project.id} active={route.tab} onSelect={(tab) => goTo({ tab, recordId: undefined })} />
          <ProjectTabs connection={connection} project={project} route={route} goTo={goTo} />
        </>
      ) : (
        <section class="empty-state" data-testid="workspace-no-project">
          <h2>{i18n.t('workspace.noProjectTitle')}</h2>
          <p>{i18n.t('workspace.noProjectText')}</p>
        </section>
      )}
      {isHelpOpen ? <ShortcutsHelp onClose={() => setIsHelpOpen(false)} /> : null}
    </>
  );
}

/** The asked-for project when it still exists, else the first by code. */
function pickProject(projects: Project[] | undefined, projectId: string | null | undefined): Project | undefined {
  return projects?.find((candidate) => candidate.id === projectId) ?? projects?.[0];
}

interface ProjectTabsProps {
  connection: ConnectionRow;
  project: Project;
  route: WorkspaceRoute;
  goTo(route: Partial<WorkspaceRoute>): void;
}

/** Reads the project's records live and computes its view once per change, for the tab shown. */
function ProjectTabs({ connection, project, route, goTo }: ProjectTabsProps) {
  const db = useDatabase();
  const { workspaceId } = connection;
  // The connection is read again after every sync (its lastSyncAt moves), so its member is a new
  // object every 2 s: the view is rebuilt only when the member really changes.
  const { id, name, email, role } = connection.member;
  const member = useMemo(() => connection.member, [id, name, email, role]);
  const rows = useLiveQuery(
    () => measured('read project', () => readProjectWorkspace(db, workspaceId, project.id)),
    [db, workspaceId, project.id],
  );
  const today = format(new Date(), 'yyyy-MM-dd');
  const view = useMemo(
    () =>
      rows
        ? measured('build project view', () =>
            buildProjectView(rows, { workspaceId, member, today, language: readUiLanguage() }),
          )
        : undefined,
    [rows, workspaceId, member, today],
  );
  const mayWrite = useMemo(() => createMayWrite(member, project, today), [member, project, today]);
  if (!view) {
    return (
      <p class="workspace__loading" aria-busy="true">
        {i18n.t('workspace.loading')}
      </p>
    );
  }
  return (
    <TabPanel
      tab={route.tab}
      view={view}
      recordId={route.recordId}
      mayWrite={mayWrite}
      navigate={(next) => goTo({ ...next, projectId: next.projectId ?? project.id })}
    />
  );
}
