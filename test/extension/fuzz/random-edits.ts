import type { AnyRecord, EntityName } from '../../../shared/entities';
import type { MutationName } from '../../../shared/mutations/registry';
import type { SeededRandom } from './seeded-random';

/** What a simulated person does next in their browser. */
export interface PlannedEdit {
  name: MutationName;
  args: Record<string, unknown>;
  /** The local engine must refuse it (bad value, record gone): nothing may be queued. */
  mustBeRefused: boolean;
}

/** The records a browser shows (its Dexie `recordChunks`), and the ids it once showed that are gone now. */
export interface BrowserView {
  live: Map<EntityName, AnyRecord[]>;
  gone: { entity: EntityName; id: string }[];
}

// Few values per field, so two browsers often write the same field (last arrival wins) or the
// same value; responseStrategy crosses threat and opportunity answers on purpose (a cross-field
// refusal when a concurrent edit changed the kind).
const choices =
  <T>(values: readonly T[]) =>
  (random: SeededRandom) =>
    random.pick(values);

const people = ['Ada Lovelace', 'Grace Hopper', 'Alan Turing', 'Edsger Dijkstra'];
const days = ['2026-04-30', '2026-06-15', '2026-09-01', '2027-01-31'];

const projectFields: Record<string, (random: SeededRandom) => unknown> = {
  name: choices(['ERP roll-out', 'CRM migration', 'Data platform', 'Payroll', 'Intranet']),
  code: choices(['ERP', 'CRM', 'DATA', 'PAY', 'NET-2']),
  state: choices(['proposed', 'active', 'on_hold', 'closed', 'cancelled']),
  description: choices(['Phase 1 only', 'Scope agreed with finance', '']),
  strategicPriority: (random) => random.between(1, 5),
  bac: choices([0, 50_000, 120_000, 1_000_000]),
  targetEnd: choices(days),
  sponsor: (random) => ({ name: random.pick(people) }),
};

const riskFields: Record<string, (random: SeededRandom) => unknown> = {
  title: choices(['Vendor late', 'Key user leaves', 'Budget cut', 'Data quality poor', 'Licence audit']),
  probability: (random) => random.between(1, 5),
  impact: (random) => random.between(1, 5),
  status: choices(['open', 'mitigating', 'closed']),
  category: choices(['supplier', 'people', 'finance', 'technical']),
  kind: choices(['threat', 'opportunity']),
  responseStrategy: choices(['avoid', 'mitigate', 'transfer', 'accept', 'exploit', 'enhance', 'share']),
  proximity: choices(['imminent', 'this_phase', 'this_project', 'beyond']),
  residualProbability: (random) => random.between(1, 5),
  costImpact: choices([0, 10_000, 75_000]),
  owner: (random) => ({ name: random.pick(people) }),
  cause: choices(['Single supplier', 'Tight market', '']),
};

const issueFields: Record<string, (random: SeededRandom) => unknown> = {
  title: choices(['Server down', 'Scope creep', 'Late delivery']),
  priority: choices(['low', 'medium', 'high', 'critical']),
  severity: (random) => random.between(1, 5),
  status: choices(['open', 'in_progress', 'resolved', 'closed']),
  dueDate: choices(days),
};

const actionFields: Record<string, (random: SeededRandom) => unknown> = {
  title: choices(['Call vendor', 'Update plan', 'Book workshop']),
  done: choices([true, false]),
  dueDate: choices(days),
  owner: (random) => ({ name: random.pick(people) }),
};

const fieldsOf: Partial<Record<EntityName, Record<string, (random: SeededRandom) => unknown>>> = {
  project: projectFields,
  risk: riskFields,
  issue: issueFields,
  action: actionFields,
};

/** Entities whose records hang off a project and may move to another one. */
const inProject: ReadonlySet<EntityName> = new Set(['risk', 'issue', 'action']);

function randomPatch(random: SeededRandom, entity: EntityName, view: BrowserView, current: AnyRecord) {
  const fields = fieldsOf[entity] ?? {};
  const names = Object.keys(fields);
  const patch: Record<string, unknown> = {};
  for (const field of random.pickSome(names, 3)) patch[field] = fields[field](random);
  const projects = view.live.get('project') ?? [];
  if (inProject.has(entity) && projects.length > 1 && random.chance(0.1)) {
    patch.projectId = random.pick(projects.filter((project) => project.id !== current.projectId)).id;
  }
  return patch;
}

/** Sometimes guard the edit with what the person saw, as a UI does for transitions (docs/sync.md "Conflicts"). */
function randomExpected(random: SeededRandom, current: AnyRecord): Record<string, unknown> | undefined {
  if (!random.chance(0.2)) return undefined;
  const guarded = ['status', 'state', 'title', 'name', 'probability'].filter((name) => current[name] !== undefined);
  if (guarded.length === 0) return undefined;
  const field = random.pick(guarded);
  return { [field]: current[field] };
}

function planCreate(random: SeededRandom, entity: EntityName, projects: AnyRecord[]): PlannedEdit {
  const id = random.uuid();
  if (entity === 'project') {
    // A code this browser sees in use is refused locally (codes are unique); other browsers may still
    // take the same code offline, which the server then refuses: both paths stay in the fuzz.
    const taken = new Set(projects.map((project) => String(project.code).toUpperCase()));
    const free = ['ERP', 'CRM', 'DATA', 'PAY', 'HR', 'WEB', 'OPS', 'FIN'].filter((candidate) => !taken.has(candidate));
    let code = free.length > 0 ? random.pick(free) : '';
    while (code === '' || taken.has(code)) code = `P${random.between(100, 999)}`;
    return {
      name: 'project.create',
      args: { id, code, name: `${code} ${random.pick(['roll-out', 'upgrade', 'pilot'])}` },
      mustBeRefused: false,
    };
  }
  const projectId = random.pick(projects).id;
  if (entity === 'risk') {
    const args: Record<string, unknown> = {
      id,
      projectId,
      title: riskFields.title(random),
      probability: random.between(1, 5),
      impact: random.between(1, 5),
    };
    if (random.chance(0.3)) args.category = riskFields.category(random);
    return { name: 'risk.create', args, mustBeRefused: false };
  }
  const fields = entity === 'issue' ? issueFields : actionFields;
  return {
    name: `${entity}.create` as MutationName,
    args: { id, projectId, title: fields.title(random) },
    mustBeRefused: false,
  };
}

/** An edit the local engine must refuse: a value out of range, or a record this browser saw deleted. */
function planInvalid(random: SeededRandom, view: BrowserView): PlannedEdit {
  const risks = view.live.get('risk') ?? [];
  const projects = view.live.get('project') ?? [];
  const options: PlannedEdit[] = [
    { name: 'project.create', args: { id: random.uuid(), code: 'not a code!', name: 'Bad' }, mustBeRefused: true },
    { name: 'risk.update', args: { id: random.uuid(), patch: { title: 'Ghost' } }, mustBeRefused: true },
  ];
  if (risks.length > 0) {
    const risk = random.pick(risks);
    options.push({ name: 'risk.update', args: { id: risk.id, patch: { probability: 9 } }, mustBeRefused: true });
    // Only "risk.occurred" makes a risk occurred; an occurred one may keep its status in an edit.
    if (risk.status !== 'occurred') {
      options.push({ name: 'risk.update', args: { id: risk.id, patch: { status: 'occurred' } }, mustBeRefused: true });
    }
  }
  if (projects.length > 0) {
    const args = {
      id: random.uuid(),
      projectId: random.pick(projects).id,
      title: 'Too likely',
      probability: 9,
      impact: 2,
    };
    options.push({ name: 'risk.create', args, mustBeRefused: true });
  }
  if (view.gone.length > 0) {
    const gone = random.pick(view.gone);
    if (fieldsOf[gone.entity]) {
      const args = { id: gone.id, patch: { title: 'Edited after delete', name: 'Edited after delete' } };
      // Only the field the entity has: a project has a name, the others a title.
      if (gone.entity === 'project') delete (args.patch as Record<string, unknown>).title;
      else delete (args.patch as Record<string, unknown>).name;
      options.push({ name: `${gone.entity}.update` as MutationName, args, mustBeRefused: true });
    }
  }
  return random.pick(options);
}

/** Picks the next edit a person makes on what their browser shows. */
export function planEdit(random: SeededRandom, view: BrowserView): PlannedEdit {
  const of = (entity: EntityName) => view.live.get(entity) ?? [];
  const projects = of('project');
  const risks = of('risk');
  const has = (entity: EntityName, weight: number) => (of(entity).length > 0 ? weight : 0);
  const choice = random.pickWeighted({
    createProject: projects.length < 2 ? 30 : 5,
    updateProject: has('project', 10),
    deleteProject: projects.length > 1 ? 2 : 0,
    createRisk: has('project', 14),
    updateRisk: has('risk', 22),
    deleteRisk: has('risk', 3),
    escalateRisk: has('risk', 3),
    riskOccurred: has('risk', 2),
    createIssue: has('project', 3),
    updateIssue: has('issue', 4),
    deleteIssue: has('issue', 1),
    createAction: has('project', 3),
    updateAction: has('action', 4),
    deleteAction: has('action', 1),
    invalid: 4,
  });
  switch (choice) {
    case 'createProject':
      return planCreate(random, 'project', projects);
    case 'createRisk':
      return planCreate(random, 'risk', projects);
    case 'createIssue':
      return planCreate(random, 'issue', projects);
    case 'createAction':
      return planCreate(random, 'action', projects);
    case 'escalateRisk': {
      const risk = random.pick(risks);
      const args: Record<string, unknown> = { id: risk.id, to: random.pick(['Programme board', 'PMO lead']) };
      if (random.chance(0.5)) args.reason = 'Beyond the project tolerance';
      const expected = randomExpected(random, risk);
      if (expected) args.expected = expected;
      return { name: 'risk.escalate', args, mustBeRefused: false };
    }
    case 'riskOccurred': {
      const risk = random.pick(risks);
      const args: Record<string, unknown> = { id: risk.id, issueId: random.uuid() };
      if (random.chance(0.5)) args.expected = { status: risk.status };
      return { name: 'risk.occurred', args, mustBeRefused: false };
    }
    case 'invalid':
      return planInvalid(random, view);
    default: {
      const [verb, noun] = choice.match(/^(update|delete)(\w+)$/)?.slice(1) ?? [];
      const entity = (noun.charAt(0).toLowerCase() + noun.slice(1)) as EntityName;
      const current = random.pick(of(entity));
      if (verb === 'delete')
        return { name: `${entity}.delete` as MutationName, args: { id: current.id }, mustBeRefused: false };
      const args: Record<string, unknown> = { id: current.id, patch: randomPatch(random, entity, view, current) };
      const expected = randomExpected(random, current);
      if (expected) args.expected = expected;
      return { name: `${entity}.update` as MutationName, args, mustBeRefused: false };
    }
  }
}
