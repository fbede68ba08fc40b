import { useEffect, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { copyTemplate } from '../../../../shared/methodology/template-edits';
import type { Template } from '../../../../shared/schemas/methodology';
import { FormError } from '../../common/FormError';
import { SubmitOrCancel } from '../../common/SubmitOrCancel';
import { FormDialog } from '../../workspace/common/FormDialog';
import { useSubmitEdit } from '../../workspace/use-mutate';
import { newPhase } from './template-draft';

interface NewTemplateDialogProps {
  workspaceId: string;
  /** Templates to copy from, the built-in one first. */
  templates: readonly Template[];
  onClose(): void;
  onCreated(id: string): void;
}

const blank = 'blank';

/** Creates a template from scratch (one phase to fill in) or as a copy of another (fresh ids, version 1). */
export function NewTemplateDialog({ workspaceId, templates, onClose, onCreated }: NewTemplateDialogProps) {
  const { isBusy, error, send } = useSubmitEdit(workspaceId);
  const [name, setName] = useState('');
  const [source, setSource] = useState(templates[0]?.id ?? blank);
  const [nameError, setNameError] = useState<string>();

  useEffect(() => {
    document.getElementById('method-new-name')?.focus();
  }, []);

  async function submit(event: Event) {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) {
      setNameError(i18n.t('adminMethod.problem.templateName'));
      document.getElementById('method-new-name')?.focus();
      return;
    }
    const from = templates.find((template) => template.id === source);
    const fields = from
      ? copyTemplate(from, trimmed, () => crypto.randomUUID())
      : {
          name: trimmed,
          kind: 'stage_gate' as const,
          templateVersion: 1,
          phases: [newPhase(i18n.t('adminMethod.firstPhase'))],
        };
    const id = crypto.randomUUID();
    if (await send('template.create', { ...fields, id } as never)) onCreated(id);
  }

  return (
    <FormDialog
      titleId="method-new-title"
      title={i18n.t('adminMethod.new.title')}
      titleClass="card__title"
      className="dialog method-dialog"
      testId="method-new-dialog"
      onSubmit={submit}
      onClose={onClose}
    >
      <div class={nameError ? 'field field--invalid' : 'field'}>
        <label for="method-new-name">{i18n.t('adminMethod.field.name')}</label>
        <input
          id="method-new-name"
          data-testid="method-new-name"
          value={name}
          maxLength={200}
          aria-invalid={nameError ? 'true' : undefined}
          aria-describedby={nameError ? 'method-new-name-error' : undefined}
          onInput={(event) => {
            setName(event.currentTarget.value);
            setNameError(undefined);
          }}
        />
        {nameError ? (
          <p id="method-new-name-error" class="field-error" role="alert">
            {nameError}
          </p>
        ) : null}
      </div>
      <div class="field">
        <label for="method-new-source">{i18n.t('adminMethod.new.source')}</label>
        <select
          id="method-new-source"
          data-testid="method-new-source"
          value={source}
          onChange={(event) => setSource(event.currentTarget.value)}
        >
          {templates.map((template) => (
            <option key={template.id} value={template.id}>
              {i18n.t('adminMethod.new.copyOf', [template.name])}
            </option>
          ))}
          <option value={blank}>{i18n.t('adminMethod.new.blank')}</option>
        </select>
      </div>
      <FormError id="method-new-error" message={error} />
      <SubmitOrCancel
        className="method-dialog__actions"
        submitLabel={isBusy ? i18n.t('adminMethod.saving') : i18n.t('adminMethod.new.create')}
        submitTestId="method-new-create"
        isBusy={isBusy}
        cancelLabel={i18n.t('adminMethod.cancel')}
        onCancel={onClose}
      />
    </FormDialog>
  );
}
