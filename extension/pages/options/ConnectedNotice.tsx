import { i18n } from '#i18n';
import type { ConnectionSummary } from '../../messaging/protocol';

/** Confirms a way in worked, naming the workspace and the role it gave. */
export function ConnectedNotice({ id, connected }: { id: string; connected?: ConnectionSummary }) {
  if (!connected) return null;
  return (
    <p id={id} data-testid={id} class="form-success" role="status">
      {i18n.t('options.connectedAs', [connected.workspaceName, i18n.t(`roles.${connected.member.role}` as const)])}
    </p>
  );
}
