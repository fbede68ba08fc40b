import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { Member } from '../../../../shared/api/directory';
import type { MemberSummary } from '../../../../shared/api/schemas';
import {
  decideMemberAction,
  isDemotion,
  listGrantableRoles,
  type MemberRefusal,
} from '../../../../shared/directory/member-rules';
import type { Role } from '../../../../shared/schemas/common';
import { useBackgroundClient } from '../../../ui/background-client';
import { useNow } from '../../use-now';
import { type MemberChange, MemberChangeDialog } from './MemberChangeDialog';
import { describeRefusal, describeRole, formatDateTime, formatLastSeen } from './member-labels';

interface MembersTableProps {
  workspaceId: string;
  actor: MemberSummary;
  members: Member[];
  activeOwners: number;
  canManage: boolean;
  countManaged(memberId: string): number;
  onChanged(message: string): void;
}

/**
 * The current members with their role, when they were last seen and how many projects they manage.
 * For an owner or PMO each row offers the changes the shared rule allows and says why the others
 * are not offered; a demotion, a removal and a sign-out are confirmed first.
 */
export function MembersTable(props: MembersTableProps) {
  const { workspaceId, actor, members, activeOwners, canManage, countManaged, onChanged } = props;
  const nowMs = useNow(60_000);
  const [change, setChange] = useState<MemberChange>();
  const [busyId, setBusyId] = useState<string>();
  const [error, setError] = useState<string>();
  const client = useBackgroundClient();

  const refusalOf = (target: Member, kind: 'remove' | 'revokeTokens') =>
    decideMemberAction(actor, target, { kind }, activeOwners);
  const rolesFor = (target: Member) =>
    listGrantableRoles(actor.role).filter(
      (role) => role === target.role || !decideMemberAction(actor, target, { kind: 'changeRole', role }, activeOwners),
    );

  async function pickRole(target: Member, role: Role) {
    if (role === target.role) return;
    if (isDemotion(target.role, role)) {
      setChange({ kind: 'changeRole', member: target, role });
      return;
    }
    setBusyId(target.id);
    const changed = await client.send('members.changeRole', { workspaceId, memberId: target.id, role });
    setBusyId(undefined);
    if (!changed.ok) {
      setError(changed.error.message);
      return;
    }
    setError(undefined);
    onChanged(i18n.t('adminMembers.done.roleChanged', [target.name, describeRole(role)]));
  }

  return (
    <section class="members__list" aria-labelledby="members-list-title">
      <h3 id="members-list-title">{i18n.t('adminMembers.list.title', members.length)}</h3>
      <div class="members__scroll">
        <table class="members__table" data-testid="members-table">
          <caption class="visually-hidden">{i18n.t('adminMembers.list.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{i18n.t('adminMembers.columns.member')}</th>
              <th scope="col">{i18n.t('adminMembers.columns.role')}</th>
              <th scope="col">{i18n.t('adminMembers.columns.lastSeen')}</th>
              <th scope="col" class="members__number">
                {i18n.t('adminMembers.columns.projects')}
              </th>
              {canManage && (
                <th scope="col">
                  <span class="visually-hidden">{i18n.t('adminMembers.columns.actions')}</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {members.map((target) => {
              const isSelf = target.id === actor.id;
              const roles = canManage ? rolesFor(target) : [];
              const roleRefusal = decideMemberAction(
                actor,
                target,
                { kind: 'changeRole', role: target.role === 'viewer' ? 'pm' : 'viewer' },
                activeOwners,
              );
              return (
                <tr
                  key={target.id}
                  data-testid="member-row"
                  data-member-id={target.id}
                  data-member-email={target.email}
                >
                  <th scope="row" class="members__who">
                    <span class="members__name">
                      {target.name}
                      {isSelf && <span class="tag members__you">{i18n.t('adminMembers.list.you')}</span>}
                    </span>
                    <span class="members__email">{target.email}</span>
                  </th>
                  <td>
                    {roles.length > 1 ? (
                      <select
                        class="members__role-select"
                        data-testid="member-role"
                        value={target.role}
                        disabled={busyId === target.id}
                        aria-label={i18n.t('adminMembers.list.roleOf', [target.name])}
                        onChange={(event) => {
                          const role = event.currentTarget.value as Role;
                          // The select shows the role held until the change is confirmed and made.
                          event.currentTarget.value = target.role;
                          void pickRole(target, role);
                        }}
                      >
                        {roles.map((role) => (
                          <option key={role} value={role}>
                            {describeRole(role)}
                          </option>
                        ))}
                      </select>
                    ) : (
                      <span data-testid="member-role-text">{describeRole(target.role)}</span>
                    )}
                    {canManage && roles.length <= 1 && roleRefusal && (
                      <span class="members__why" data-testid="member-role-why">
                        {describeRefusal(roleRefusal)}
                      </span>
                    )}
                  </td>
                  <td>
                    <span title={target.lastSeenAt ? formatDateTime(target.lastSeenAt) : undefined}>
                      {formatLastSeen(target.lastSeenAt, nowMs)}
                    </span>
                  </td>
                  <td class="members__number" data-testid="member-projects">
                    {countManaged(target.id)}
                  </td>
                  {canManage && (
                    <td class="members__actions">
                      <RowActions
                        target={target}
                        revokeRefusal={refusalOf(target, 'revokeTokens')}
                        removeRefusal={refusalOf(target, 'remove')}
                        roleRefusal={roles.length > 1 ? null : roleRefusal}
                        onPick={(kind) => setChange({ kind, member: target })}
                      />
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {error && (
        <p class="form-error" role="alert" data-testid="members-table-error">
          {error}
        </p>
      )}
      {change && (
        <MemberChangeDialog
          workspaceId={workspaceId}
          change={change}
          isSelf={change.member.id === actor.id}
          onClose={() => setChange(undefined)}
          onDone={(message) => {
            setChange(undefined);
            setError(undefined);
            onChanged(message);
          }}
        />
      )}
    </section>
  );
}

interface RowActionsProps {
  target: Member;
  revokeRefusal: MemberRefusal | null;
  removeRefusal: MemberRefusal | null;
  /** Already said in the role cell: not repeated here. */
  roleRefusal: MemberRefusal | null;
  onPick(kind: 'remove' | 'revokeTokens'): void;
}

/** Sign out everywhere and remove, when allowed; otherwise why not, once per reason. */
function RowActions({ target, revokeRefusal, removeRefusal, roleRefusal, onPick }: RowActionsProps) {
  const reasons = [...new Set([revokeRefusal, removeRefusal])].filter(
    (reason): reason is MemberRefusal => reason !== null && reason !== roleRefusal,
  );
  return (
    <div class="members__buttons">
      {!revokeRefusal && (
        <button
          type="button"
          class="button button--quiet"
          data-testid="member-revoke-tokens"
          aria-label={i18n.t('adminMembers.actions.revokeTokensLabel', [target.name])}
          onClick={() => onPick('revokeTokens')}
        >
          {i18n.t('adminMembers.actions.revokeTokens')}
        </button>
      )}
      {!removeRefusal && (
        <button
          type="button"
          class="button button--danger-quiet"
          data-testid="member-remove"
          aria-label={i18n.t('adminMembers.actions.removeLabel', [target.name])}
          onClick={() => onPick('remove')}
        >
          {i18n.t('adminMembers.actions.remove')}
        </button>
      )}
      {reasons.map((reason) => (
        <span key={reason} class="members__why" data-testid="member-action-why">
          {describeRefusal(reason)}
        </span>
      ))}
    </div>
  );
}
