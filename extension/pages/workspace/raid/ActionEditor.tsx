import { i18n } from '#i18n';
import type { RecordLink } from '../../../../shared/analytics/raid/raid-links';
import { isActionOverdue } from '../../../../shared/analytics/raid/raid-overdue';
import type { PersonRef } from '../../../../shared/schemas/common';
import type { Action } from '../../../../shared/schemas/raid';
import { formatFieldValue } from '../format';
import { CheckboxField, DateField, OwnerField, ReadOnlyFields, TextInputField, TitleField } from './EditorFields';
import { EditorFrame } from './EditorFrame';
import { LinkPicker } from './LinkPicker';
import { SourceDetails } from './RelatedSections';
import { LinkedRecordLabel, OverdueBadge } from './raid-bits';
import { useRaid } from './raid-context';
import { describeActionState, describeLinkedRecord, describeLinkKind } from './raid-labels';
import { useRaidEditor } from './use-raid-editor';
import { useRequiredTitle } from './use-required-title';

const actionFields = ['title', 'owner', 'dueDate', 'done', 'link', 'ref'] as const;
type ActionField = (typeof actionFields)[number];

const labelOfActionField = (field: string) =>
  (actionFields as readonly string[]).includes(field)
    ? i18n.t(`workspaceRaid.fields.${field as ActionField}` as const)
    : field;

interface ActionEditorProps {
  action?: Action;
  /** For a new action: the record it is made from (an issue, a risk, a decision). */
  presetLink?: RecordLink;
  onCreated(id: string, name: string): void;
}

/** An action's title, owner, due date, done and link; or a new action, pre-linked to where it was asked for. */
export function ActionEditor({ action, presetLink, onCreated }: ActionEditorProps) {
  const { view, resolveLink } = useRaid();
  const { form, canWrite, frame } = useRaidEditor('action', action, {
    fields: actionFields,
    lineFields: ['title', 'ref'],
    defaults: { done: false, link: presetLink },
  });
  const title = useRequiredTitle(form, 'action-title', i18n.t('workspaceRaid.editor.titleRequired'));
  const values = form.values as Partial<Action>;
  const field = <F extends ActionField>(name: F) => ({
    id: `action-${name}`,
    label: labelOfActionField(name),
    value: values[name] as Action[F],
    onValue: (value: Action[F] | undefined) => form.set(name, value),
  });

  const displayOf = (name: string, value: unknown) => {
    if (name === 'done') return describeActionState(Boolean(value));
    if (name === 'link' && value) {
      const link = value as RecordLink;
      const linked = resolveLink(link);
      return `${describeLinkKind(link.entity)} ${linked ? describeLinkedRecord(linked, view.template) : i18n.t('workspaceRaid.linkGone')}`;
    }
    return value;
  };
  const isOverdue = action ? isActionOverdue(action, view.today) : false;

  return (
    <EditorFrame
      {...frame}
      kindLabel={i18n.t('workspaceRaid.editor.action')}
      heading={action ? action.title : i18n.t('workspaceRaid.editor.newAction')}
      labelOf={labelOfActionField}
      displayOf={displayOf}
      validate={title.check}
      onCreated={onCreated}
      intro={
        <>
          {action && isOverdue ? (
            <p class="raid-origin">
              <OverdueBadge dueDate={action.dueDate} today={view.today} />
            </p>
          ) : null}
          {action?.link ? (
            <p class="raid-origin" data-testid="action-link">
              <span class="field-label">{labelOfActionField('link')}</span> <LinkedRecordLabel link={action.link} />
            </p>
          ) : null}
        </>
      }
      related={<SourceDetails source={action?.source} />}
    >
      {canWrite ? (
        <>
          <TitleField {...field('title')} title={title} />
          <OwnerField
            {...field('owner')}
            value={values.owner as PersonRef | undefined}
            persons={view.persons}
            original={action?.owner}
          />
          <DateField {...field('dueDate')} />
          <div class="raid-form__wide">
            <LinkPicker
              id="action-link-picker"
              label={labelOfActionField('link')}
              value={values.link}
              emptyLabel={i18n.t('workspaceRaid.linkNone')}
              onValue={(link) => form.set('link', link)}
            />
          </div>
          <TextInputField {...field('ref')} maxLength={50} />
          <CheckboxField {...field('done')} value={Boolean(values.done)} />
        </>
      ) : action ? (
        <ReadOnlyFields
          rows={[
            { label: labelOfActionField('owner'), value: formatFieldValue(action.owner) },
            { label: labelOfActionField('dueDate'), value: formatFieldValue(action.dueDate) },
            { label: labelOfActionField('done'), value: describeActionState(action.done) },
            { label: labelOfActionField('ref'), value: formatFieldValue(action.ref) },
          ]}
        />
      ) : null}
    </EditorFrame>
  );
}
