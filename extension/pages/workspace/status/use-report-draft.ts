import { useEffect, useRef, useState } from 'preact/hooks';
import { isSameValue } from '../../../../shared/mutations/preconditions';
import { type StatusReport, StatusReportFieldsSchema } from '../../../../shared/schemas/status-report';
import type { FieldConflict } from '../conflicts/field-conflict';
import { type EditOutcome, useMutate } from '../use-mutate';

/** The fields of a draft the editor writes, each sent on its own terms (per-field merge, docs/sync.md "Conflicts"). */
export const draftFields = [
  'periodStart',
  'periodEnd',
  'overall',
  'dimensions',
  'summary',
  'achievements',
  'nextPeriod',
  'escalations',
  'keyRiskIds',
  'keyIssueIds',
  'milestoneForecasts',
] as const;
export type DraftField = (typeof draftFields)[number];
export type DraftValues = Pick<StatusReport, DraftField>;

export type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'error'; message: string };

/** How long typing may pause before the draft is saved. */
export const autosaveDelayMs = 800;

function pickValues(report: StatusReport): DraftValues {
  return Object.fromEntries(draftFields.map((field) => [field, report[field]])) as DraftValues;
}

/** A value as the store will hold it (schema order and clean-up), so `expected` compares equal to it. */
function normalize(field: DraftField, value: unknown): unknown {
  const parsed = StatusReportFieldsSchema.shape[field].safeParse(value);
  return parsed.success ? parsed.data : value;
}

export interface ReportDraft {
  values: DraftValues;
  setValue<F extends DraftField>(field: F, value: DraftValues[F]): void;
  saveState: SaveState;
  /** A field someone else changed while this form held another value; its autosave waits for the choice. */
  conflict: FieldConflict | undefined;
  keepTheirs(): void;
  useMine(): Promise<void>;
  /** Saves now what is unsaved, plus `extra`; resolves with how it went. */
  saveNow(extra?: Partial<DraftValues>): Promise<EditOutcome>;
}

/**
 * A draft report's form: edits are saved after a pause (statusReport.update naming only the changed
 * fields, each with `expected` = the value it had when the form last agreed with the record), one
 * save at a time. Fields nobody is editing follow the live record. A refused precondition becomes a
 * conflict to settle (ConflictChoice), never a silent overwrite.
 */
export function useReportDraft(
  workspaceId: string,
  report: StatusReport,
  isBlocked: (field: DraftField, values: DraftValues) => boolean = () => false,
): ReportDraft {
  const mutate = useMutate(workspaceId);
  const [values, setValues] = useState<DraftValues>(() => pickValues(report));
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'idle' });
  const [conflict, setConflict] = useState<FieldConflict>();
  const valuesRef = useRef(values);
  const baseRef = useRef(pickValues(report));
  const conflictRef = useRef<FieldConflict | undefined>(undefined);
  const chainRef = useRef<Promise<unknown>>(Promise.resolve());
  const timerRef = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const blockedRef = useRef(isBlocked);
  blockedRef.current = isBlocked;

  const applyValues = (next: DraftValues) => {
    valuesRef.current = next;
    setValues(next);
  };
  const showConflict = (next: FieldConflict | undefined) => {
    conflictRef.current = next;
    setConflict(next);
  };

  // Fields the user is not editing take what others (or this form's own saves) wrote.
  useEffect(() => {
    const incoming = pickValues(report);
    const next = { ...valuesRef.current };
    let hasChanged = false;
    for (const field of draftFields) {
      if (!isSameValue(valuesRef.current[field], baseRef.current[field])) continue;
      (baseRef.current as Record<string, unknown>)[field] = incoming[field];
      if (!isSameValue(next[field], incoming[field])) {
        (next as Record<string, unknown>)[field] = incoming[field];
        hasChanged = true;
      }
    }
    if (hasChanged) applyValues(next);
  }, [report]);

  function unsavedPatch(extra: Partial<DraftValues>): Record<string, unknown> {
    const current = { ...valuesRef.current, ...extra };
    const patch: Record<string, unknown> = {};
    for (const field of draftFields) {
      if (field === conflictRef.current?.field || blockedRef.current(field, current)) continue;
      if (!isSameValue(current[field], baseRef.current[field])) patch[field] = current[field];
    }
    return patch;
  }

  async function send(extra: Partial<DraftValues>): Promise<EditOutcome> {
    if (Object.keys(extra).length > 0) applyValues({ ...valuesRef.current, ...extra });
    const patch = unsavedPatch({});
    const fields = Object.keys(patch) as DraftField[];
    if (fields.length === 0) return { ok: true };
    const expected = Object.fromEntries(fields.map((field) => [field, baseRef.current[field]]));
    setSaveState({ kind: 'saving' });
    const outcome = await mutate('statusReport.update', { id: report.id, patch, expected });
    if (outcome.ok) {
      const next = { ...valuesRef.current };
      for (const field of fields) {
        const stored = normalize(field, patch[field]);
        (baseRef.current as Record<string, unknown>)[field] = stored;
        // What the store made of it (e.g. a deceptive character dropped) replaces it, unless typed over since.
        if (isSameValue(next[field], patch[field])) (next as Record<string, unknown>)[field] = stored;
      }
      applyValues(next);
      setSaveState({ kind: 'saved' });
      return outcome;
    }
    const details = (outcome.error.details ?? {}) as { field?: unknown; actual?: unknown };
    if (outcome.error.code === 'precondition_failed' && typeof details.field === 'string') {
      const field = details.field as DraftField;
      showConflict({
        entity: 'statusReport',
        recordId: report.id,
        field,
        theirs: details.actual,
        yours: patch[field],
        hasYours: true,
      });
      setSaveState({ kind: 'idle' });
      // The other changed fields did not conflict: send them on their own.
      schedule(0);
      return outcome;
    }
    setSaveState({ kind: 'error', message: outcome.message });
    return outcome;
  }

  function saveNow(extra: Partial<DraftValues> = {}): Promise<EditOutcome> {
    clearTimeout(timerRef.current);
    timerRef.current = undefined;
    const next = chainRef.current.then(() => send(extra));
    chainRef.current = next.catch(() => undefined);
    return next;
  }

  function schedule(delay = autosaveDelayMs) {
    clearTimeout(timerRef.current);
    timerRef.current = setTimeout(() => void saveNow(), delay);
  }

  // Leaving the report (another report, another tab) still saves what was typed.
  useEffect(
    () => () => {
      if (timerRef.current !== undefined) {
        clearTimeout(timerRef.current);
        void chainRef.current.then(() => send({}));
      }
    },
    [],
  );

  return {
    values,
    setValue(field, value) {
      applyValues({ ...valuesRef.current, [field]: value });
      schedule();
    },
    saveState,
    conflict,
    keepTheirs() {
      const current = conflictRef.current;
      if (!current) return;
      const field = current.field as DraftField;
      (baseRef.current as Record<string, unknown>)[field] = current.theirs;
      applyValues({ ...valuesRef.current, [field]: current.theirs });
      showConflict(undefined);
    },
    async useMine() {
      const current = conflictRef.current;
      if (!current) return;
      const field = current.field as DraftField;
      // Their value is now what this form saw, so a third change meanwhile is caught again.
      (baseRef.current as Record<string, unknown>)[field] = current.theirs;
      showConflict(undefined);
      await saveNow();
    },
    saveNow,
  };
}
