import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { ConnectionRow } from '../../db/database';
import { useBackgroundClient } from '../../ui/background-client';
import { SyncStatus } from '../common/SyncStatus';
import { useSyncPolling } from '../use-sync-polling';

interface ConnectedWorkspacesProps {
  connections: ConnectionRow[];
  activeId: string | null;
}

/** Joined workspaces with your role and sync state; leaving wipes the local copy after a confirmation. */
export function ConnectedWorkspaces({ connections, activeId }: ConnectedWorkspacesProps) {
  return (
    <section class="card" aria-labelledby="connected-title">
      <h2 id="connected-title" class="card__title">
        {i18n.t('options.connectedTitle')}
      </h2>
      <ul class="workspaces">
        {connections.map((connection) => (
          <ConnectedWorkspace
            key={connection.workspaceId}
            connection={connection}
            isActive={connection.workspaceId === activeId}
            canActivate={connections.length > 1}
          />
        ))}
      </ul>
    </section>
  );
}

interface ConnectedWorkspaceProps {
  connection: ConnectionRow;
  isActive: boolean;
  canActivate: boolean;
}

function ConnectedWorkspace({ connection, isActive, canActivate }: ConnectedWorkspaceProps) {
  const client = useBackgroundClient();
  const [isConfirming, setConfirming] = useState(false);
  const [leaveError, setLeaveError] = useState<string>();
  const { workspaceId, workspaceName, member, serverUrl, pendingCount } = connection;
  const headingId = `workspace-${workspaceId}`;
  // The page shows the sync state, so keep it fresh like the popup does.
  useSyncPolling(workspaceId);

  async function leave() {
    const result = await client.send('workspace.leave', { workspaceId });
    if (!result.ok) setLeaveError(result.error.message);
  }

  return (
    <li class="workspace" data-testid="connected-workspace" data-workspace-id={workspaceId} aria-labelledby={headingId}>
      <div class="workspace__head">
        <h3 id={headingId} class="workspace__name">
          {workspaceName}
          {isActive && canActivate ? <span class="tag">{i18n.t('options.active')}</span> : null}
        </h3>
        <SyncStatus connection={connection} />
      </div>
      <dl class="workspace__facts">
        <dt>{i18n.t('options.you')}</dt>
        <dd>{`${member.name} <${member.email}>`}</dd>
        <dt>{i18n.t('options.role')}</dt>
        <dd data-testid="workspace-role">{i18n.t(`roles.${member.role}` as const)}</dd>
        <dt>{i18n.t('options.server')}</dt>
        <dd>{serverUrl}</dd>
      </dl>
      {isConfirming ? (
        <div class="confirm" role="alertdialog" aria-labelledby={`${headingId}-confirm`}>
          <p id={`${headingId}-confirm`}>
            {pendingCount > 0
              ? i18n.t('options.leaveConfirmPending', pendingCount, [workspaceName, String(pendingCount)])
              : i18n.t('options.leaveConfirm', [workspaceName])}
          </p>
          <div class="form-actions">
            <button
              type="button"
              class="button button--danger"
              data-testid="confirm-leave"
              onClick={() => void leave()}
            >
              {i18n.t('options.leaveYes')}
            </button>
            <button type="button" class="button" data-testid="cancel-leave" onClick={() => setConfirming(false)}>
              {i18n.t('options.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <div class="form-actions">
          {canActivate && !isActive ? (
            <button
              type="button"
              class="button"
              data-testid="activate-workspace"
              onClick={() => void client.send('workspace.activate', { workspaceId })}
            >
              {i18n.t('options.makeActive')}
            </button>
          ) : null}
          <button
            type="button"
            class="button button--danger-quiet"
            data-testid="leave-workspace"
            onClick={() => setConfirming(true)}
          >
            {i18n.t('options.leave')}
          </button>
        </div>
      )}
      {leaveError ? (
        <p class="form-error" role="alert">
          {leaveError}
        </p>
      ) : null}
    </li>
  );
}
