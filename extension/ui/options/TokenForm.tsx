import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { checkTokenForm } from '../../workspaces/validate-workspace-forms';
import { useBackgroundClient } from '../background-client';
import { FormError } from '../common/FormError';
import { TextField } from '../common/TextField';
import { ConnectedNotice } from './ConnectedNotice';
import { type ServerUrlReporter, useConnectForm } from './use-connect-form';

const fieldIds = { token: 'access-token' };

interface TokenFormProps {
  serverUrl: string;
  reportServerUrlError: ServerUrlReporter;
}

/** Third way in: a member token you already have (e.g. from another browser); /v1/me says whose it is. */
export function TokenForm({ serverUrl, reportServerUrlError }: TokenFormProps) {
  const client = useBackgroundClient();
  const form = useConnectForm(fieldIds, reportServerUrlError);
  const [token, setToken] = useState('');

  async function connectWithToken(event: Event) {
    event.preventDefault();
    const input = { serverUrl, token };
    const isConnected = await form.submit(checkTokenForm(input), () =>
      client.send('workspace.connectWithToken', input),
    );
    if (isConnected) setToken('');
  }

  return (
    <form class="card way-in" onSubmit={connectWithToken} noValidate aria-labelledby="token-title">
      <h3 id="token-title" class="card__title">
        {i18n.t('options.tokenTitle')}
      </h3>
      <p class="card__intro">{i18n.t('options.tokenIntro')}</p>
      <TextField
        id="access-token"
        label={i18n.t('options.accessToken')}
        value={token}
        type="password"
        autoComplete="off"
        error={form.fieldErrors.token || undefined}
        onValue={(value) => {
          setToken(value);
          form.clearFieldError('token');
        }}
      />
      <div class="form-actions">
        <button type="submit" class="button button--primary" data-testid="connect-token" disabled={form.isBusy}>
          {form.isBusy ? i18n.t('options.working') : i18n.t('options.tokenButton')}
        </button>
      </div>
      <FormError id="connect-token-error" message={form.formError} />
      <ConnectedNotice id="connect-token-success" connected={form.connected} />
    </form>
  );
}
