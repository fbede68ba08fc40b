import { i18n } from '#i18n';
import type { Member } from '../../../../shared/api/directory';
import { describeRole, formatDateTime } from './member-labels';

/** Former members, for the record: who they were and when they left or were removed. */
export function RemovedMembers({ members }: { members: Member[] }) {
  return (
    <details class="members__removed" data-testid="removed-members">
      <summary>{i18n.t('adminMembers.removed.title', members.length)}</summary>
      <div class="members__scroll">
        <table class="members__table">
          <thead>
            <tr>
              <th scope="col">{i18n.t('adminMembers.columns.member')}</th>
              <th scope="col">{i18n.t('adminMembers.columns.role')}</th>
              <th scope="col">{i18n.t('adminMembers.columns.removedAt')}</th>
            </tr>
          </thead>
          <tbody>
            {members.map((member) => (
              <tr key={member.id}>
                <th scope="row" class="members__who">
                  <span class="members__name">{member.name}</span>
                  <span class="members__email">{member.email}</span>
                </th>
                <td>{describeRole(member.role)}</td>
                <td>{member.revokedAt ? formatDateTime(member.revokedAt) : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
