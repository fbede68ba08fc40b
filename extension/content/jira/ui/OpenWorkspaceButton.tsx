import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { MessageInput } from '../../../messaging/protocol';
import { useBackgroundClient } from '../../../ui/background-client';

type WorkspaceRoute = MessageInput<'workspace.open'>;

/** Asks the background to open the workspace app at `route` (a tab beside this one); answers an error to show. */
function useOpenWorkspace() {
  const client = useBackgroundClient();
  const [error, setError] = useState<string>();
  const open = async (route: WorkspaceRoute) => {
    setError(undefined);
    const answer = await client.send('workspace.open', route);
    if (!answer.ok) setError(answer.error.message);
  };
  return { open, error };
}

function OpenError({ error }: { error?: string }) {
  return error ? (
    <span class="pmo-form-error" role="alert">
      {error}
    </span>
  ) : null;
}

/** "Open workspace": the project in the PM's workspace app, where it is run. */
export function OpenWorkspaceButton({ testId, route }: { testId: string; route: WorkspaceRoute }) {
  const { open, error } = useOpenWorkspace();
  return (
    <>
      <button type="button" class="pmo-button" data-testid={testId} onClick={() => void open(route)}>
        {i18n.t('overlay.openWorkspace')}
      </button>
      <OpenError error={error} />
    </>
  );
}

/** A record's title that opens it in the workspace app (its editor), read as a link. */
export function OpenRecordLink({ testId, title, route }: { testId: string; title: string; route: WorkspaceRoute }) {
  const { open, error } = useOpenWorkspace();
  return (
    <>
      <button
        type="button"
        class="pmo-link pmo-risk__title"
        data-testid={testId}
        title={i18n.t('overlay.openInWorkspace')}
        onClick={() => void open(route)}
      >
        {title}
      </button>
      <OpenError error={error} />
    </>
  );
}
