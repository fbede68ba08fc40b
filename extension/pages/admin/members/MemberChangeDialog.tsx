import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { Member } from '../../../../shared/api/directory';
import type { Role } from '../../../../shared/schemas/common';
import { useBackgroundClient } from '../../../ui/background-client';
import { ModalDialog } from '../../workspace/common/ModalDialog';
import { describeRole } from './member-labels';

/** A change to confirm before it is sent: a demotion, a removal, a sign-out everywhere. */
export type MemberChange =
  | { kind: 'changeRole'; member: Member; role: Role }
  | { kind: 'remove'; member: Member }
  | { kind: 'revokeTokens'; member: Member };

interface MemberChangeDialogProps {
  workspaceId: string;
  change: MemberChange;
  /** The member is the one looking: say that they lose access or rights on this browser too. */
  isSelf: boolean;
  onClose(): void;
  onDone(message: string): void;
}

/** Says what the change does to the person, then makes it; a refusal stays in the dialog. */
export function MemberChangeDialog({ workspaceId, change, isSelf, onClose, onDone }: MemberChangeDialogProps) {
  const client = useBackgroundClient();
  const [error, setError] = useState<string>();
  const [isBusy, setIsBusy] = useState(false);
  const { member } = change;
  const words = describeChange(change, isSelf);

  async function confirm() {
    setIsBusy(true);
    const input = { workspaceId, memberId: member.id };
    const result =
      change.kind === 'changeRole'
        ? await client.send('members.changeRole', { ...input, role: change.role })
        : change.kind === 'remove'
          ? await client.send('members.remove', input)
          : await client.send('members.revokeTokens', input);
    setIsBusy(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    onDone(words.done);
  }

  return (
    <ModalDialog
      labelledBy="member-change-title"
      className="dialog members__dialog"
      testId="member-change"
      onClose={onClose}
    >
      <h2 id="member-change-title" class="members__dialog-title">
        {words.title}
      </h2>
      <p>{words.body}</p>
      {error && (
        <p class="form-error" role="alert" data-testid="member-change-error">
          {error}
        </p>
      )}
      <div class="form-actions members__dialog-actions">
        <button
          type="button"
          class={`button ${change.kind === 'remove' ? 'button--danger' : 'button--primary'}`}
          data-testid="member-change-confirm"
          disabled={isBusy}
          onClick={() => void confirm()}
        >
          {words.confirm}
        </button>
        <button type="button" class="button button--quiet" data-testid="member-change-cancel" onClick={onClose}>
          {i18n.t('adminMembers.confirm.cancel')}
        </button>
      </div>
    </ModalDialog>
  );
}

function describeChange(change: MemberChange, isSelf: boolean) {
  const { name } = change.member;
  if (change.kind === 'changeRole') {
    const role = describeRole(change.role);
    return {
      title: i18n.t('adminMembers.confirm.demoteTitle', [name, role]),
      body: isSelf
        ? i18n.t('adminMembers.confirm.demoteSelfBody', [role])
        : i18n.t('adminMembers.confirm.demoteBody', [name, describeRole(change.member.role), role]),
      confirm: i18n.t('adminMembers.confirm.demote', [role]),
      done: i18n.t('adminMembers.done.roleChanged', [name, role]),
    };
  }
  if (change.kind === 'remove') {
    return {
      title: i18n.t('adminMembers.confirm.removeTitle', [name]),
      body: isSelf ? i18n.t('adminMembers.confirm.removeSelfBody') : i18n.t('adminMembers.confirm.removeBody', [name]),
      confirm: i18n.t('adminMembers.confirm.remove'),
      done: i18n.t('adminMembers.done.removed', [name]),
    };
  }
  return {
    title: i18n.t('adminMembers.confirm.revokeTitle', [name]),
    body: i18n.t('adminMembers.confirm.revokeBody', [name]),
    confirm: i18n.t('adminMembers.confirm.revoke'),
    done: i18n.t('adminMembers.done.revoked', [name]),
  };
}
