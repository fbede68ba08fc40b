import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { isGoverningRole } from '../../../../shared/roles';
import type { AdminSectionProps } from '../admin-section-props';
import { describeRole } from '../members/member-labels';
import { CreateShareLinkPanel } from './CreateShareLinkPanel';
import { ShareLinksTable } from './ShareLinksTable';
import { useShareLinks } from './use-share-links';
import '../members/members.css';
import './sharing.css';

/**
 * Sponsor links (issue 18): owners and PMOs create an expiring read-only link to the sponsor page
 * the Worker serves (GET /share/<token>), see it once, list and revoke links. Other roles are told
 * why they cannot; the Worker refuses them anyway (shared/api/routes/share-routes.ts).
 */
export function SharingSection({ connection, member }: AdminSectionProps) {
  const canShare = isGoverningRole(member.role);
  const { links, error, reload } = useShareLinks(connection.workspaceId, canShare);
  const [status, setStatus] = useState('');

  async function afterChange(message: string) {
    setStatus(message);
    await reload();
  }

  return (
    <div class="sharing" data-testid="admin-sharing">
      <p class="sharing__intro">{i18n.t('sharing.intro')}</p>
      {!canShare ? (
        <p class="sharing__not-allowed" data-testid="sharing-not-allowed">
          {i18n.t('sharing.notAllowed', [describeRole(member.role)])}
        </p>
      ) : (
        <>
          <CreateShareLinkPanel workspaceId={connection.workspaceId} onCreated={() => void afterChange('')} />
          <p class="visually-hidden" role="status" data-testid="sharing-status">
            {status}
          </p>
          {error && (
            <p class="form-error" role="alert" data-testid="sharing-error">
              {error}
            </p>
          )}
          {links && (
            <ShareLinksTable
              workspaceId={connection.workspaceId}
              links={links}
              onChanged={(m) => void afterChange(m)}
            />
          )}
        </>
      )}
    </div>
  );
}
