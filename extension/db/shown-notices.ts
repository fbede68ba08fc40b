import { i18n } from '#i18n';
import { formatAppError } from '../../shared/result';
import { isWritingRole } from '../../shared/roles';
import { readUiLanguage } from '../messaging/ui-language';
import type { AccessNoticeRow, MutationErrorRow } from './database';

/**
 * An access notice as the pages show it (pages/common/AccessNoticeList.tsx), its texts written out:
 * the popup keeps these in its summary (popup-summary.ts) and paints them before it can load the
 * role rules and catalogs that word them.
 */
export interface ShownAccessNotice {
  workspaceId: string;
  workspaceName: string;
  /** A role an owner changed is news; a workspace lost is an alert. */
  tone: 'info' | 'alert';
  isRoleChange: boolean;
  headline: string;
  detail: string;
}

/** An edit the server refused for good, as the popup lists it (pages/popup/RefusalList.tsx). */
export interface ShownRefusal {
  workspaceId: string;
  clientId: string;
  id: number;
  /** "Not saved (new risk):", or "Not saved:" when the mutation is unknown. */
  headline: string;
  /** Why, in the reader's language; its `backticked` parts are code. */
  detail: string;
}

export function describeAccessNotice(notice: AccessNoticeRow): ShownAccessNotice {
  const { workspaceId, workspaceName } = notice;
  const tone = notice.reason === 'roleChanged' ? 'info' : 'alert';
  if (notice.reason === 'roleChanged' && notice.role && notice.previousRole) {
    return {
      workspaceId,
      workspaceName,
      tone,
      isRoleChange: true,
      headline: i18n.t('adminMembers.roleNotice', [
        workspaceName,
        i18n.t(`roles.${notice.role}`),
        i18n.t(`roles.${notice.previousRole}`),
      ]),
      detail: isWritingRole(notice.role)
        ? i18n.t('adminMembers.roleNoticeWrite')
        : i18n.t('adminMembers.roleNoticeReadOnly'),
    };
  }
  return {
    workspaceId,
    workspaceName,
    tone,
    isRoleChange: false,
    headline: i18n.t('notices.revoked', [workspaceName]),
    detail: i18n.t('notices.revokedWiped', notice.discardedEdits),
  };
}

export function describeRefusal(row: MutationErrorRow): ShownRefusal {
  return {
    workspaceId: row.workspaceId,
    clientId: row.clientId,
    id: row.id,
    headline: row.name
      ? i18n.t('popup.refusedNamed', [i18n.t(`mutations.${row.name}` as const)])
      : i18n.t('popup.refusedLabel'),
    detail: formatAppError(readUiLanguage(), row.error),
  };
}
