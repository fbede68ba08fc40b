import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { useBackgroundClient } from '../../../ui/background-client';
import type { FormConflict, RecordForm } from '../common/use-record-form';
import { formatFieldValue } from '../format';
import { useMutate } from '../use-mutate';
import { type FieldConflict, keepMineUpdate } from './field-conflict';
import { type StoredConflict, useRecordConflicts } from './use-record-conflicts';

interface ConflictChoiceProps {
  conflict: FieldConflict;
  /** The field as the form labels it ("Probability"). */
  fieldLabel: string;
  /** A stored value in words ("In progress" for `in_progress`); formatFieldValue by default. */
  describeValue?(value: unknown): string;
  onKeepTheirs(): void;
  onUseMine(): void;
  isBusy?: boolean;
  error?: string;
}

/**
 * Someone else changed a field the user was editing: both values side by side and the choice,
 * never a silent overwrite. "Use mine" is offered only when the edit named a value.
 */
export function ConflictChoice({
  conflict,
  fieldLabel,
  describeValue = formatFieldValue,
  onKeepTheirs,
  onUseMine,
  isBusy,
  error,
}: ConflictChoiceProps) {
  return (
    <div class="conflict" role="alert" data-testid="edit-conflict" data-field={conflict.field}>
      <p class="conflict__title">{i18n.t('workspace.conflict.title', [fieldLabel])}</p>
      <dl class="conflict__values">
        <div>
          <dt>{i18n.t('workspace.conflict.theirs')}</dt>
          <dd data-testid="conflict-theirs">{describeValue(conflict.theirs)}</dd>
        </div>
        {conflict.hasYours ? (
          <div>
            <dt>{i18n.t('workspace.conflict.yours')}</dt>
            <dd data-testid="conflict-yours">{describeValue(conflict.yours)}</dd>
          </div>
        ) : null}
      </dl>
      <div class="conflict__actions">
        <button
          type="button"
          class="button"
          data-testid="conflict-keep-theirs"
          disabled={isBusy}
          onClick={onKeepTheirs}
        >
          {i18n.t('workspace.conflict.keepTheirs')}
        </button>
        {conflict.hasYours ? (
          <button
            type="button"
            class="button button--primary"
            data-testid="conflict-use-mine"
            disabled={isBusy}
            onClick={onUseMine}
          >
            {i18n.t('workspace.conflict.useMine')}
          </button>
        ) : null}
      </div>
      {error ? <p class="form-error">{error}</p> : null}
    </div>
  );
}

/** One conflict the server reported after the edit synced; settling it dismisses the report. */
function StoredConflictChoice({
  conflict,
  fieldLabel,
  describeValue,
}: {
  conflict: StoredConflict;
  fieldLabel: string;
  describeValue?(value: unknown): string;
}) {
  const client = useBackgroundClient();
  const mutate = useMutate(conflict.row.workspaceId);
  const [isBusy, setIsBusy] = useState(false);
  const [error, setError] = useState<string>();
  const { workspaceId, clientId, id } = conflict.row;
  const dismiss = () => client.send('mutationError.dismiss', { workspaceId, clientId, id });

  async function useMine() {
    setIsBusy(true);
    const outcome = await mutate(`${conflict.entity}.update` as never, keepMineUpdate(conflict) as never);
    setIsBusy(false);
    if (outcome.ok) await dismiss();
    else setError(outcome.message);
  }

  return (
    <ConflictChoice
      conflict={conflict}
      fieldLabel={fieldLabel}
      describeValue={describeValue}
      isBusy={isBusy}
      error={error}
      onKeepTheirs={() => void dismiss()}
      onUseMine={() => void useMine()}
    />
  );
}

/** The conflicts the server reported for one record, each with its choice. */
export function StoredConflicts({
  workspaceId,
  recordId,
  labelOf,
  describeValue,
}: {
  workspaceId: string;
  recordId: string;
  labelOf(field: string): string;
  /** A field's stored value in words; formatFieldValue when left out. */
  describeValue?(field: string, value: unknown): string;
}) {
  const conflicts = useRecordConflicts(workspaceId, recordId);
  if (conflicts.length === 0) return null;
  return (
    <div class="conflicts">
      {conflicts.map((conflict) => (
        <StoredConflictChoice
          key={`${conflict.row.clientId}:${conflict.row.id}`}
          conflict={conflict}
          fieldLabel={labelOf(conflict.field)}
          describeValue={describeValue ? (value) => describeValue(conflict.field, value) : undefined}
        />
      ))}
    </div>
  );
}

interface RecordFormConflictsProps {
  form: RecordForm;
  labelOf(field: string): string;
  /** A field's value in words, for both kinds of conflict. */
  describeValue(field: string, value: unknown): string;
  /** The server's reports are settled only by whoever may still write the record. */
  isStoredShown?: boolean;
  /** What else "Keep theirs" resets besides the form's value (a number as typed, a unit). */
  onKeepTheirs?(conflict: FormConflict): void;
}

/**
 * The conflicts of the record a use-record-form.ts form edits: those the server reported after an
 * offline edit synced, then the one this form met on save, both values side by side.
 */
export function RecordFormConflicts({
  form,
  labelOf,
  describeValue,
  isStoredShown = true,
  onKeepTheirs,
}: RecordFormConflictsProps) {
  const { workspaceId, entity, record, conflict } = form;
  // A record being created has nothing to collide with yet.
  if (!record) return null;
  const recordId = record.id;
  return (
    <>
      {isStoredShown ? (
        <StoredConflicts
          workspaceId={workspaceId}
          recordId={recordId}
          labelOf={labelOf}
          describeValue={describeValue}
        />
      ) : null}
      {conflict ? (
        <ConflictChoice
          conflict={{
            entity,
            recordId,
            field: conflict.field,
            theirs: conflict.theirs,
            yours: form.cleanValueOf(conflict.field),
            hasYours: true,
          }}
          fieldLabel={labelOf(conflict.field)}
          describeValue={(value) => describeValue(conflict.field, value)}
          isBusy={form.isBusy}
          onKeepTheirs={() => {
            onKeepTheirs?.(conflict);
            form.keepTheirs();
          }}
          onUseMine={() => void form.keepMine()}
        />
      ) : null}
    </>
  );
}
