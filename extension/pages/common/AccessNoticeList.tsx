import { i18n } from '#i18n';
import type { ShownAccessNotice } from '../../db/shown-notices';
import { useBackgroundClient } from '../../ui/background-client';

/**
 * Workspaces this browser lost without the user leaving them, and roles an owner or PMO changed,
 * worded already (db/shown-notices.ts): light enough for the popup's first paint, which draws them
 * from its summary. Each stays until dismissed or the workspace is joined again.
 */
export function AccessNoticeList({ notices }: { notices: readonly ShownAccessNotice[] }) {
  const client = useBackgroundClient();
  if (notices.length === 0) return null;
  return (
    <section class="access-notices" aria-label={i18n.t('notices.title')}>
      {notices.map((notice) => (
        <div
          key={notice.workspaceId}
          class={notice.tone === 'info' ? 'access-notice access-notice--info' : 'access-notice'}
          role={notice.tone === 'info' ? 'status' : 'alert'}
          data-testid="access-notice"
          data-workspace-id={notice.workspaceId}
        >
          <p data-notice={notice.isRoleChange ? 'role-changed' : undefined}>
            <strong>{notice.headline}</strong> {notice.detail}
          </p>
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
