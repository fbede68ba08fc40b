import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { RecordLink } from '../../../../shared/analytics/raid/raid-links';
import type { Decision } from '../../../../shared/schemas/raid';
import { formatFieldValue } from '../format';
import { DateField, personsListId, ReadOnlyFields, TextAreaField, TextInputField } from './EditorFields';
import { EditorFrame } from './EditorFrame';
import { LinkPicker } from './LinkPicker';
import { RelatedActions, SourceDetails } from './RelatedSections';
import { LinkedRecordLabel } from './raid-bits';
import { useRaid } from './raid-context';
import { describeLinkedRecord, describeLinkKind } from './raid-labels';
import { useRaidEditor } from './use-raid-editor';

const decisionFields = ['statement', 'decidedOn', 'decidedBy', 'rationale', 'links', 'ref'] as const;
type DecisionField = (typeof decisionFields)[number];

const labelOfDecisionField = (field: string) =>
  (decisionFields as readonly string[]).includes(field)
    ? i18n.t(`workspaceRaid.fields.${field as DecisionField}` as const)
    : field;

/** The decision's statement, date, who took it and why, what it concerns; or a new decision. */
export function DecisionEditor({
  decision,
  onCreated,
}: {
  decision?: Decision;
  onCreated(id: string, name: string): void;
}) {
  const { view, resolveLink } = useRaid();
  const { form, canWrite, frame } = useRaidEditor('decision', decision, {
    fields: decisionFields,
    lineFields: ['statement', 'decidedBy', 'ref'],
    defaults: { decidedOn: view.today, decidedBy: view.member.name, links: [] },
  });
  const [errors, setErrors] = useState<Partial<Record<DecisionField, string>>>({});
  const values = form.values as Partial<Decision>;
  const links = (values.links ?? []) as RecordLink[];
  const field = <F extends DecisionField>(name: F) => ({
    id: `decision-${name}`,
    label: labelOfDecisionField(name),
    value: values[name] as Decision[F],
    error: errors[name],
    onValue: (value: Decision[F] | undefined) => {
      form.set(name, value);
      setErrors((previous) => ({ ...previous, [name]: undefined }));
    },
  });
  const nameOf = (link: RecordLink) => {
    const linked = resolveLink(link);
    return linked ? describeLinkedRecord(linked, view.template) : i18n.t('workspaceRaid.linkGone');
  };

  function validate(): boolean {
    const found: Partial<Record<DecisionField, string>> = {
      statement:
        form.cleanValueOf('statement') === undefined ? i18n.t('workspaceRaid.editor.statementRequired') : undefined,
      decidedOn:
        form.cleanValueOf('decidedOn') === undefined ? i18n.t('workspaceRaid.editor.decidedOnRequired') : undefined,
      decidedBy:
        form.cleanValueOf('decidedBy') === undefined ? i18n.t('workspaceRaid.editor.decidedByRequired') : undefined,
    };
    setErrors(found);
    const first = decisionFields.find((name) => found[name]);
    if (first) document.getElementById(`decision-${first}`)?.focus();
    return first === undefined;
  }

  /** A field's value in words, for the conflict choice: links by the records' names. */
  const displayOf = (name: string, value: unknown) =>
    name === 'links' && Array.isArray(value) ? (value as RecordLink[]).map(nameOf) : value;

  const target = decision ? { entity: 'decision', id: decision.id } : undefined;
  return (
    <EditorFrame
      {...frame}
      kindLabel={i18n.t('workspaceRaid.editor.decision')}
      heading={decision ? decision.statement : i18n.t('workspaceRaid.editor.newDecision')}
      labelOf={labelOfDecisionField}
      displayOf={displayOf}
      validate={validate}
      onCreated={onCreated}
      related={
        <>
          {target ? <RelatedActions target={target} /> : null}
          <SourceDetails source={decision?.source} />
        </>
      }
    >
      {canWrite ? (
        <>
          <TextAreaField {...field('statement')} className="raid-form__wide" rows={3} maxLength={1000} isRequired />
          <DateField {...field('decidedOn')} isRequired />
          <TextInputField {...field('decidedBy')} maxLength={200} list={personsListId} isRequired />
          <TextAreaField {...field('rationale')} className="raid-form__wide" rows={3} maxLength={5000} />
          <TextInputField {...field('ref')} maxLength={50} />
          <fieldset class="raid-form__wide raid-links">
            <legend>{labelOfDecisionField('links')}</legend>
            {links.length === 0 ? (
              <p class="muted">{i18n.t('workspaceRaid.editor.noLinks')}</p>
            ) : (
              <ul class="raid-links__list" data-testid="decision-links">
                {links.map((link) => (
                  <li key={`${link.entity}:${link.id}`}>
                    <LinkedRecordLabel link={link} />
                    <button
                      type="button"
                      class="button button--quiet"
                      aria-label={i18n.t('workspaceRaid.editor.removeLink', [
                        `${describeLinkKind(link.entity)} ${nameOf(link)}`,
                      ])}
                      onClick={() =>
                        form.set(
                          'links',
                          links.filter((other) => other !== link),
                        )
                      }
                    >
                      ×
                    </button>
                  </li>
                ))}
              </ul>
            )}
            {links.length < 50 ? (
              <LinkPicker
                id="decision-add-link"
                label={i18n.t('workspaceRaid.editor.addLink')}
                value={undefined}
                emptyLabel="—"
                hasActions
                exclude={links}
                onValue={(link) => {
                  if (link) form.set('links', [...links, link]);
                }}
              />
            ) : null}
          </fieldset>
        </>
      ) : decision ? (
        <>
          <ReadOnlyFields
            rows={[
              { label: labelOfDecisionField('decidedOn'), value: formatFieldValue(decision.decidedOn) },
              { label: labelOfDecisionField('decidedBy'), value: decision.decidedBy },
              { label: labelOfDecisionField('ref'), value: formatFieldValue(decision.ref) },
              {
                label: labelOfDecisionField('rationale'),
                value: formatFieldValue(decision.rationale),
                isMultiline: true,
              },
            ]}
          />
          <div class="raid-links">
            <p class="field-label">{labelOfDecisionField('links')}</p>
            {decision.links.length === 0 ? (
              <p class="muted">{i18n.t('workspaceRaid.editor.noLinks')}</p>
            ) : (
              <ul class="raid-links__list" data-testid="decision-links">
                {decision.links.map((link) => (
                  <li key={`${link.entity}:${link.id}`}>
                    <LinkedRecordLabel link={link} />
                  </li>
                ))}
              </ul>
            )}
          </div>
        </>
      ) : null}
    </EditorFrame>
  );
}
