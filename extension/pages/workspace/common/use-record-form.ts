import { useEffect, useState } from 'preact/hooks';
import type { AnyRecord, EntityName } from '../../../../shared/entities';
import { isSameValue } from '../../../../shared/mutations/preconditions';
import { type EditOutcome, useMutate } from '../use-mutate';

export type FieldValues = Record<string, unknown>;

/** Someone else's value met the user's on save: which field, and what it holds now. */
export interface FormConflict {
  field: string;
  theirs: unknown;
}

interface RecordFormOptions {
  workspaceId: string;
  entity: EntityName;
  /** The live record being edited; undefined while creating one. */
  record: AnyRecord | undefined;
  /** The fields the form edits, as the entity's schema names them. */
  fields: readonly string[];
  /** One-line fields, compared and sent trimmed (the schema trims them too). */
  lineFields?: readonly string[];
  /** The starting values of a new record. */
  defaults?: FieldValues;
}

/** A blank text is no value; one-line text is compared and sent trimmed. */
function cleanValue(field: string, value: unknown, lineFields: readonly string[]): unknown {
  if (typeof value !== 'string') return value;
  if (value.trim() === '') return undefined;
  return lineFields.includes(field) ? value.trim() : value;
}

function pick(record: AnyRecord | undefined, fields: readonly string[]): FieldValues {
  return Object.fromEntries(fields.map((field) => [field, record?.[field]]));
}

/**
 * An edit form's state, as issue 14 "Edits that collide" asks: it remembers each field as it was
 * when the form opened, sends only the fields the user changed with those values as `expected`, and
 * turns a `precondition_failed` refusal into a conflict to settle. Fields the user has not touched
 * follow the live record, so a change synced meanwhile shows at once instead of being overwritten.
 */
export function useRecordForm({
  workspaceId,
  entity,
  record,
  fields,
  lineFields = [],
  defaults = {},
}: RecordFormOptions) {
  const mutate = useMutate(workspaceId);
  const [baseline, setBaseline] = useState<FieldValues>(() => (record ? pick(record, fields) : { ...defaults }));
  const [values, setValues] = useState<FieldValues>(() => (record ? pick(record, fields) : { ...defaults }));
  const [conflict, setConflict] = useState<FormConflict>();
  const [error, setError] = useState<string>();
  const [isBusy, setIsBusy] = useState(false);
  const [savedAt, setSavedAt] = useState(0);

  const clean = (field: string, value: unknown) => cleanValue(field, value, lineFields);
  const isChanged = (field: string, current = values, base = baseline) =>
    !isSameValue(clean(field, current[field]), clean(field, base[field]));
  const changedFields = fields.filter((field) => isChanged(field));

  useEffect(() => {
    if (!record) return;
    const untouched = fields.filter((field) => !isChanged(field) && !isSameValue(record[field], baseline[field]));
    if (untouched.length === 0) return;
    const live = pick(record, untouched);
    setBaseline((previous) => ({ ...previous, ...live }));
    setValues((previous) => ({ ...previous, ...live }));
  }, [record]);

  function set(field: string, value: unknown) {
    setValues((previous) => ({ ...previous, [field]: value }));
    setError(undefined);
    setSavedAt(0);
  }

  /** Sends the changed fields, each with the value it had when the form opened (or as `base` says). */
  async function save(base = baseline): Promise<EditOutcome | undefined> {
    if (!record) return undefined;
    const changed = fields.filter((field) => isChanged(field, values, base));
    if (changed.length === 0) return undefined;
    const patch = Object.fromEntries(changed.map((field) => [field, clean(field, values[field])]));
    const expected = Object.fromEntries(changed.map((field) => [field, base[field]]));
    setIsBusy(true);
    const outcome = await mutate(`${entity}.update` as never, { id: record.id, patch, expected } as never);
    setIsBusy(false);
    if (outcome.ok) {
      setBaseline({ ...base, ...patch });
      setConflict(undefined);
      setSavedAt(Date.now());
    } else if (outcome.error.code === 'precondition_failed') {
      const details = (outcome.error.details ?? {}) as { field?: unknown; actual?: unknown };
      if (typeof details.field === 'string') setConflict({ field: details.field, theirs: details.actual });
      else setError(outcome.message);
    } else {
      setError(outcome.message);
    }
    return outcome;
  }

  /** Creates the record from the form's values (blank ones left out); resolves to its id when it was made. */
  async function create(extra: FieldValues): Promise<string | undefined> {
    const id = crypto.randomUUID();
    const filled = Object.fromEntries(
      fields.flatMap((field) => {
        const value = clean(field, values[field]);
        return value === undefined ? [] : [[field, value]];
      }),
    );
    setIsBusy(true);
    const outcome = await mutate(`${entity}.create` as never, { id, ...extra, ...filled } as never);
    setIsBusy(false);
    if (outcome.ok) return id;
    setError(outcome.message);
    return undefined;
  }

  /** "Keep theirs": their value goes into the form and becomes what the form expects. */
  function keepTheirs() {
    if (!conflict) return;
    setValues((previous) => ({ ...previous, [conflict.field]: conflict.theirs }));
    setBaseline((previous) => ({ ...previous, [conflict.field]: conflict.theirs }));
    setConflict(undefined);
  }

  /** "Use mine": resends the edit expecting their value, so a third change meanwhile is caught again. */
  function keepMine() {
    if (!conflict) return Promise.resolve(undefined);
    return save({ ...baseline, [conflict.field]: conflict.theirs });
  }

  /** Forgets the user's changes: the form shows the record as it is. */
  function reset() {
    setValues(record ? pick(record, fields) : { ...defaults });
    setBaseline(record ? pick(record, fields) : { ...defaults });
    setConflict(undefined);
    setError(undefined);
  }

  return {
    /** What the form edits, for the screens that show its conflicts and history. */
    workspaceId,
    entity,
    record,
    values,
    set,
    changedFields,
    isDirty: changedFields.length > 0,
    conflict,
    error,
    setError,
    isBusy,
    isSaved: savedAt > 0 && changedFields.length === 0,
    /** The value as it would be sent (blank text as nothing). */
    cleanValueOf: (field: string) => clean(field, values[field]),
    save: () => save(),
    create,
    keepTheirs,
    keepMine,
    reset,
  };
}

export type RecordForm = ReturnType<typeof useRecordForm>;
