import { i18n } from '#i18n';
import { TextField } from '../common/TextField';
import { useConnectForm, type WayInProps } from './use-connect-form';
import { WayInForm } from './WayInForm';

/** Third way in: a member token you already have (e.g. from another browser); /v1/me says whose it is. */
export function TokenForm(props: WayInProps) {
  const form = useConnectForm({
    ...props,
    message: 'workspace.connectWithToken',
    fieldIds: { token: 'access-token' },
    clearOnConnect: ['token'],
  });
  return (
    <WayInForm name="token" action="connect-token" class="card way-in" form={form}>
      <TextField
        {...form.bindField('token')}
        label={i18n.t('options.accessToken')}
        type="password"
        autoComplete="off"
      />
    </WayInForm>
  );
}
