import type { z } from 'zod';
import { ActionFieldsSchema, DecisionFieldsSchema, IssueFieldsSchema } from '../schemas/raid';
import { OpportunityResponseSchema, RiskFieldsSchema, ThreatResponseSchema } from '../schemas/risk';
import { unescapeFormulaCell } from './formula-escape';
import { addCellProblem, newDraft, type ReadEnv, type RowDraft, readRowCells } from './read-cells';
import type { ReadCollector } from './read-collector';
import { validateDraft } from './read-validate';
import { normalizeLabel, raidTypeMap } from './synonyms';

type RegisterEntity = 'risk' | 'issue' | 'action' | 'decision';

const schemas: Record<RegisterEntity, z.ZodObject> = {
  risk: RiskFieldsSchema,
  issue: IssueFieldsSchema,
  action: ActionFieldsSchema,
  decision: DecisionFieldsSchema,
};
const schemaKeys = Object.fromEntries(
  Object.entries(schemas).map(([entity, schema]) => [entity, Object.keys(schema.shape)]),
) as Record<RegisterEntity, string[]>;

/** The entity of a RAID row from its Type cell; an issues log without a Type column holds issues. */
function entityOfRow(row: readonly string[], draft: RowDraft, env: ReadEnv): RegisterEntity | undefined {
  if (env.kind === 'risk') return 'risk';
  const typeColumn = env.columnOf.get('type');
  if (!typeColumn) return 'issue';
  const raw = row[typeColumn.column] ?? '';
  const text = unescapeFormulaCell(raw).trim();
  if (text === '') {
    addCellProblem(draft, typeColumn, {
      code: 'required',
      reason: 'Type is required: Risk, Issue, Action or Decision',
    });
    return undefined;
  }
  const entity = raidTypeMap.get(normalizeLabel(text));
  if (!entity) {
    addCellProblem(
      draft,
      typeColumn,
      { code: 'unknown_value', reason: `${text} is not a RAID type; use Risk, Issue, Action or Decision` },
      raw,
    );
    return undefined;
  }
  if (normalizeLabel(text) !== entity)
    draft.conversions.push({ column: typeColumn.column, raw, shown: entity, rule: 'enum_synonym' });
  return entity;
}

/** The schema fields of an entity from the row's values by import key; `sourceOf` says where renamed ones came from. */
function shapeFields(entity: RegisterEntity, values: Record<string, unknown>, projectId: string) {
  const fields: Record<string, unknown> = { projectId };
  const sourceOf: Record<string, string> = {};
  for (const key of schemaKeys[entity]) {
    if (key !== 'type' && values[key] !== undefined) fields[key] = values[key];
  }
  const take = (field: string, keys: string[]) => {
    const key = keys.find((candidate) => values[candidate] !== undefined) ?? keys[0];
    sourceOf[field] = key;
    if (values[key] !== undefined) fields[field] = values[key];
  };
  if (entity === 'issue') take('type', ['issueType']);
  if (entity === 'action') take('done', ['done', 'status']);
  if (entity === 'decision') {
    take('statement', ['title']);
    take('rationale', ['rationale', 'description']);
    take('decidedOn', ['decidedOn', 'raisedOn', 'dueDate']);
    take('decidedBy', ['decidedBy', 'owner', 'raisedBy']);
  }
  return { fields, sourceOf };
}

/** A risk's response must fit its kind: "mitigate" is for threats, "exploit" for opportunities. */
function checkResponseFitsKind(fields: Record<string, unknown>, draft: RowDraft, env: ReadEnv): void {
  const strategy = fields.responseStrategy;
  if (strategy === undefined) return;
  const allowed = fields.kind === 'opportunity' ? OpportunityResponseSchema : ThreatResponseSchema;
  if (allowed.safeParse(strategy).success) return;
  const mapped = env.columnOf.get('responseStrategy');
  if (!mapped) return;
  addCellProblem(draft, mapped, {
    code: 'unknown_value',
    reason: `${String(strategy)} is not a response to ${fields.kind === 'opportunity' ? 'an opportunity' : 'a threat'}; use one of: ${allowed.options.join(', ')}`,
  });
}

/** Reads one row of a risk register or RAID log into a risk, issue, action or decision. */
export function readRegisterRow(row: readonly string[], line: number, env: ReadEnv, out: ReadCollector): void {
  const draft = newDraft(line);
  const entity = entityOfRow(row, draft, env);
  if (!entity) {
    out.settle(draft);
    return;
  }
  readRowCells(draft, row, entity, env);
  const { fields, sourceOf } = shapeFields(entity, draft.values, env.context.projectId);
  if (entity === 'risk') checkResponseFitsKind(fields, draft, env);
  const valid = validateDraft(schemas[entity], fields, draft, env, sourceOf);
  const key = keyOf(draft.values);
  out.checkDuplicateKey(draft, entity, key, env);
  if (!out.settle(draft) || !valid) return;
  const setFields = Object.keys(fields);
  out.accept({ line, entity, key, fields: valid, conversions: draft.conversions, setFields });
}

/** What a re-import matches a row on: our id, else their ref. */
export function keyOf(values: Record<string, unknown>): { id?: string; ref?: string } {
  const key: { id?: string; ref?: string } = {};
  if (typeof values.id === 'string') key.id = values.id;
  if (typeof values.ref === 'string' && values.ref !== '') key.ref = values.ref;
  return key;
}
