import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import type { MemberSummary } from '../../../../shared/api/schemas';
import { listInvitableRoles } from '../../../../shared/directory/member-rules';
import type { Role } from '../../../../shared/schemas/common';
import type { ConnectionRow } from '../../../db/database';
import { formatJoinHash, optionsPagePath } from '../../../messaging/join-link';
import type { CreatedInvite } from '../../../messaging/member-messages';
import { useBackgroundClient } from '../../../ui/background-client';
import { CopyButton } from './CopyButton';
import { describeRole, formatDateTime } from './member-labels';

/** How long a code stays valid, in hours: one day to a month (shared/api/schemas.ts allows 1–720). */
const expiryChoices = [24, 72, 168, 720] as const;

interface InvitePanelProps {
  connection: ConnectionRow;
  actor: MemberSummary;
  onCreated(): void;
}

interface Invited extends CreatedInvite {
  name: string;
  email: string;
  role: Role;
}

/**
 * Invites a colleague by name, email and role; only the roles this member may give are offered
 * (a PMO never makes an owner). The code is shown once, with exactly what the colleague needs.
 */
export function InvitePanel({ connection, actor, onCreated }: InvitePanelProps) {
  const client = useBackgroundClient();
  const roles = listInvitableRoles(actor.role);
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>(roles.includes('pm') ? 'pm' : (roles[0] ?? 'viewer'));
  const [expiresInHours, setExpiresInHours] = useState<number>(72);
  const [error, setError] = useState<{ field?: string; message: string }>();
  const [isBusy, setIsBusy] = useState(false);
  const [invited, setInvited] = useState<Invited>();

  async function submit(event: Event) {
    event.preventDefault();
    if (!name.trim()) {
      setError({ field: 'name', message: i18n.t('adminMembers.errors.nameMissing') });
      return;
    }
    setIsBusy(true);
    const created = await client.send('members.invite', {
      workspaceId: connection.workspaceId,
      name,
      email,
      role,
      expiresInHours,
    });
    setIsBusy(false);
    if (!created.ok) {
      setError({ field: created.error.field, message: created.error.message });
      return;
    }
    setError(undefined);
    setInvited({ ...created.value, name: name.trim(), email: email.trim(), role });
    setName('');
    setEmail('');
    onCreated();
  }

  const invalid = (field: string) => error?.field === field;
  return (
    <section class="card members__invite" aria-labelledby="members-invite-title">
      <h3 id="members-invite-title">{i18n.t('adminMembers.invite.title')}</h3>
      {invited && <InviteCode invited={invited} connection={connection} onDone={() => setInvited(undefined)} />}
      <form class="members__invite-form" onSubmit={(event) => void submit(event)} noValidate data-testid="invite-form">
        <div class={`field${invalid('name') ? ' field--invalid' : ''}`}>
          <label for="invite-name">{i18n.t('adminMembers.invite.name')}</label>
          <input
            id="invite-name"
            data-testid="invite-name"
            value={name}
            autoComplete="off"
            maxLength={200}
            aria-invalid={invalid('name') || undefined}
            aria-describedby={invalid('name') ? 'invite-error' : undefined}
            onInput={(event) => setName(event.currentTarget.value)}
          />
        </div>
        <div class={`field${invalid('email') ? ' field--invalid' : ''}`}>
          <label for="invite-email">{i18n.t('adminMembers.invite.email')}</label>
          <input
            id="invite-email"
            data-testid="invite-email"
            type="email"
            value={email}
            autoComplete="off"
            maxLength={320}
            aria-invalid={invalid('email') || undefined}
            aria-describedby={invalid('email') ? 'invite-error invite-email-hint' : 'invite-email-hint'}
            onInput={(event) => setEmail(event.currentTarget.value)}
          />
          <span id="invite-email-hint" class="field-hint">
            {i18n.t('adminMembers.invite.emailHint')}
          </span>
        </div>
        <div class="field">
          <label for="invite-role">{i18n.t('adminMembers.invite.role')}</label>
          <select
            id="invite-role"
            data-testid="invite-role"
            value={role}
            onChange={(event) => setRole(event.currentTarget.value as Role)}
          >
            {roles.map((option) => (
              <option key={option} value={option}>
                {describeRole(option)}
              </option>
            ))}
          </select>
          {actor.role !== 'owner' && <span class="field-hint">{i18n.t('adminMembers.invite.noOwnerHint')}</span>}
        </div>
        <div class="field">
          <label for="invite-expiry">{i18n.t('adminMembers.invite.expiry')}</label>
          <select
            id="invite-expiry"
            data-testid="invite-expiry"
            value={String(expiresInHours)}
            onChange={(event) => setExpiresInHours(Number(event.currentTarget.value))}
          >
            {expiryChoices.map((hours) => (
              <option key={hours} value={String(hours)}>
                {i18n.t('adminMembers.invite.days', hours / 24)}
              </option>
            ))}
          </select>
        </div>
        <div class="form-actions members__invite-actions">
          <button type="submit" class="button button--primary" data-testid="invite-submit" disabled={isBusy}>
            {isBusy ? i18n.t('adminMembers.invite.creating') : i18n.t('adminMembers.invite.create')}
          </button>
        </div>
        {error && (
          <p id="invite-error" class="form-error" role="alert" data-testid="invite-error">
            {error.message}
          </p>
        )}
      </form>
    </section>
  );
}

interface InviteCodeProps {
  invited: Invited;
  connection: ConnectionRow;
  onDone(): void;
}

/** The one-time code and the message to send: the server address, the code, where to paste them. */
function InviteCode({ invited, connection, onDone }: InviteCodeProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const expires = formatDateTime(invited.expiresAt);
  // Pasted in the address bar of a browser with Interim PMO installed, it opens the options page
  // with the server and the code filled in (extension/messaging/join-link.ts).
  const joinLink = `${browser.runtime.getURL(optionsPagePath)}${formatJoinHash({ serverUrl: connection.serverUrl, code: invited.code })}`;
  const message = i18n.t('adminMembers.code.message', [
    invited.name,
    connection.workspaceName,
    describeRole(invited.role),
    connection.serverUrl,
    invited.code,
    expires,
  ]);
  return (
    <div class="members__code" data-testid="invite-created">
      <h4 ref={heading} tabIndex={-1}>
        {i18n.t('adminMembers.code.title', [invited.name])}
      </h4>
      <p class="field-hint">{i18n.t('adminMembers.code.once', [expires])}</p>
      <dl class="members__code-facts">
        <dt>{i18n.t('adminMembers.code.code')}</dt>
        <dd>
          <code class="members__code-value" data-testid="invite-code">
            {invited.code}
          </code>
          <CopyButton text={invited.code} label={i18n.t('adminMembers.code.copyCode')} testId="copy-code" />
        </dd>
        <dt>{i18n.t('adminMembers.code.server')}</dt>
        <dd>
          <code data-testid="invite-server">{connection.serverUrl}</code>
        </dd>
        <dt>{i18n.t('adminMembers.code.link')}</dt>
        <dd>
          <code class="members__code-link" data-testid="invite-link">
            {joinLink}
          </code>
          <CopyButton text={joinLink} label={i18n.t('adminMembers.code.copyLink')} testId="copy-link" />
          <p class="field-hint">{i18n.t('adminMembers.code.linkHint')}</p>
        </dd>
      </dl>
      <p class="members__code-steps-title">{i18n.t('adminMembers.code.stepsTitle')}</p>
      <ol class="members__code-steps">
        <li>{i18n.t('adminMembers.code.step1')}</li>
        <li>{i18n.t('adminMembers.code.step2', [connection.serverUrl])}</li>
        <li>{i18n.t('adminMembers.code.step3')}</li>
        <li>
          {invited.email ? i18n.t('adminMembers.code.step4Email', [invited.email]) : i18n.t('adminMembers.code.step4')}
        </li>
      </ol>
      <div class="form-actions">
        <CopyButton text={message} label={i18n.t('adminMembers.code.copyMessage')} testId="copy-message" isPrimary />
        <button type="button" class="button button--quiet" data-testid="invite-done" onClick={onDone}>
          {i18n.t('adminMembers.code.done')}
        </button>
      </div>
    </div>
  );
}
