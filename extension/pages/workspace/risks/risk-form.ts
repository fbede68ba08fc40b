import { i18n } from '#i18n';
import { isSameValue } from '../../../../shared/mutations/preconditions';
import type { PersonRef } from '../../../../shared/schemas/common';
import type { Person } from '../../../../shared/schemas/resources';
import {
  isClosingWithoutReason,
  OpportunityResponseSchema,
  type Risk,
  ThreatResponseSchema,
} from '../../../../shared/schemas/risk';

type Proximity = NonNullable<Risk['proximity']>;
type Strategy = NonNullable<Risk['responseStrategy']>;

/** Every field of a risk as the editor's inputs hold it; `0` is a residual rating not assessed yet. */
export interface RiskFormValues {
  title: string;
  kind: Risk['kind'];
  cause: string;
  event: string;
  effect: string;
  description: string;
  category: string;
  owner: string;
  probability: number;
  impact: number;
  residualProbability: number;
  residualImpact: number;
  costImpact: string;
  proximity: Proximity | '';
  responseStrategy: Strategy | '';
  responseActions: string;
  triggers: string;
  contingencyPlan: string;
  reviewDate: string;
  status: Risk['status'];
  closingReason: string;
}
export type RiskFormField = keyof RiskFormValues;

const textFields = [
  'title',
  'cause',
  'event',
  'effect',
  'description',
  'category',
  'responseActions',
  'triggers',
  'contingencyPlan',
  'closingReason',
] as const;
type TextField = (typeof textFields)[number];
const isTextField = (field: RiskFormField): field is TextField => (textFields as readonly string[]).includes(field);
/** One-line fields the schema trims (shared/schemas/common.ts lineText), compared as it will store them. */
const trimmedFields: ReadonlySet<RiskFormField> = new Set(['title', 'category']);

/** The response strategies a kind of risk offers, in the schema's order (a strategy must fit the kind). */
export function strategiesOf(kind: Risk['kind']): readonly Strategy[] {
  return kind === 'opportunity' ? OpportunityResponseSchema.options : ThreatResponseSchema.options;
}

/** The inputs' values for a stored risk, or for a new one from `fresh` (a middling 3 × 3, a review date). */
export function formValuesOf(risk: Risk | undefined, fresh: { reviewDate: string }): RiskFormValues {
  return {
    title: risk?.title ?? '',
    kind: risk?.kind ?? 'threat',
    cause: risk?.cause ?? '',
    event: risk?.event ?? '',
    effect: risk?.effect ?? '',
    description: risk?.description ?? '',
    category: risk?.category ?? '',
    owner: risk?.owner?.name ?? '',
    probability: risk?.probability ?? 3,
    impact: risk?.impact ?? 3,
    residualProbability: risk?.residualProbability ?? 0,
    residualImpact: risk?.residualImpact ?? 0,
    costImpact: risk?.costImpact === undefined ? '' : String(risk.costImpact),
    proximity: risk?.proximity ?? '',
    responseStrategy: risk?.responseStrategy ?? '',
    responseActions: risk?.responseActions ?? '',
    triggers: risk?.triggers ?? '',
    contingencyPlan: risk?.contingencyPlan ?? '',
    reviewDate: risk ? (risk.reviewDate ?? '') : fresh.reviewDate,
    status: risk?.status ?? 'open',
    closingReason: risk?.closingReason ?? '',
  };
}

/** What a field's value would be stored as, or why it cannot be. */
type Stored = { ok: true; value: unknown } | { ok: false; error: string };
const stored = (value: unknown): Stored => ({ ok: true, value });
const invalid = (error: string): Stored => ({ ok: false, error });

interface StoreContext {
  persons: readonly Person[];
  /** The risk as stored now; undefined while creating. */
  current?: Risk;
}

const sameName = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

/** The owner typed: the stored owner when unchanged, a workspace person when the name is theirs, else just the name. */
function ownerOf(name: string, context: StoreContext): PersonRef | undefined {
  const typed = name.trim();
  if (typed === '') return undefined;
  const current = context.current?.owner;
  if (current && current.name === typed) return current;
  const person = context.persons.find((candidate) => sameName(candidate.name, typed));
  if (!person) return { name: typed };
  return { name: person.name, personId: person.id, ...(person.memberId ? { memberId: person.memberId } : {}) };
}

/**
 * A field as the record would store it. Updates travel as JSON, where an absent value is no value at
 * all, so a date, an owner or an amount once set can be changed but not removed: the editor says so
 * rather than sending an edit that would silently do nothing.
 */
export function storedValueOf(field: RiskFormField, values: RiskFormValues, context: StoreContext): Stored {
  const had = context.current?.[field as keyof Risk] !== undefined;
  if (isTextField(field)) {
    const text = trimmedFields.has(field) ? values[field].trim() : values[field];
    if (field === 'title' && text === '') return invalid(i18n.t('workspaceRisks.editor.titleRequired'));
    return stored(text === '' && !had ? undefined : text);
  }
  switch (field) {
    case 'owner': {
      const owner = ownerOf(values.owner, context);
      return owner === undefined && had ? invalid(i18n.t('workspaceRisks.editor.ownerRequired')) : stored(owner);
    }
    case 'costImpact': {
      if (values.costImpact.trim() === '')
        return had ? invalid(i18n.t('workspaceRisks.editor.costRequired')) : stored(undefined);
      const amount = Number(values.costImpact);
      return Number.isFinite(amount) && amount >= 0
        ? stored(amount)
        : invalid(i18n.t('workspaceRisks.editor.costInvalid'));
    }
    case 'reviewDate':
      if (values.reviewDate === '')
        return had ? invalid(i18n.t('workspaceRisks.editor.reviewRequired')) : stored(undefined);
      return stored(values.reviewDate);
    case 'residualProbability':
    case 'residualImpact':
      return stored(values[field] === 0 ? undefined : values[field]);
    case 'proximity':
      return stored(values.proximity === '' ? undefined : values.proximity);
    case 'responseStrategy': {
      const strategy = values.responseStrategy;
      if (strategy === '') return had ? invalid(i18n.t('workspaceRisks.editor.strategyRequired')) : stored(undefined);
      return strategiesOf(values.kind).includes(strategy)
        ? stored(strategy)
        : invalid(i18n.t('workspaceRisks.editor.strategyRequired'));
    }
    default:
      return stored(values[field]);
  }
}

/** An edit ready to send, or the errors that keep it from being sent, by field. */
export interface RiskChanges {
  patch: Record<string, unknown>;
  expected: Record<string, unknown>;
  errors: Partial<Record<RiskFormField, string>>;
}

/**
 * The update of a stored risk: every touched field whose value differs from what it held when the
 * user first changed it (`bases`), with that value as `expected` so an edit made meanwhile by
 * someone else is refused rather than overwritten (docs/sync.md "Conflicts"). A field that was
 * empty has nothing to expect: JSON would drop an `undefined` precondition anyway.
 */
export function buildRiskUpdate(
  values: RiskFormValues,
  bases: Partial<Record<RiskFormField, unknown>>,
  context: StoreContext & { current: Risk },
): RiskChanges {
  const changes: RiskChanges = { patch: {}, expected: {}, errors: {} };
  for (const field of Object.keys(bases) as RiskFormField[]) {
    const next = storedValueOf(field, values, context);
    if (!next.ok) {
      changes.errors[field] = next.error;
      continue;
    }
    if (isSameValue(next.value, bases[field]) || next.value === undefined) continue;
    changes.patch[field] = next.value;
    if (bases[field] !== undefined) changes.expected[field] = bases[field];
  }
  const { current } = context;
  const after = {
    status: (changes.patch.status as Risk['status'] | undefined) ?? current.status,
    closingReason: (changes.patch.closingReason as string | undefined) ?? current.closingReason,
  };
  if (isClosingWithoutReason(current, after))
    changes.errors.closingReason = i18n.t('workspaceRisks.editor.closingRequired');
  return changes;
}

/** The fields of a new risk, each as it will be stored; empty ones are left out. */
export function buildRiskCreate(
  values: RiskFormValues,
  context: StoreContext,
): { fields: Record<string, unknown>; errors: RiskChanges['errors'] } {
  const fields: Record<string, unknown> = {};
  const errors: RiskChanges['errors'] = {};
  for (const field of Object.keys(values) as RiskFormField[]) {
    const next = storedValueOf(field, values, context);
    if (!next.ok) errors[field] = next.error;
    else if (next.value !== undefined) fields[field] = next.value;
  }
  if (isClosingWithoutReason(undefined, fields as Pick<Risk, 'status' | 'closingReason'>))
    errors.closingReason = i18n.t('workspaceRisks.editor.closingRequired');
  return { fields, errors };
}

/** Whether any touched field now differs from what it held when touched: what "unsaved changes" means. */
export function hasUnsavedChanges(
  values: RiskFormValues,
  bases: Partial<Record<RiskFormField, unknown>>,
  context: StoreContext,
): boolean {
  return (Object.keys(bases) as RiskFormField[]).some((field) => {
    const next = storedValueOf(field, values, context);
    return !next.ok || (next.value !== undefined && !isSameValue(next.value, bases[field]));
  });
}
