import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { countActiveOwners } from '../../../../shared/directory/member-rules';
import { listManagedProjectIds } from '../../../../shared/mutations/managed-projects';
import { isGoverningRole } from '../../../../shared/roles';
import { listProjects } from '../../../db/workspace-queries';
import { useDatabase } from '../../database-context';
import { useLiveQuery } from '../../use-live-query';
import type { AdminSectionProps } from '../admin-section-props';
import { InvitePanel } from './InvitePanel';
import { MembersTable } from './MembersTable';
import { PendingInvites } from './PendingInvites';
import { RemovedMembers } from './RemovedMembers';
import { useMembersOverview } from './use-members-overview';
import './members.css';

/**
 * Who is in the workspace (issue 16): owners and PMOs invite, change roles, remove members and sign
 * them out everywhere; everyone else sees the list read-only. Each change the Worker would refuse
 * is said beside the member instead of offered (shared/directory/member-rules.ts).
 */
export function MembersSection({ connection, member }: AdminSectionProps) {
  const db = useDatabase();
  const { workspaceId } = connection;
  const { overview, error, reload } = useMembersOverview(workspaceId);
  const projects = useLiveQuery(() => listProjects(db, workspaceId), [db, workspaceId]);
  const [status, setStatus] = useState('');
  const canManage = isGoverningRole(member.role);

  const current = overview?.members.filter((m) => !m.revokedAt) ?? [];
  const removed = overview?.members.filter((m) => m.revokedAt) ?? [];
  const countManaged = (memberId: string) => listManagedProjectIds(projects ?? [], memberId).size;

  async function afterChange(message: string) {
    setStatus(message);
    await reload();
  }

  return (
    <div class="members" data-testid="admin-members">
      <p class="members__intro">
        {canManage ? i18n.t('adminMembers.intro') : i18n.t('adminMembers.readOnly', [i18n.t(`roles.${member.role}`)])}
      </p>
      <p class="visually-hidden" role="status" data-testid="members-status">
        {status}
      </p>
      {error && (
        <div class="form-error members__error" role="alert" data-testid="members-error">
          <span>{error}</span>{' '}
          <button type="button" class="button button--quiet" onClick={() => void reload()}>
            {i18n.t('adminMembers.retry')}
          </button>
        </div>
      )}
      {canManage && <InvitePanel connection={connection} actor={member} onCreated={() => void afterChange('')} />}
      {canManage && overview?.invites && (
        <PendingInvites
          workspaceId={workspaceId}
          invites={overview.invites}
          onChanged={(message) => void afterChange(message)}
        />
      )}
      {overview === undefined && !error ? (
        <p class="empty-state" aria-busy="true">
          {i18n.t('adminMembers.loading')}
        </p>
      ) : (
        <MembersTable
          workspaceId={workspaceId}
          actor={member}
          members={current}
          activeOwners={countActiveOwners(current)}
          canManage={canManage}
          countManaged={countManaged}
          onChanged={(message) => void afterChange(message)}
        />
      )}
      {canManage && removed.length > 0 && <RemovedMembers members={removed} />}
    </div>
  );
}
