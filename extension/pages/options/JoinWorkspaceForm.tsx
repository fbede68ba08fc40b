import { i18n } from '#i18n';
import { TextField } from '../common/TextField';
import { useConnectForm, type WayInProps } from './use-connect-form';
import { WayInForm } from './WayInForm';

const fieldIds = { code: 'invite-code', name: 'join-name', email: 'join-email' };

/** Second way in: an invite code from an owner or PMO; the invite sets your role. */
export function JoinWorkspaceForm({ initialCode, ...props }: WayInProps & { initialCode?: string }) {
  const form = useConnectForm({
    ...props,
    message: 'workspace.join',
    fieldIds,
    clearOnConnect: ['code'],
    initialValues: initialCode ? { code: initialCode } : undefined,
  });
  return (
    <WayInForm name="join" action="join-workspace" class="card way-in" form={form}>
      <TextField {...form.bindField('code')} label={i18n.t('options.inviteCode')} autoComplete="off" />
      <TextField {...form.bindField('name')} label={i18n.t('options.yourName')} autoComplete="name" />
      <TextField {...form.bindField('email')} label={i18n.t('options.yourEmail')} type="email" autoComplete="email" />
    </WayInForm>
  );
}
