import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { checkCreateWorkspaceForm } from '../../workspaces/validate-workspace-forms';
import { useBackgroundClient } from '../background-client';
import { FormError } from '../common/FormError';
import { TextField } from '../common/TextField';
import { ConnectedNotice } from './ConnectedNotice';
import { type ServerUrlReporter, useConnectForm } from './use-connect-form';

const fieldIds = {
  bootstrapSecret: 'bootstrap-secret',
  workspaceName: 'workspace-name',
  ownerName: 'owner-name',
  ownerEmail: 'owner-email',
};

interface CreateWorkspaceFormProps {
  serverUrl: string;
  reportServerUrlError: ServerUrlReporter;
}

/**
 * For whoever set up the server: create a workspace with the server's setup key (its
 * BOOTSTRAP_SECRET, see README "Load the extension"); you become its owner. Folded away in OptionsApp.
 */
export function CreateWorkspaceForm({ serverUrl, reportServerUrlError }: CreateWorkspaceFormProps) {
  const client = useBackgroundClient();
  const form = useConnectForm(fieldIds, reportServerUrlError);
  const [bootstrapSecret, setBootstrapSecret] = useState('');
  const [workspaceName, setWorkspaceName] = useState('');
  const [ownerName, setOwnerName] = useState('');
  const [ownerEmail, setOwnerEmail] = useState('');

  async function createWorkspace(event: Event) {
    event.preventDefault();
    const input = { serverUrl, bootstrapSecret, workspaceName, ownerName, ownerEmail };
    const isConnected = await form.submit(checkCreateWorkspaceForm(input), () =>
      client.send('workspace.create', input),
    );
    if (isConnected) {
      setBootstrapSecret('');
      setWorkspaceName('');
    }
  }

  return (
    <form class="way-in admin-setup__form" onSubmit={createWorkspace} noValidate aria-labelledby="create-title">
      <h3 id="create-title" class="card__title">
        {i18n.t('options.createTitle')}
      </h3>
      <p class="card__intro">{i18n.t('options.createIntro')}</p>
      <TextField
        {...form.bindField('bootstrapSecret', setBootstrapSecret)}
        label={i18n.t('options.bootstrapSecret')}
        value={bootstrapSecret}
        type="password"
        autoComplete="off"
        hint={i18n.t('options.bootstrapSecretHint')}
      />
      <TextField
        {...form.bindField('workspaceName', setWorkspaceName)}
        label={i18n.t('options.workspaceName')}
        value={workspaceName}
        placeholder={i18n.t('options.workspaceNamePlaceholder')}
        autoComplete="organization"
      />
      <TextField
        {...form.bindField('ownerName', setOwnerName)}
        label={i18n.t('options.yourName')}
        value={ownerName}
        autoComplete="name"
      />
      <TextField
        {...form.bindField('ownerEmail', setOwnerEmail)}
        label={i18n.t('options.yourEmail')}
        value={ownerEmail}
        type="email"
        autoComplete="email"
      />
      <div class="form-actions">
        <button type="submit" class="button button--primary" data-testid="create-workspace" disabled={form.isBusy}>
          {form.isBusy ? i18n.t('options.working') : i18n.t('options.createButton')}
        </button>
      </div>
      <FormError id="create-workspace-error" message={form.formError} />
      <ConnectedNotice id="create-workspace-success" connected={form.connected} />
    </form>
  );
}
