import { i18n } from '#i18n';
import { isWritingRole } from '../../../shared/roles';
import { listAccessNotices } from '../../db/workspace-queries';
import { useBackgroundClient } from '../../ui/background-client';
import { useDatabase } from '../database-context';
import { useLiveQuery } from '../use-live-query';

/**
 * Workspaces this browser lost without the user leaving them (token revoked, member removed): what
 * happened, what went with it, and what to do; and a role an owner or PMO changed, with what it now allows. Each stays until dismissed or the workspace is joined again.
 */
export function AccessNotices() {
  const db = useDatabase();
  const client = useBackgroundClient();
  const notices = useLiveQuery(() => listAccessNotices(db), [db]);
  if (!notices || notices.length === 0) return null;
  return (
    <section class="access-notices" aria-label={i18n.t('notices.title')}>
      {notices.map((notice) => (
        <div
          key={notice.workspaceId}
          class={notice.reason === 'roleChanged' ? 'access-notice access-notice--info' : 'access-notice'}
          role={notice.reason === 'roleChanged' ? 'status' : 'alert'}
          data-testid="access-notice"
          data-workspace-id={notice.workspaceId}
        >
          {notice.reason === 'roleChanged' && notice.role && notice.previousRole ? (
            <p data-notice="role-changed">
              <strong>
                {i18n.t('adminMembers.roleNotice', [
                  notice.workspaceName,
                  i18n.t(`roles.${notice.role}`),
                  i18n.t(`roles.${notice.previousRole}`),
                ])}
              </strong>{' '}
              {isWritingRole(notice.role)
                ? i18n.t('adminMembers.roleNoticeWrite')
                : i18n.t('adminMembers.roleNoticeReadOnly')}
            </p>
          ) : (
            <p>
              <strong>{i18n.t('notices.revoked', [notice.workspaceName])}</strong>{' '}
              {i18n.t('notices.revokedWiped', notice.discardedEdits)}
            </p>
          )}
          <button
            type="button"
            class="button button--quiet"
            data-testid="dismiss-access-notice"
            aria-label={i18n.t('notices.dismissLabel', [notice.workspaceName])}
            onClick={() => void client.send('accessNotice.dismiss', { workspaceId: notice.workspaceId })}
          >
            {i18n.t('notices.dismiss')}
          </button>
        </div>
      ))}
    </section>
  );
}
