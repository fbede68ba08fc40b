import type { WorkspaceRoute } from '../../messaging/workspace-route';
import type { PendingCaptures } from './pending-captures';

/** The browser as the capture uses it; injectable so tests can stand in for it. */
export interface CaptureBrowser {
  /** The page's selected text (scripting.executeScript); throws where scripts cannot run. */
  readSelection(tabId: number): Promise<string>;
  /** Injects the capture card's content script; throws where scripts cannot run. */
  injectCard(tabId: number): Promise<void>;
  /** Opens the toolbar popup; throws where the browser refuses (no focused window, no `action`). */
  openPopup(): Promise<void>;
  openTab(url: string): Promise<void>;
  /** The popup page's address with `query` (e.g. `?capture=1`). */
  popupPageUrl(query?: string): string;
  openOptionsPage(): Promise<void>;
  /** Opens the workspace app at a record (its deep link). */
  openWorkspace(route: WorkspaceRoute): Promise<void>;
}

/** The capture's browser side and the captures waiting for their card, shared by the handlers and the flow. */
export interface CaptureDeps {
  browser: CaptureBrowser;
  pending: PendingCaptures;
}
