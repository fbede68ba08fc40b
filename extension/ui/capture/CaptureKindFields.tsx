import { i18n } from '#i18n';
import { CaptureField, CaptureSelect } from './CaptureField';
import { type CaptureFormValues, type CapturePerson, capturePriorities, fieldsOfKind } from './capture-form-values';

interface CaptureKindFieldsProps {
  /** The workspace's people, offered as owners. */
  people: readonly CapturePerson[];
  values: CaptureFormValues;
  set<K extends keyof CaptureFormValues>(key: K, value: CaptureFormValues[K]): void;
}

/** The kind's own fields after the title: owner (the workspace's people offered), an issue's priority, a risk's review date, an action's due date. */
export function CaptureKindFields({ people, values, set }: CaptureKindFieldsProps) {
  const shape = fieldsOfKind[values.kind];
  if (!shape.hasOwner && !shape.isRisk && !shape.hasDueDate && !shape.hasPriority) return null;
  return (
    <div class="capture-row">
      {shape.hasOwner ? (
        <CaptureField id="capture-owner" label={i18n.t('capture.owner')}>
          <input
            id="capture-owner"
            data-testid="capture-owner"
            list="capture-people"
            value={values.owner}
            maxLength={200}
            autoComplete="off"
            placeholder={i18n.t('capture.ownerPlaceholder')}
            onInput={(event) => set('owner', event.currentTarget.value)}
          />
          <datalist id="capture-people">
            {people.map((person) => (
              <option key={person.id} value={person.name} />
            ))}
          </datalist>
        </CaptureField>
      ) : null}
      {shape.hasPriority ? (
        <CaptureSelect
          id="capture-priority"
          label={i18n.t('capture.priority')}
          value={values.priority}
          options={capturePriorities}
          describe={(priority) => i18n.t(`capture.priorities.${priority}` as const)}
          onValue={(priority) => set('priority', priority)}
        />
      ) : null}
      {shape.isRisk ? (
        <DateField
          testId="capture-review-date"
          label={i18n.t('capture.reviewDate')}
          value={values.reviewDate}
          onValue={(value) => set('reviewDate', value)}
        />
      ) : null}
      {shape.hasDueDate ? (
        <DateField
          testId="capture-due-date"
          label={i18n.t('capture.dueDate')}
          value={values.dueDate}
          onValue={(value) => set('dueDate', value)}
        />
      ) : null}
    </div>
  );
}

interface DateFieldProps {
  testId: string;
  label: string;
  value: string;
  onValue(value: string): void;
}

function DateField({ testId, label, value, onValue }: DateFieldProps) {
  return (
    <CaptureField id={testId} label={label}>
      <input
        id={testId}
        data-testid={testId}
        type="date"
        value={value}
        onInput={(event) => onValue(event.currentTarget.value)}
      />
    </CaptureField>
  );
}
