import type { WorkspaceRoute } from '../../messaging/workspace-route';
import type { MayWrite } from './may-write';
import type { ProjectView } from './project-view';

/** What the shell hands every tab of the workspace app. */
export interface TabProps {
  view: ProjectView;
  /** The record the address names (`#/projects/<id>/<tab>/<recordId>`), to open in the tab. */
  recordId?: string;
  /** Moves to another address of the app (another tab, a record, or back to the tab alone). */
  navigate(route: Omit<WorkspaceRoute, 'projectId'> & { projectId?: string }): void;
  /** Whether this member may create a record of `entity` in the project, or change `record` (the Worker's own rule). */
  mayWrite: MayWrite;
}
