import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { checkJoinForm } from '../../workspaces/validate-workspace-forms';
import { useBackgroundClient } from '../background-client';
import { FormError } from '../common/FormError';
import { TextField } from '../common/TextField';
import { ConnectedNotice } from './ConnectedNotice';
import { type ServerUrlReporter, useConnectForm } from './use-connect-form';

const fieldIds = { code: 'invite-code', name: 'join-name', email: 'join-email' };

interface JoinWorkspaceFormProps {
  serverUrl: string;
  reportServerUrlError: ServerUrlReporter;
}

/** Second way in: an invite code from an owner or PMO; the invite sets your role. */
export function JoinWorkspaceForm({ serverUrl, reportServerUrlError }: JoinWorkspaceFormProps) {
  const client = useBackgroundClient();
  const form = useConnectForm(fieldIds, reportServerUrlError);
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');

  async function joinWorkspace(event: Event) {
    event.preventDefault();
    const input = { serverUrl, code, name, email };
    const isConnected = await form.submit(checkJoinForm(input), () => client.send('workspace.join', input));
    if (isConnected) setCode('');
  }

  return (
    <form class="card way-in" onSubmit={joinWorkspace} noValidate aria-labelledby="join-title">
      <h3 id="join-title" class="card__title">
        {i18n.t('options.joinTitle')}
      </h3>
      <p class="card__intro">{i18n.t('options.joinIntro')}</p>
      <TextField
        {...form.bindField('code', setCode)}
        label={i18n.t('options.inviteCode')}
        value={code}
        autoComplete="off"
      />
      <TextField
        {...form.bindField('name', setName)}
        label={i18n.t('options.yourName')}
        value={name}
        autoComplete="name"
      />
      <TextField
        {...form.bindField('email', setEmail)}
        label={i18n.t('options.yourEmail')}
        value={email}
        type="email"
        autoComplete="email"
      />
      <div class="form-actions">
        <button type="submit" class="button button--primary" data-testid="join-workspace" disabled={form.isBusy}>
          {form.isBusy ? i18n.t('options.working') : i18n.t('options.joinButton')}
        </button>
      </div>
      <FormError id="join-workspace-error" message={form.formError} />
      <ConnectedNotice id="join-workspace-success" connected={form.connected} />
    </form>
  );
}
