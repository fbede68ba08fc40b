import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { Invite } from '../../../../shared/api/directory';
import { useBackgroundClient } from '../../../ui/background-client';
import { describeRole, formatDateTime } from './member-labels';

interface PendingInvitesProps {
  workspaceId: string;
  invites: Invite[];
  onChanged(message: string): void;
}

/** Codes given and not used yet, with when they expire; each can be withdrawn before it is used. */
export function PendingInvites({ workspaceId, invites, onChanged }: PendingInvitesProps) {
  const client = useBackgroundClient();
  const [error, setError] = useState<string>();
  const [busyId, setBusyId] = useState<string>();
  const pending = invites.filter((invite) => invite.status === 'pending');

  async function revoke(invite: Invite) {
    setBusyId(invite.id);
    const revoked = await client.send('members.revokeInvite', { workspaceId, inviteId: invite.id });
    setBusyId(undefined);
    if (!revoked.ok) {
      setError(revoked.error.message);
      return;
    }
    setError(undefined);
    onChanged(i18n.t('adminMembers.pending.revoked', [invite.name ?? invite.email ?? describeRole(invite.role)]));
  }

  return (
    <section class="members__pending" aria-labelledby="members-pending-title">
      <h3 id="members-pending-title">{i18n.t('adminMembers.pending.title')}</h3>
      {pending.length === 0 ? (
        <p class="muted" data-testid="pending-empty">
          {i18n.t('adminMembers.pending.empty')}
        </p>
      ) : (
        <div class="members__scroll">
          <table class="members__table" data-testid="pending-invites">
            <caption class="visually-hidden">{i18n.t('adminMembers.pending.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{i18n.t('adminMembers.columns.invitee')}</th>
                <th scope="col">{i18n.t('adminMembers.columns.role')}</th>
                <th scope="col">{i18n.t('adminMembers.columns.expires')}</th>
                <th scope="col">
                  <span class="visually-hidden">{i18n.t('adminMembers.columns.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {pending.map((invite) => {
                const who = invite.name ?? invite.email ?? i18n.t('adminMembers.pending.anyone');
                return (
                  <tr key={invite.id} data-testid="pending-invite" data-invite-id={invite.id}>
                    <th scope="row" class="members__who">
                      <span class="members__name">{who}</span>
                      {invite.name && invite.email && <span class="members__email">{invite.email}</span>}
                    </th>
                    <td>{describeRole(invite.role)}</td>
                    <td>{formatDateTime(invite.expiresAt)}</td>
                    <td class="members__actions">
                      <button
                        type="button"
                        class="button button--danger-quiet"
                        data-testid="revoke-invite"
                        disabled={busyId === invite.id}
                        aria-label={i18n.t('adminMembers.pending.revokeLabel', [who])}
                        onClick={() => void revoke(invite)}
                      >
                        {i18n.t('adminMembers.pending.revoke')}
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {error && (
        <p class="form-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
