import { type AnyRecord, type EntityName, type WorkspaceRecords, workspaceListOfEntity } from '../../../../shared';
import { textbookPortfolio } from '../../../fixtures/portfolio/textbook-portfolio';
import { id, owner, pmo, stageGateTemplate, Workspace } from '../../mutations/workspace-fixture';

/** The shared mutation fixture's clock: reports are submitted "now", so the dashboard reads as of that day. */
export const today = '2026-11-25';

/** The workspace rows as the portfolio reads them (the Durable Object and Dexie group them alike). */
export function recordsOf(workspace: Workspace): WorkspaceRecords {
  const records: Record<string, AnyRecord[]> = Object.fromEntries(
    Object.values(workspaceListOfEntity).map((name) => [name, []]),
  );
  let settings: AnyRecord | undefined;
  for (const [key, record] of workspace.rows) {
    const entity = key.slice(0, key.indexOf(':'));
    if (entity === 'settings') settings = record;
    const list = workspaceListOfEntity[entity as EntityName];
    if (list) records[list].push(record);
  }
  return { ...(records as unknown as WorkspaceRecords), ...(settings ? { settings: settings as never } : {}) };
}

let counter = 500;
const nextId = () => id(counter++);

/** The textbook portfolio (test/fixtures/portfolio) run through the shared mutators, as an owner. */
export function textbookWorkspace() {
  const workspace = new Workspace();
  const portfolio = textbookPortfolio(today, nextId);
  for (const intent of portfolio.intents) workspace.must(intent.name as never, intent.args, owner);
  return { workspace, portfolio };
}

export const people = { ada: id(601), bob: id(602) };
export const gateIds = { template: stageGateTemplate.id, review: id(610), older: id(611) };

/**
 * The textbook portfolio plus what the other dashboard sections read: two people (Bob booked on both
 * projects above his capacity), threats with cost impacts, the stage-gate template and a pending gate.
 */
export function richWorkspace() {
  const { workspace, portfolio } = textbookWorkspace();
  const { txt, cal } = portfolio.ids;
  workspace.must('template.create', stageGateTemplate, pmo);
  for (const projectId of [txt, cal])
    workspace.must(
      'project.update',
      { id: projectId, patch: { templateId: stageGateTemplate.id, currentPhaseId: stageGateTemplate.phases[0].id } },
      owner,
    );
  workspace.must('person.create', { id: people.bob, name: 'Bob Builder', capacityHoursPerWeek: 40 }, pmo);
  workspace.must('person.create', { id: people.ada, name: 'Ada Analyst', capacityHoursPerWeek: 40 }, pmo);
  workspace.must(
    'allocation.create',
    {
      id: nextId(),
      personId: people.bob,
      projectId: txt,
      from: '2026-11-23',
      to: '2026-12-04',
      hoursPerWeek: 30,
      isKey: true,
    },
    owner,
  );
  workspace.must(
    'allocation.create',
    { id: nextId(), personId: people.bob, projectId: cal, from: '2026-11-30', to: '2026-12-11', hoursPerWeek: 20 },
    owner,
  );
  workspace.must(
    'allocation.create',
    { id: nextId(), personId: people.ada, projectId: cal, from: '2026-11-16', to: '2027-01-29', hoursPerWeek: 16 },
    owner,
  );
  const risk = (riskId: string, projectId: string, fields: Record<string, unknown>) =>
    workspace.must('risk.create', { id: riskId, projectId, title: 'Supplier late', ...fields }, owner);
  risk(id(620), txt, { title: 'Supplier goes bankrupt', probability: 4, impact: 5, costImpact: 40_000 });
  risk(id(621), txt, { title: 'Key tester leaves', probability: 2, impact: 3 });
  risk(id(622), cal, { title: 'Licence price rises', probability: 3, impact: 3, costImpact: 10_000 });
  risk(id(623), cal, {
    title: 'Early delivery bonus',
    kind: 'opportunity',
    probability: 3,
    impact: 3,
    costImpact: 5_000,
  });
  workspace.must(
    'gate.request',
    {
      id: gateIds.review,
      projectId: txt,
      templateId: stageGateTemplate.id,
      toPhaseId: stageGateTemplate.phases[1].id,
      mustMeet: [
        { criterionId: stageGateTemplate.phases[1].gate!.mustMeet[0].id, met: true },
        { criterionId: stageGateTemplate.phases[1].gate!.mustMeet[1].id, met: true },
      ],
      shouldMeet: [{ criterionId: stageGateTemplate.phases[1].gate!.shouldMeet[0].id, score: 4 }],
      evidenceLinks: [],
    },
    owner,
  );
  return { workspace, portfolio };
}
