import { useEffect, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { ShareLink } from '../../../../shared/api/routes/share-routes';
import { useBackgroundClient } from '../../../ui/background-client';
import { formatDateTime } from '../members/member-labels';

interface ShareLinksTableProps {
  workspaceId: string;
  links: ShareLink[];
  onChanged(message: string): void;
}

const labelOf = (link: ShareLink) => link.label ?? i18n.t('sharing.list.noLabel');

/** Every link with who made it, when it expires and its status; an active one can be revoked after a confirmation. */
export function ShareLinksTable({ workspaceId, links, onChanged }: ShareLinksTableProps) {
  const client = useBackgroundClient();
  const [confirming, setConfirming] = useState<string>();
  const [busyId, setBusyId] = useState<string>();
  const [error, setError] = useState<string>();

  async function revoke(link: ShareLink) {
    setBusyId(link.id);
    const revoked = await client.send('shareLinks.revoke', { workspaceId, linkId: link.id });
    setBusyId(undefined);
    setConfirming(undefined);
    if (!revoked.ok) {
      setError(revoked.error.message);
      onChanged('');
      return;
    }
    setError(undefined);
    onChanged(i18n.t('sharing.revoke.done', [labelOf(link)]));
  }

  return (
    <section class="sharing__list" aria-labelledby="sharing-list-title">
      <h3 id="sharing-list-title">{i18n.t('sharing.list.title')}</h3>
      {error && (
        <p class="form-error" role="alert" data-testid="share-revoke-error">
          {error}
        </p>
      )}
      {links.length === 0 ? (
        <p class="muted" data-testid="share-empty">
          {i18n.t('sharing.list.empty')}
        </p>
      ) : (
        <div class="members__scroll">
          <table class="members__table" data-testid="share-links">
            <caption class="visually-hidden">{i18n.t('sharing.list.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{i18n.t('sharing.list.label')}</th>
                <th scope="col">{i18n.t('sharing.list.createdBy')}</th>
                <th scope="col">{i18n.t('sharing.list.expires')}</th>
                <th scope="col">{i18n.t('sharing.list.status')}</th>
                <th scope="col">
                  <span class="visually-hidden">{i18n.t('sharing.list.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {links.map((link) => (
                <tr key={link.id} data-testid="share-link" data-link-id={link.id} data-status={link.status}>
                  <th scope="row" class="members__who">
                    <span class="members__name">{labelOf(link)}</span>
                  </th>
                  <td>
                    {link.createdBy.name ?? i18n.t('sharing.list.unknownMember')}
                    <span class="members__email">{formatDateTime(link.createdAt)}</span>
                  </td>
                  <td>{formatDateTime(link.expiresAt)}</td>
                  <td>
                    <span class={`sharing__status sharing__status--${link.status}`} data-testid="share-status">
                      {i18n.t(`sharing.status.${link.status}`)}
                    </span>
                  </td>
                  <td>
                    {link.status === 'active' &&
                      (confirming === link.id ? (
                        <RevokeConfirmation
                          link={link}
                          isBusy={busyId === link.id}
                          onConfirm={() => void revoke(link)}
                          onCancel={() => setConfirming(undefined)}
                        />
                      ) : (
                        <button
                          type="button"
                          class="button button--danger-quiet"
                          data-testid="share-revoke"
                          aria-label={i18n.t('sharing.revoke.buttonFor', [labelOf(link)])}
                          onClick={() => setConfirming(link.id)}
                        >
                          {i18n.t('sharing.revoke.button')}
                        </button>
                      ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

interface RevokeConfirmationProps {
  link: ShareLink;
  isBusy: boolean;
  onConfirm(): void;
  onCancel(): void;
}

/** Asks once more in the row itself; focus lands on "Keep it", so Enter never revokes by accident. */
function RevokeConfirmation({ link, isBusy, onConfirm, onCancel }: RevokeConfirmationProps) {
  const keep = useRef<HTMLButtonElement>(null);
  useEffect(() => keep.current?.focus(), []);
  return (
    <fieldset class="sharing__confirm" data-testid="share-confirm">
      <legend>{i18n.t('sharing.revoke.confirm', [labelOf(link)])}</legend>
      <div class="form-actions">
        <button
          type="button"
          class="button button--danger"
          data-testid="share-revoke-confirm"
          disabled={isBusy}
          onClick={onConfirm}
        >
          {isBusy ? i18n.t('sharing.revoke.revoking') : i18n.t('sharing.revoke.confirmButton')}
        </button>
        <button
          ref={keep}
          type="button"
          class="button button--quiet"
          data-testid="share-revoke-cancel"
          onClick={onCancel}
        >
          {i18n.t('sharing.revoke.cancel')}
        </button>
      </div>
    </fieldset>
  );
}
