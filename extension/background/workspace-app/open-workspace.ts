import { browser } from 'wxt/browser';
import { formatWorkspaceRoute, type WorkspaceRoute, workspacePagePath } from '../../messaging/workspace-route';

/** Where a deep link lands: the workspace app's page with the route in its hash. */
export function workspacePageUrl(route: WorkspaceRoute): string {
  return `${browser.runtime.getURL(workspacePagePath)}${formatWorkspaceRoute(route)}`;
}

/** Opens the workspace app in a new tab, right after the tab that asked when there is one. */
export async function openWorkspaceTab(
  route: WorkspaceRoute,
  besideTab?: { index: number; windowId?: number },
): Promise<void> {
  await browser.tabs.create({
    url: workspacePageUrl(route),
    ...(besideTab ? { index: besideTab.index + 1, windowId: besideTab.windowId } : {}),
  });
}
