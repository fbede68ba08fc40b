import { i18n } from '#i18n';
import type { PersonRef } from '../../../../shared/schemas/common';
import type { Issue } from '../../../../shared/schemas/raid';
import { formatFieldValue } from '../format';
import {
  DateField,
  OwnerField,
  ReadOnlyFields,
  SelectField,
  TextAreaField,
  TextInputField,
  TitleField,
} from './EditorFields';
import { EditorFrame } from './EditorFrame';
import { FromRisk } from './IssueList';
import { RelatedActions, RelatedDecisions, SourceDetails } from './RelatedSections';
import { useRaid } from './raid-context';
import {
  describeEscalation,
  describeIssueStatus,
  describeIssueType,
  describePriority,
  describeSeverity,
  escalationLevels,
  issueStatuses,
  issueTypes,
  priorities,
  severities,
} from './raid-labels';
import { useRaidEditor } from './use-raid-editor';
import { useRequiredTitle } from './use-required-title';

const issueFields = [
  'title',
  'ref',
  'type',
  'priority',
  'severity',
  'status',
  'owner',
  'raisedOn',
  'dueDate',
  'escalationLevel',
  'description',
  'resolution',
] as const;
type IssueField = (typeof issueFields)[number];

const labelOfIssueField = (field: string) =>
  (issueFields as readonly string[]).includes(field)
    ? i18n.t(`workspaceRaid.fields.${field as IssueField}` as const)
    : field;

/** A field's value in words: an enum by its name, an owner by name, a day as a date. */
function displayIssueValue(field: string, value: unknown): unknown {
  if (value === undefined) return value;
  switch (field) {
    case 'type':
      return describeIssueType(value as Issue['type']);
    case 'priority':
      return describePriority(value as Issue['priority']);
    case 'status':
      return describeIssueStatus(value as Issue['status']);
    case 'escalationLevel':
      return describeEscalation(value as Issue['escalationLevel']);
    case 'severity':
      return describeSeverity(value as number);
    default:
      return value;
  }
}

/** Every field of an issue (PRINCE2's issue register), its risk, its actions and decisions; or a new issue. */
export function IssueEditor({ issue, onCreated }: { issue?: Issue; onCreated(id: string, name: string): void }) {
  const { view } = useRaid();
  const { form, canWrite, frame } = useRaidEditor('issue', issue, {
    fields: issueFields,
    lineFields: ['title', 'ref'],
    defaults: {
      type: 'problem',
      priority: 'medium',
      severity: 3,
      status: 'open',
      escalationLevel: 'project',
      raisedOn: view.today,
    },
  });
  const title = useRequiredTitle(form, 'issue-title', i18n.t('workspaceRaid.editor.titleRequired'));
  const values = form.values as Partial<Issue>;
  const field = <F extends IssueField>(name: F) => ({
    id: `issue-${name}`,
    label: labelOfIssueField(name),
    value: values[name] as Issue[F],
    onValue: (value: Issue[F] | undefined) => form.set(name, value),
  });

  const target = issue ? { entity: 'issue', id: issue.id } : undefined;
  return (
    <EditorFrame
      {...frame}
      kindLabel={i18n.t('workspaceRaid.editor.issue')}
      heading={issue ? issue.title : i18n.t('workspaceRaid.editor.newIssue')}
      labelOf={labelOfIssueField}
      displayOf={displayIssueValue}
      validate={title.check}
      onCreated={onCreated}
      intro={
        issue?.riskId ? (
          <p class="raid-origin" data-testid="issue-from-risk">
            <FromRisk riskId={issue.riskId} />
          </p>
        ) : null
      }
      related={
        <>
          {target ? <RelatedActions target={target} /> : null}
          {target ? <RelatedDecisions target={target} /> : null}
          <SourceDetails source={issue?.source} />
        </>
      }
    >
      {canWrite ? (
        <>
          <TitleField {...field('title')} title={title} />
          <SelectField<Issue['type']> {...field('type')} options={issueTypes} describe={describeIssueType} />
          <SelectField<Issue['status']> {...field('status')} options={issueStatuses} describe={describeIssueStatus} />
          <SelectField<Issue['priority']> {...field('priority')} options={priorities} describe={describePriority} />
          <SelectField<number> {...field('severity')} options={severities} describe={describeSeverity} />
          <OwnerField
            {...field('owner')}
            value={values.owner as PersonRef | undefined}
            persons={view.persons}
            original={issue?.owner}
          />
          <SelectField<Issue['escalationLevel']>
            {...field('escalationLevel')}
            options={escalationLevels}
            describe={describeEscalation}
          />
          <DateField {...field('raisedOn')} />
          <DateField {...field('dueDate')} />
          <TextInputField {...field('ref')} maxLength={50} />
          <TextAreaField {...field('description')} className="raid-form__wide" rows={4} maxLength={5000} />
          <TextAreaField {...field('resolution')} className="raid-form__wide" rows={3} maxLength={5000} />
        </>
      ) : issue ? (
        <ReadOnlyFields
          rows={[
            ...(
              [
                'type',
                'status',
                'priority',
                'severity',
                'owner',
                'escalationLevel',
                'raisedOn',
                'dueDate',
                'ref',
              ] as const
            ).map((name) => ({
              label: labelOfIssueField(name),
              value: formatFieldValue(displayIssueValue(name, issue[name])),
            })),
            ...(['description', 'resolution'] as const).map((name) => ({
              label: labelOfIssueField(name),
              value: formatFieldValue(issue[name]),
              isMultiline: true,
            })),
          ]}
        />
      ) : null}
    </EditorFrame>
  );
}
