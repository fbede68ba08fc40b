import { rememberPopupSelection } from '../../db/popup-summary';

/** The project last shown (popup and workspace app), per workspace: a page preference, so it stays in the page's localStorage. */
const storageKey = (workspaceId: string) => `interim-pmo.selected-project.${workspaceId}`;

export function readSelectedProjectId(workspaceId: string): string | null {
  try {
    return localStorage.getItem(storageKey(workspaceId));
  } catch {
    return null;
  }
}

export function rememberSelectedProjectId(workspaceId: string, projectId: string): void {
  try {
    localStorage.setItem(storageKey(workspaceId), projectId);
  } catch {
    // Storage refused (quota, privacy mode): the popup simply starts on the first project.
  }
  // The background keeps the popup's summary and cannot read localStorage: it is told here.
  void rememberPopupSelection(workspaceId, projectId).catch(() => undefined);
}
