import { i18n } from '#i18n';
import { TextField } from '../common/TextField';
import { useConnectForm, type WayInProps } from './use-connect-form';
import { WayInForm } from './WayInForm';

const fieldIds = {
  bootstrapSecret: 'bootstrap-secret',
  workspaceName: 'workspace-name',
  ownerName: 'owner-name',
  ownerEmail: 'owner-email',
};

/**
 * For whoever set up the server: create a workspace with the server's setup key (its
 * BOOTSTRAP_SECRET, see README "Load the extension"); you become its owner. Folded away in OptionsApp.
 */
export function CreateWorkspaceForm(props: WayInProps) {
  const form = useConnectForm({
    ...props,
    message: 'workspace.create',
    fieldIds,
    clearOnConnect: ['bootstrapSecret', 'workspaceName'],
  });
  return (
    <WayInForm name="create" action="create-workspace" class="way-in admin-setup__form" form={form}>
      <TextField
        {...form.bindField('bootstrapSecret')}
        label={i18n.t('options.bootstrapSecret')}
        type="password"
        autoComplete="off"
        hint={i18n.t('options.bootstrapSecretHint')}
      />
      <TextField
        {...form.bindField('workspaceName')}
        label={i18n.t('options.workspaceName')}
        placeholder={i18n.t('options.workspaceNamePlaceholder')}
        autoComplete="organization"
      />
      <TextField {...form.bindField('ownerName')} label={i18n.t('options.yourName')} autoComplete="name" />
      <TextField
        {...form.bindField('ownerEmail')}
        label={i18n.t('options.yourEmail')}
        type="email"
        autoComplete="email"
      />
    </WayInForm>
  );
}
