import { i18n } from '#i18n';
import type { SummarySwitcherEntry } from '../../db/popup-summary';
import { useBackgroundClient } from '../../ui/background-client';
import { describeSyncStatus } from '../common/SyncStatus';

interface WorkspaceSwitcherProps {
  /** Live connections, or the popup summary's. */
  connections: readonly SummarySwitcherEntry[];
  activeId: string;
}

/**
 * Which joined workspace the popup shows; the background remembers the choice. A native select, so
 * arrow keys, type-ahead and screen readers work as everywhere. Options name a workspace's sync
 * state unless it is synced, since only the shown workspace has a badge.
 */
export function WorkspaceSwitcher({ connections, activeId }: WorkspaceSwitcherProps) {
  const client = useBackgroundClient();
  return (
    <div class="workspace-switcher">
      <label for="workspace-select" class="popup__app-name">
        {i18n.t('popup.workspace')}
      </label>
      <select
        id="workspace-select"
        data-testid="workspace-select"
        value={activeId}
        onChange={(event) => void client.send('workspace.activate', { workspaceId: event.currentTarget.value })}
      >
        {connections.map((connection) => (
          <option key={connection.workspaceId} value={connection.workspaceId}>
            {connection.syncStatus === 'synced'
              ? connection.workspaceName
              : i18n.t('popup.workspaceOption', [connection.workspaceName, describeSyncStatus(connection)])}
          </option>
        ))}
      </select>
    </div>
  );
}
